import CheckIcon from '@mui/icons-material/Check';
import TuneIcon from '@mui/icons-material/Tune';
import { Alert, Button, Card, CardContent, CircularProgress, Stack, TablePagination, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { maxLength, required, SelectInput, TextInput, Title } from 'react-admin';
import { formatDate } from '../../workforce/dates';
import { EmptyState, Facts, FormDialog, Sections, ShowLink, usePermission } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { levelName } from '../gaps/frameworks';
import { levelChoices, levelHint } from './levels';
import { reviewSelfAssessment, useValidationQueue, type Assessment } from './skillsApi';

const levelsOf = (rating: Assessment) => rating.competency.framework.scale.levels;
const competencyLabel = (rating: Assessment) => `${rating.competency.code} · ${rating.competency.name}`;

interface Review {
  rating: Assessment;
  level: number;
  comment?: string | null;
}

const RatingCard = ({
  rating,
  onValidate,
  onAdjust,
  busy,
}: {
  rating: Assessment;
  onValidate: () => void;
  onAdjust: () => void;
  busy: boolean;
}) => {
  const headingId = `rating-${rating.id}`;
  const what = `${rating.person.fullName}’s rating of ${rating.competency.name}`;
  const levels = levelsOf(rating);
  return (
    <Card component="article" variant="outlined" aria-labelledby={headingId}>
      <CardContent>
        <Typography id={headingId} component="h2" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
          <ShowLink resource="Person" record={rating.person} text={(p) => p.fullName} /> · {competencyLabel(rating)}
        </Typography>
        <Facts
          items={[
            ['Level rated', levelName(levels, rating.level)],
            ['What that looks like', levelHint(rating.competency, levels, rating.level)],
            [
              'Reflection',
              <span key="note" style={{ whiteSpace: 'pre-line' }}>
                {rating.note}
              </span>,
            ],
            ['Rated on', formatDate(rating.assessedOn)],
          ]}
        />
        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
          <Button
            variant="contained"
            startIcon={<CheckIcon />}
            onClick={onValidate}
            disabled={busy}
            aria-label={`Validate ${what}`}
          >
            Validate
          </Button>
          <Button startIcon={<TuneIcon />} onClick={onAdjust} disabled={busy} aria-label={`Adjust ${what}`}>
            Adjust
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
};

const Queue = () => {
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(10);
  const [adjusting, setAdjusting] = useState<Assessment | null>(null);
  const { data, error, isPending } = useValidationQueue(page, perPage);
  const review = useAction(
    (_, { rating, level, comment }: Review) =>
      reviewSelfAssessment({ assessmentId: rating.id, level, comment: comment?.trim() || null }),
    {
      success: (_, { rating, level }) =>
        level === rating.level
          ? `${rating.person.fullName}’s rating of ${rating.competency.name} is validated.`
          : `${rating.person.fullName}’s rating of ${rating.competency.name} is adjusted to ${levelName(levelsOf(rating), level)}.`,
      failure: 'The rating was not reviewed.',
    },
    () => setAdjusting(null),
  );

  // Answering the last item on a later page leaves that page empty.
  useEffect(() => {
    if (data && data.nodes.length === 0 && page > 1) setPage(page - 1);
  }, [data, page]);

  if (error) return <Alert severity="error">The validation queue could not be loaded. {error.message}</Alert>;
  if (isPending) return <CircularProgress size={24} aria-label="Loading the validation queue" />;
  if (data.totalCount === 0) {
    return (
      <Card variant="outlined">
        <EmptyState
          title="Nothing waiting for validation"
          text="When people you manage rate themselves in My skills, their ratings appear here for you to validate or adjust."
        />
      </Card>
    );
  }
  return (
    <>
      <Typography>
        {data.totalCount === 1 ? '1 rating is' : `${data.totalCount} ratings are`} waiting, oldest first. Validate a
        rating you agree with, or adjust it to the level you see and say why.
      </Typography>
      {data.nodes.map((rating) => (
        <RatingCard
          key={rating.id}
          rating={rating}
          busy={review.isPending}
          onValidate={() => review.mutate({ rating, level: rating.level })}
          onAdjust={() => setAdjusting(rating)}
        />
      ))}
      {data.totalCount > 10 && (
        <TablePagination
          component="div"
          count={data.totalCount}
          page={page - 1}
          rowsPerPage={perPage}
          rowsPerPageOptions={[10, 25, 50]}
          onPageChange={(_, next) => setPage(next + 1)}
          onRowsPerPageChange={(event) => {
            setPerPage(Number(event.target.value));
            setPage(1);
          }}
        />
      )}
      {adjusting && (
        <FormDialog<{ level: number; comment: string }>
          open
          onClose={() => setAdjusting(null)}
          title={`Adjust ${adjusting.person.fullName}’s rating`}
          description={
            <Typography>
              {adjusting.person.givenName} rated themselves {levelName(levelsOf(adjusting), adjusting.level)} in{' '}
              {competencyLabel(adjusting)}. Choose the level you see; your comment is kept with the record.
            </Typography>
          }
          saving={review.isPending}
          submitLabel="Adjust rating"
          onSubmit={({ level, comment }) => review.mutate({ rating: adjusting, level, comment })}
        >
          <SelectInput
            source="level"
            label="Level"
            choices={levelChoices(levelsOf(adjusting)).filter((choice) => choice.id !== adjusting.level)}
            validate={required()}
          />
          <TextInput
            source="comment"
            label="Comment"
            multiline
            minRows={3}
            validate={[required('Say why, so they can see what to work on.'), maxLength(4000)]}
          />
        </FormDialog>
      )}
    </>
  );
};

/** Self-assessments waiting for a manager: validate the level, or adjust it with a comment. */
export const ValidationQueuePage = () => {
  const canAssess = usePermission('skills.assess');
  return (
    <Sections>
      <Title title="Validation queue" />
      {canAssess === false ? (
        <Alert severity="info">
          The validation queue is for managers, volunteer coordinators, supervisors and workforce leads.
        </Alert>
      ) : (
        canAssess && <Queue />
      )}
    </Sections>
  );
};
