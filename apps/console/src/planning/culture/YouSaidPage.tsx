import { Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { AutocompleteInput, maxLength, ReferenceInput, required, SelectInput, TextInput, Title } from 'react-admin';
import { formatDate } from '../../workforce/dates';
import { personOption } from '../../workforce/inputs';
import { EmptyState, FormDialog, Section, Sections, usePermission } from '../../workforce/ui';
import { LoadError, Loading } from '../../training/ui';
import { saveYouSaid, useCultureAction, usePulseSurveys, useYouSaid, type YouSaidValues } from './api';
import type { YouSaidAction, YouSaidStatus } from './types';

const STATUSES: { id: YouSaidStatus; name: string }[] = [
  { id: 'PLANNED', name: 'Planned' },
  { id: 'IN_PROGRESS', name: 'In progress' },
  { id: 'DONE', name: 'Done' },
];
const statusName = (status: YouSaidStatus) => STATUSES.find((s) => s.id === status)!.name;

/** Adding or changing an action: what was said, what is done, who owns it, what it answers. */
const YouSaidDialog = ({ action, onClose }: { action: YouSaidAction | 'new'; onClose: () => void }) => {
  const surveys = usePulseSurveys();
  const waves = (surveys.data ?? []).flatMap((s) => s.waves.map((w) => ({ id: w.id, name: `${s.title}: ${w.name}` })));
  const statements = (surveys.data ?? []).flatMap((s) => s.statements.map((st) => ({ id: st.id, name: st.text })));
  const save = useCultureAction(
    (values: YouSaidValues) => saveYouSaid(action === 'new' ? null : action.id, values),
    action === 'new' ? 'Action added: staff can see it now.' : 'Action saved.',
    'The action was not saved.',
    onClose,
  );
  const record: Partial<YouSaidValues> = action === 'new' ? { status: 'PLANNED' } : action;
  return (
    <FormDialog<YouSaidValues>
      open
      onClose={onClose}
      title={action === 'new' ? 'Add a “you said, we did” action' : 'Change the action'}
      description="Link it to the feedback on a course, or to a survey wave (and a statement if it is about one)."
      record={record}
      saving={save.isPending}
      onSubmit={(values) =>
        save.mutate({
          youSaid: values.youSaid,
          weDid: values.weDid,
          ownerId: values.ownerId,
          status: values.status,
          courseId: values.courseId || null,
          waveId: values.waveId || null,
          statementId: values.statementId || null,
        })
      }
    >
      <TextInput source="youSaid" label="You said" multiline fullWidth validate={[required(), maxLength(1000)]} />
      <TextInput
        source="weDid"
        label="We did (or are doing)"
        multiline
        fullWidth
        validate={[required(), maxLength(2000)]}
      />
      <ReferenceInput source="ownerId" reference="Person" sort={{ field: 'familyName', order: 'ASC' }}>
        <AutocompleteInput label="Owner" optionText={personOption} validate={required()} />
      </ReferenceInput>
      <SelectInput source="status" label="Status" choices={STATUSES} validate={required()} />
      <ReferenceInput source="courseId" reference="Course" sort={{ field: 'title', order: 'ASC' }}>
        <AutocompleteInput label="Course (feedback it answers)" optionText="title" />
      </ReferenceInput>
      <SelectInput source="waveId" label="Survey wave" choices={waves} emptyText="None" />
      <SelectInput source="statementId" label="Survey statement" choices={statements} emptyText="None" />
    </FormDialog>
  );
};

/** "You said, we did": what staff told the partnership and what it is doing, for everyone to read. */
export const YouSaidPage = () => {
  const actions = useYouSaid();
  const canWrite = usePermission('youSaid.write');
  const [editing, setEditing] = useState<YouSaidAction | 'new' | null>(null);
  return (
    <Sections>
      <Title title="You said, we did" />
      <Section
        id="you-said-heading"
        title="You said, we did"
        actions={
          canWrite && (
            <Button variant="contained" onClick={() => setEditing('new')}>
              Add action
            </Button>
          )
        }
      >
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          What staff told us in training feedback and the staff survey, and what the partnership is doing about it.
        </Typography>
        {actions.error ? (
          <LoadError what="Actions" error={actions.error} />
        ) : actions.isPending ? (
          <Loading label="Loading actions" />
        ) : actions.data.length === 0 ? (
          <EmptyState
            title="Nothing here yet"
            text="When the partnership acts on what staff said in feedback or the survey, it is shown here."
          />
        ) : (
          <Stack component="ul" spacing={2} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {actions.data.map((action) => (
              <Card component="li" key={action.id} variant="outlined">
                <CardContent>
                  <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
                    <Chip
                      size="small"
                      label={statusName(action.status)}
                      color={
                        action.status === 'DONE' ? 'success' : action.status === 'IN_PROGRESS' ? 'info' : 'default'
                      }
                    />
                    {canWrite && (
                      <Button size="small" onClick={() => setEditing(action)} aria-label={`Change: ${action.youSaid}`}>
                        Change
                      </Button>
                    )}
                  </Stack>
                  <Typography component="h3" variant="subtitle2" sx={{ mt: 1 }}>
                    You said
                  </Typography>
                  <Typography sx={{ whiteSpace: 'pre-wrap' }}>{action.youSaid}</Typography>
                  <Typography component="h3" variant="subtitle2" sx={{ mt: 1 }}>
                    We did
                  </Typography>
                  <Typography sx={{ whiteSpace: 'pre-wrap' }}>{action.weDid}</Typography>
                  <Box sx={{ mt: 1 }}>
                    <Typography variant="body2" color="text.secondary">
                      {[
                        action.courseTitle && `Feedback on ${action.courseTitle}`,
                        action.waveName && `Staff survey, ${action.waveName}`,
                        action.statementText && `“${action.statementText}”`,
                        `Owner: ${action.ownerName}`,
                        `Updated ${formatDate(action.updatedAt)}`,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography>
                  </Box>
                </CardContent>
              </Card>
            ))}
          </Stack>
        )}
      </Section>
      {editing && <YouSaidDialog action={editing} onClose={() => setEditing(null)} />}
    </Sections>
  );
};
