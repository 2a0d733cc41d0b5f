import { Button, Stack, TableCell, TablePagination, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { TextInput, maxLength, required } from 'react-admin';
import { formatDate } from '../../workforce/dates';
import { EmptyState, FormDialog, Section, ShowLink } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { type PendingExternalRecord, reviewExternalTraining, usePendingExternalTraining } from '../api';
import { duration } from '../labels';
import { LoadError, Loading, LabelledTable, HiddenHeading } from '../ui';

type Review = { record: PendingExternalRecord; accept: boolean };
const PER_PAGE = 10;

/**
 * Training the people a manager looks after did elsewhere and recorded themselves: it counts (and
 * grants the course's levels) only once the manager has seen the evidence and validated it.
 */
export const ExternalTrainingReviews = () => {
  const [page, setPage] = useState(1);
  const [reviewing, setReviewing] = useState<Review | null>(null);
  const pending = usePendingExternalTraining(page, PER_PAGE);
  const close = () => setReviewing(null);
  const review = useAction(
    (_, { record, accept, comment }: Review & { comment: string | null }) =>
      reviewExternalTraining(record.id, accept, comment),
    {
      success: (_, { record, accept }) =>
        accept
          ? `${record.person.fullName}’s ${record.title} is validated: it now counts.`
          : `${record.person.fullName}’s ${record.title} is rejected.`,
      failure: 'The training was not reviewed.',
    },
    close,
  );

  if (pending.error) return <LoadError what="Training to validate" error={pending.error} />;
  if (pending.isPending) return <Loading label="Loading training to validate" />;
  const { nodes, totalCount } = pending.data;
  return (
    <Section id="external-training-heading" title="Training done elsewhere, to validate">
      {totalCount === 0 ? (
        <EmptyState
          title="No training waiting for you"
          text="When someone you manage records training they did elsewhere, it comes here for you to check."
        />
      ) : (
        <>
          <LabelledTable
            labelledBy="external-training-heading"
            head={
              <>
                <TableCell>Person</TableCell>
                <TableCell>Training</TableCell>
                <TableCell>Completed</TableCell>
                <TableCell>CPD</TableCell>
                <TableCell>Evidence</TableCell>
                <HiddenHeading label="Review" />
              </>
            }
          >
            {nodes.map((record) => {
              const what = `${record.person.fullName}’s ${record.title}`;
              return (
                <TableRow key={record.id}>
                  <TableCell component="th" scope="row">
                    <ShowLink resource="Person" record={record.person} text={(p) => p.fullName} />
                  </TableCell>
                  <TableCell>
                    {record.title}
                    {record.course && record.course.title !== record.title && (
                      <Typography variant="body2" color="text.secondary">
                        As {record.course.title}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>{formatDate(record.completedOn)}</TableCell>
                  <TableCell>{record.cpdMinutes > 0 ? duration(record.cpdMinutes) : 'None'}</TableCell>
                  <TableCell sx={{ maxWidth: 320 }}>{record.evidence}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1}>
                      <Button
                        variant="contained"
                        size="small"
                        disabled={review.isPending}
                        onClick={() => setReviewing({ record, accept: true })}
                        aria-label={`Validate ${what}`}
                      >
                        Validate
                      </Button>
                      <Button
                        color="error"
                        size="small"
                        disabled={review.isPending}
                        onClick={() => setReviewing({ record, accept: false })}
                        aria-label={`Reject ${what}`}
                      >
                        Reject
                      </Button>
                    </Stack>
                  </TableCell>
                </TableRow>
              );
            })}
          </LabelledTable>
          {totalCount > PER_PAGE && (
            <TablePagination
              component="div"
              count={totalCount}
              page={page - 1}
              rowsPerPage={PER_PAGE}
              rowsPerPageOptions={[]}
              onPageChange={(_, next) => setPage(next + 1)}
            />
          )}
        </>
      )}
      {reviewing && (
        <FormDialog<{ comment: string }>
          open
          onClose={close}
          title={`${reviewing.accept ? 'Validate' : 'Reject'} ${reviewing.record.person.fullName}’s ${reviewing.record.title}`}
          description={
            <Typography>
              {reviewing.accept
                ? 'Validated, it counts on their record, grants the course’s competency levels and gets a certificate.'
                : 'Rejected, it stays on their record but does not count. Say why: they are told.'}
            </Typography>
          }
          saving={review.isPending}
          submitLabel={reviewing.accept ? 'Validate' : 'Reject'}
          onSubmit={({ comment }) => review.mutate({ ...reviewing, comment: comment?.trim() ? comment.trim() : null })}
        >
          <TextInput
            source="comment"
            label={reviewing.accept ? 'Comment (optional)' : 'Reason'}
            multiline
            minRows={2}
            validate={reviewing.accept ? [maxLength(2000)] : [required('Say why: they are told.'), maxLength(2000)]}
          />
        </FormDialog>
      )}
    </Section>
  );
};
