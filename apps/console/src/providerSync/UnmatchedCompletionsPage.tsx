import { Alert, Box, Button, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { TablePagination } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { required, TextInput, Title } from 'react-admin';
import { formatDate } from '../workforce/dates';
import { PersonPicker } from '../workforce/inputs';
import { EmptyState, FormDialog, Section, Sections, usePermission } from '../workforce/ui';
import { LoadError, Loading } from '../training/ui';
import { dismissUnmatched, resolveUnmatched, type UnmatchedCompletion, useUnmatched } from './api';

type Action = { kind: 'match' | 'dismiss'; completion: UnmatchedCompletion };

const learnerOf = (c: UnmatchedCompletion) =>
  [c.learnerName, c.learnerEmail, c.learnerEmployeeNumber && `no. ${c.learnerEmployeeNumber}`]
    .filter(Boolean)
    .join(' · ');

const ActionDialog = ({ action, onClose }: { action: Action; onClose: () => void }) => {
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (values: { personId?: string; reason?: string }) =>
      action.kind === 'match'
        ? resolveUnmatched(action.completion.id, values.personId!)
        : dismissUnmatched(action.completion.id, values.reason ?? ''),
    onSuccess: () => {
      onClose();
      return queryClient.invalidateQueries();
    },
  });
  const { completion } = action;
  return (
    <FormDialog<{ personId?: string; reason?: string }>
      open
      onClose={onClose}
      title={action.kind === 'match' ? `Match ${learnerOf(completion)}` : 'Dismiss this completion'}
      description={
        <>
          {completion.courseTitle}, completed {formatDate(completion.completedOn)}, reported by {completion.provider}.
          {save.error && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {save.error.message}
            </Alert>
          )}
        </>
      }
      onSubmit={(values) => save.mutate(values)}
      saving={save.isPending}
      submitLabel={action.kind === 'match' ? 'Record for this person' : 'Dismiss'}
    >
      {action.kind === 'match' ? (
        <PersonPicker source="personId" label="Person" isRequired />
      ) : (
        <TextInput source="reason" label="Why" multiline fullWidth validate={required()} />
      )}
    </FormDialog>
  );
};

/** Completions a provider reported for people Kindred could not match, to match by hand or dismiss. */
export const UnmatchedCompletionsPage = () => {
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(25);
  const [action, setAction] = useState<Action | null>(null);
  const canResolve = usePermission('plugin.sync');
  const list = useUnmatched(page, perPage);
  return (
    <Box sx={{ py: 2 }}>
      <Title title="Unmatched completions" />
      <Sections>
        <Section id="unmatched" title="Completions waiting for a person">
          {list.isPending ? (
            <Loading label="Loading unmatched completions" />
          ) : list.error ? (
            <LoadError what="The unmatched completions" error={list.error} />
          ) : !list.data.totalCount ? (
            <EmptyState
              title="Nothing to match"
              text="Every completion the providers reported was matched to a person by email or employee number."
            />
          ) : (
            <>
              <TableContainer>
                <Table size="small" aria-label="Unmatched completions">
                  <TableHead>
                    <TableRow>
                      <TableCell>Learner as the provider knows them</TableCell>
                      <TableCell>Course</TableCell>
                      <TableCell>Completed</TableCell>
                      <TableCell>Provider</TableCell>
                      {canResolve && <TableCell>Actions</TableCell>}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {list.data.nodes.map((completion) => (
                      <TableRow key={completion.id}>
                        <TableCell>{learnerOf(completion)}</TableCell>
                        <TableCell>{completion.courseTitle}</TableCell>
                        <TableCell>{formatDate(completion.completedOn)}</TableCell>
                        <TableCell>{completion.provider}</TableCell>
                        {canResolve && (
                          <TableCell>
                            <Button size="small" onClick={() => setAction({ kind: 'match', completion })}>
                              Match
                            </Button>
                            <Button size="small" onClick={() => setAction({ kind: 'dismiss', completion })}>
                              Dismiss
                            </Button>
                          </TableCell>
                        )}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
              <TablePagination
                component="div"
                count={list.data.totalCount}
                page={page - 1}
                rowsPerPage={perPage}
                onPageChange={(_, p) => setPage(p + 1)}
                onRowsPerPageChange={(e) => {
                  setPerPage(Number(e.target.value));
                  setPage(1);
                }}
              />
            </>
          )}
        </Section>
      </Sections>
      {action && <ActionDialog action={action} onClose={() => setAction(null)} />}
    </Box>
  );
};
