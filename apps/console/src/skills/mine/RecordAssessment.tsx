import AddIcon from '@mui/icons-material/Add';
import { Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { AutocompleteInput, DateInput, maxLength, required, SelectInput, TextInput } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { formatDate, today } from '../../workforce/dates';
import type { Person } from '../../workforce/types';
import { FormDialog } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { notBefore, notInFuture } from '../../workforce/validation';
import { defaultFramework, useFramework, useFrameworks } from '../gaps/frameworks';
import { levelChoices, levelHint } from './levels';
import { recordAssessment, type RecordAssessmentValues } from './skillsApi';

type Values = Omit<RecordAssessmentValues, 'personId'> & { frameworkId: string };

const SOURCES = [
  { id: 'MANAGER', name: 'Manager’s assessment' },
  { id: 'IMPORTED', name: 'Imported from another record' },
];

/** The competency and level inputs follow the chosen framework's competencies and scale. */
const AssessmentInputs = () => {
  const { setValue } = useFormContext();
  const frameworks = useFrameworks();
  const frameworkId = useWatch({ name: 'frameworkId' }) as string | undefined;
  const competencyId = useWatch({ name: 'competencyId' }) as string | undefined;
  const level = useWatch({ name: 'level' }) as number | undefined;
  const framework = useFramework(frameworkId);
  const competencies = (framework.data?.competencies ?? []).filter((c) => c.kind === 'COMPETENCY');
  const levels = framework.data?.scale.levels;
  return (
    <>
      <SelectInput
        source="frameworkId"
        label="Framework"
        choices={frameworks.data ?? []}
        isPending={frameworks.isPending}
        validate={required()}
        onChange={() => {
          setValue('competencyId', null);
          setValue('level', null);
        }}
      />
      <AutocompleteInput
        source="competencyId"
        label="Competency"
        choices={competencies.map((c) => ({ id: c.id, name: `${c.code} · ${c.name}` }))}
        isPending={framework.isFetching}
        validate={required()}
        noOptionsText="No competency matches."
      />
      <SelectInput
        source="level"
        label="Level"
        choices={levelChoices(levels)}
        validate={required()}
        helperText={
          levelHint(
            competencies.find((c) => c.id === competencyId),
            levels,
            level,
          ) ?? false
        }
      />
      <SelectInput source="source" label="Source" choices={SOURCES} validate={required()} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }}>
        <DateInput source="assessedOn" label="Assessed on" validate={[required(), notInFuture]} />
        <DateInput
          source="validUntil"
          label="Valid until"
          validate={notBefore('assessedOn', 'assessment date')}
          helperText="Empty: the competency’s refresher period, if it has one."
        />
      </Stack>
      <TextInput
        source="note"
        label="Note"
        multiline
        minRows={3}
        validate={maxLength(4000)}
        helperText="What you saw, or where the record comes from."
      />
    </>
  );
};

/** "Record assessment": a manager's judgement, or a level brought over from another record. */
export const RecordAssessment = ({ person, frameworkId }: { person: Person; frameworkId?: string }) => {
  const [open, setOpen] = useState(false);
  const frameworks = useFrameworks();
  const save = useAction(
    (_, values: RecordAssessmentValues) => recordAssessment(values),
    {
      success: (_, values) =>
        `Assessment recorded for ${person.fullName} on ${formatDate(values.assessedOn)}. Their current level is updated.`,
      failure: 'The assessment was not recorded.',
    },
    () => setOpen(false),
  );
  const initialFramework = frameworkId ?? (frameworks.data && defaultFramework(frameworks.data)?.id);
  return (
    <>
      <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setOpen(true)}>
        Record assessment
      </Button>
      {open && (
        <FormDialog<Values>
          open
          onClose={() => setOpen(false)}
          title={`Record an assessment for ${person.fullName}`}
          description={
            <Typography variant="body2" color="text.secondary">
              Your assessment counts straight away. To answer {person.givenName}’s own rating, use the validation queue.
            </Typography>
          }
          record={{ frameworkId: initialFramework, source: 'MANAGER', assessedOn: today() }}
          saving={save.isPending}
          submitLabel="Record assessment"
          onSubmit={({ frameworkId: _framework, ...values }) =>
            save.mutate({
              ...values,
              personId: person.id,
              validUntil: values.validUntil || null,
              note: values.note?.trim() || null,
            })
          }
        >
          <AssessmentInputs />
        </FormDialog>
      )}
    </>
  );
};
