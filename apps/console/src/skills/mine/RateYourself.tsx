import { Box, Divider, LinearProgress, Stack, Typography } from '@mui/material';
import { Fragment } from 'react';
import { maxLength, RadioButtonGroupInput, TextInput, useNotify, type Validator } from 'react-admin';
import { FormDialog } from '../../workforce/ui';
import { ERROR_NOTIFICATION, useAction } from '../../workforce/useAction';
import type { Competency, ScaleLevel } from '../frameworks/types';
import { indicatorAt, useFramework } from '../gaps/frameworks';
import { submitSelfAssessment, type PersonSkill, type SelfRating } from './skillsApi';

interface RatingValues {
  competencyId: string;
  /** The radio group gives the rank back as text. */
  level: string | number | null;
  reflection: string;
}

/** A reflection is needed with each level chosen, and only then. */
const reflectionFor =
  (index: number): Validator =>
  (value: unknown, values: { ratings?: RatingValues[] }) =>
    values.ratings?.[index]?.level && !String(value ?? '').trim()
      ? 'Add a short reflection: what you do that shows this level.'
      : undefined;

const LevelOption = ({ level, competency }: { level: ScaleLevel; competency: Competency | undefined }) => {
  const looksLike = indicatorAt(competency, level.rank) ?? level.description;
  return (
    <Box component="span" sx={{ display: 'block', py: 0.5 }}>
      <Box component="span" sx={{ fontWeight: 500 }}>
        {level.name}
      </Box>
      {looksLike && (
        <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: '0.875rem' }}>
          {looksLike}
        </Box>
      )}
    </Box>
  );
};

/**
 * The learner rates themselves on what their jobs require in one framework, with a reflection on
 * each rating; their manager then validates or adjusts it. Competencies left unrated are skipped.
 */
export const RateYourself = ({
  framework,
  skills,
  onClose,
}: {
  framework: { id: string; name: string };
  skills: PersonSkill[];
  onClose: () => void;
}) => {
  const notify = useNotify();
  const detail = useFramework(framework.id);
  const levels = detail.data?.scale.levels ?? [];
  const submit = useAction(
    (_, ratings: SelfRating[]) => submitSelfAssessment(ratings),
    {
      success: (_, ratings) =>
        `Thank you. Your ${ratings.length === 1 ? 'rating has' : `${ratings.length} ratings have`} gone to your manager, who will validate ${ratings.length === 1 ? 'it' : 'them'}.`,
      failure: 'Your ratings were not sent.',
    },
    onClose,
  );

  const send = ({ ratings }: { ratings: RatingValues[] }) => {
    const chosen = ratings
      .filter((r) => r.level)
      .map((r) => ({ competencyId: r.competencyId, level: Number(r.level), reflection: r.reflection.trim() }));
    if (chosen.length === 0) {
      notify('Choose a level for at least one competency.', ERROR_NOTIFICATION);
      return;
    }
    submit.mutate(chosen);
  };

  return (
    <FormDialog<{ ratings: RatingValues[] }>
      open
      onClose={onClose}
      title={`Rate yourself: ${framework.name}`}
      description={
        <Typography>
          For each competency your role needs, choose the level that describes what you do now and say briefly why. Skip
          any you are not ready to rate. Your manager sees your reflection when they validate.
        </Typography>
      }
      record={{ ratings: skills.map((s) => ({ competencyId: s.competencyId, level: null, reflection: '' })) }}
      saving={submit.isPending}
      submitLabel="Send for validation"
      onSubmit={send}
    >
      {detail.isPending ? (
        <LinearProgress aria-label="Loading the levels" />
      ) : (
        <Stack spacing={2} divider={<Divider flexItem />}>
          {skills.map((skill, index) => {
            const competency = detail.data?.competencies?.find((c) => c.id === skill.competencyId);
            return (
              <Fragment key={skill.competencyId}>
                <Box>
                  <RadioButtonGroupInput
                    source={`ratings.${index}.level`}
                    label={`${skill.code} · ${skill.name}`}
                    choices={levels}
                    optionValue="rank"
                    optionText={(level: ScaleLevel) => <LevelOption level={level} competency={competency} />}
                    row={false}
                    sx={{ '& legend': { color: 'text.primary', fontWeight: 600, fontSize: '1rem' } }}
                    helperText={`Your role needs ${skill.requiredLevelName}. You hold ${skill.currentLevelName ?? 'no level yet'}.`}
                  />
                  <TextInput
                    source={`ratings.${index}.reflection`}
                    label={`Your reflection on ${skill.name}`}
                    multiline
                    minRows={2}
                    validate={[reflectionFor(index), maxLength(4000)]}
                  />
                </Box>
              </Fragment>
            );
          })}
        </Stack>
      )}
    </FormDialog>
  );
};
