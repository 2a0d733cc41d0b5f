import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  List,
  ListItem,
  ListItemText,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Fragment, useState } from 'react';
import { DateInput, maxLength, required, SelectInput, TextInput, Title } from 'react-admin';
import { formatDate, formatDateTime, today } from '../workforce/dates';
import { EmptyState, Facts, FormDialog, Section, Sections } from '../workforce/ui';
import { useAction } from '../workforce/useAction';
import { LoadError, Loading } from '../training/ui';
import { downloadFile } from '../imports/peopleImportApi';
import {
  acknowledgeSession,
  addAddendum,
  shareReflection,
  signAgreement,
  updateAction,
  useEscalationsAboutMe,
  useMyActions,
  useMyAgreements,
  useMyLog,
  useSessions,
  writeReflection,
} from './api';
import { frequencyText, GIBBS_STAGES, KIND_LABELS, MODEL_LABELS, TYPE_LABELS } from './labels';
import type { Agreement, ReflectiveEntry, SessionRow } from './types';
import { DueChip, RecordToggle, SessionPages, SessionRecordRow, SessionStatusChip } from './ui';

const Agreements = () => {
  const agreements = useMyAgreements();
  const sign = useAction((_, id: string) => signAgreement(id), {
    success: () => 'You have signed the agreement.',
    failure: 'The agreement was not signed.',
  });
  if (agreements.error) return <LoadError what="Your agreements" error={agreements.error} />;
  if (agreements.isPending) return <Loading label="Loading your agreements" />;
  return (
    <Section id="agreements-heading" title="My supervision agreements">
      {agreements.data.length === 0 ? (
        <EmptyState
          title="No supervision agreement yet"
          text="Your supervisor sets one up; you then read and sign it here."
        />
      ) : (
        <Stack spacing={2}>
          {agreements.data.map((a: Agreement) => (
            <Card
              key={a.id}
              variant="outlined"
              component="article"
              aria-label={`Agreement with ${a.supervisor.fullName}`}
            >
              <CardContent>
                <Facts
                  items={[
                    ['Supervisor', a.supervisor.fullName],
                    ['Type', `${TYPE_LABELS[a.type]} (${MODEL_LABELS[a.model]})`],
                    ['Frequency', `${frequencyText(a)}, ${a.expectedMinutes} minutes`],
                    ['From', `${formatDate(a.startDate)}${a.endDate ? ` to ${formatDate(a.endDate)}` : ''}`],
                    [
                      'Next due',
                      <Stack key="due" direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                        <span>{formatDate(a.standing.nextDueOn)}</span>
                        <DueChip state={a.standing.dueState} />
                      </Stack>,
                    ],
                    [
                      'Signed',
                      a.signed
                        ? 'By both of you'
                        : a.superviseeSignedAt
                          ? 'By you; waiting for your supervisor'
                          : 'Not by you yet',
                    ],
                  ]}
                />
                {!a.superviseeSignedAt && (
                  <Button
                    variant="contained"
                    sx={{ mt: 2 }}
                    onClick={() => sign.mutate(a.id)}
                    disabled={sign.isPending}
                  >
                    Sign the agreement
                  </Button>
                )}
              </CardContent>
            </Card>
          ))}
        </Stack>
      )}
    </Section>
  );
};

type Note = { session: SessionRow; kind: 'acknowledge' | 'addendum' };

const Sessions = () => {
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const [noting, setNoting] = useState<Note | null>(null);
  const sessions = useSessions('SUPERVISEE', page);
  const close = () => setNoting(null);
  const acknowledge = useAction(
    (_, v: { id: string; comment: string | null }) => acknowledgeSession(v.id, v.comment),
    { success: () => 'You have acknowledged the record.', failure: 'The record was not acknowledged.' },
    close,
  );
  const addendum = useAction(
    (_, v: { id: string; text: string }) => addAddendum(v.id, v.text),
    { success: () => 'Your addendum is added to the record.', failure: 'The addendum was not added.' },
    close,
  );
  if (sessions.error) return <LoadError what="Your sessions" error={sessions.error} />;
  if (sessions.isPending) return <Loading label="Loading your sessions" />;
  return (
    <Section id="my-sessions-heading" title="My sessions">
      {noting && (
        <FormDialog<{ text?: string }>
          open
          onClose={close}
          title={noting.kind === 'acknowledge' ? 'Acknowledge the record' : 'Add an addendum'}
          description={
            noting.kind === 'acknowledge'
              ? 'You have read the signed-off record. You may add a comment, which stays with it.'
              : 'The record is locked; an addendum is kept beside it.'
          }
          saving={acknowledge.isPending || addendum.isPending}
          submitLabel={noting.kind === 'acknowledge' ? 'Acknowledge' : 'Add'}
          onSubmit={({ text }) =>
            noting.kind === 'acknowledge'
              ? acknowledge.mutate({ id: noting.session.id, comment: text || null })
              : addendum.mutate({ id: noting.session.id, text: text ?? '' })
          }
        >
          <TextInput
            source="text"
            label={noting.kind === 'acknowledge' ? 'Comment (optional)' : 'Addendum'}
            multiline
            minRows={3}
            validate={noting.kind === 'acknowledge' ? maxLength(20_000) : [required(), maxLength(20_000)]}
          />
        </FormDialog>
      )}
      {sessions.data.totalCount === 0 ? (
        <EmptyState title="No sessions yet" text="Your 1:1 supervision and the groups you attend are listed here." />
      ) : (
        <TableContainer>
          <Table size="small" aria-labelledby="my-sessions-heading">
            <TableHead>
              <TableRow>
                <TableCell>When</TableCell>
                <TableCell>Kind</TableCell>
                <TableCell>With</TableCell>
                <TableCell>Status</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {sessions.data.nodes.map((s) => (
                <Fragment key={s.id}>
                  <TableRow>
                    <TableCell>{formatDateTime(s.startsAt)}</TableCell>
                    <TableCell>{KIND_LABELS[s.kind]}</TableCell>
                    <TableCell>{s.facilitator.fullName}</TableCell>
                    <TableCell>
                      <Stack direction="row" spacing={1}>
                        <SessionStatusChip status={s.status} />
                        {s.acknowledgedAt && <Typography variant="body2">Acknowledged</Typography>}
                      </Stack>
                    </TableCell>
                    <TableCell align="right">
                      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                        {s.locked && s.supervisee && !s.acknowledgedAt && (
                          <Button variant="contained" onClick={() => setNoting({ session: s, kind: 'acknowledge' })}>
                            Acknowledge
                          </Button>
                        )}
                        {s.locked && (
                          <Button onClick={() => setNoting({ session: s, kind: 'addendum' })}>Add addendum</Button>
                        )}
                        {(s.status === 'RECORDED' || s.status === 'SIGNED_OFF') && (
                          <RecordToggle open={open === s.id} onToggle={() => setOpen(open === s.id ? null : s.id)} />
                        )}
                      </Stack>
                    </TableCell>
                  </TableRow>
                  {open === s.id && <SessionRecordRow sessionId={s.id} colSpan={5} />}
                </Fragment>
              ))}
            </TableBody>
          </Table>
          <SessionPages count={sessions.data.totalCount} page={page} onPage={setPage} />
        </TableContainer>
      )}
    </Section>
  );
};

const Actions = () => {
  const actions = useMyActions();
  const done = useAction((_, v: { id: string; status: string }) => updateAction(v.id, v.status), {
    success: (_, v) => (v.status === 'OPEN' ? 'The action is open again.' : 'The action is marked done.'),
    failure: 'The action was not changed.',
  });
  if (actions.error) return <LoadError what="Your actions" error={actions.error} />;
  if (actions.isPending) return <Loading label="Loading your actions" />;
  return (
    <Section id="my-actions-heading" title="My actions">
      {actions.data.length === 0 ? (
        <Typography color="text.secondary">No actions agreed in supervision.</Typography>
      ) : (
        <List aria-labelledby="my-actions-heading">
          {actions.data.map((a) => (
            <ListItem
              key={a.id}
              disableGutters
              secondaryAction={
                <Button onClick={() => done.mutate({ id: a.id, status: a.status === 'OPEN' ? 'DONE' : 'OPEN' })}>
                  {a.status === 'OPEN' ? 'Mark done' : 'Reopen'}
                </Button>
              }
            >
              <ListItemText
                primary={a.description}
                secondary={`Due ${formatDate(a.dueDate)} · ${a.status.toLowerCase()}${a.overdue ? ' · overdue' : ''}`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Section>
  );
};

const ReflectiveLog = () => {
  const log = useMyLog();
  const agreements = useMyAgreements();
  const [writing, setWriting] = useState(false);
  const [sharing, setSharing] = useState<ReflectiveEntry | null>(null);
  const write = useAction(
    (_, v: Record<string, unknown>) => writeReflection(v),
    { success: () => 'Your reflection is saved. Only you can read it.', failure: 'The reflection was not saved.' },
    () => setWriting(false),
  );
  const share = useAction(
    (_, v: { id: string; supervisorId: string }) => shareReflection(v.id, v.supervisorId),
    { success: () => 'Shared with your supervisor.', failure: 'The reflection was not shared.' },
    () => setSharing(null),
  );
  if (log.error) return <LoadError what="Your reflective log" error={log.error} />;
  if (log.isPending) return <Loading label="Loading your reflective log" />;
  const supervisors = (agreements.data ?? []).filter((a) => !a.endDate).map((a) => a.supervisor);
  return (
    <Section
      id="log-heading"
      title="My reflective log"
      actions={<Button onClick={() => setWriting(true)}>Write a reflection</Button>}
    >
      <Alert severity="info" variant="outlined" sx={{ mb: 2 }}>
        Private to you until you share an entry with your supervisor.
      </Alert>
      <FormDialog
        open={writing}
        onClose={() => setWriting(false)}
        title="Write a reflection"
        record={{ occurredOn: today() }}
        saving={write.isPending}
        onSubmit={(v: Record<string, unknown>) =>
          write.mutate({ occurredOn: v.occurredOn, title: v.title, text: v.text || null, gibbs: v.gibbs ?? null })
        }
      >
        <DateInput source="occurredOn" label="Date" validate={required()} />
        <TextInput source="title" label="Title" validate={[required(), maxLength(200)]} />
        <TextInput source="text" label="Reflection" multiline minRows={4} validate={maxLength(20_000)} />
        {GIBBS_STAGES.map((s) => (
          <TextInput key={s.id} source={`gibbs.${s.id}`} label={s.name} helperText={s.prompt} multiline />
        ))}
      </FormDialog>
      {sharing && (
        <FormDialog<{ supervisorId: string }>
          open
          onClose={() => setSharing(null)}
          title={`Share “${sharing.title}”`}
          saving={share.isPending}
          submitLabel="Share"
          onSubmit={(v) => share.mutate({ id: sharing.id, supervisorId: v.supervisorId })}
        >
          <SelectInput
            source="supervisorId"
            label="With"
            choices={supervisors.map((p) => ({ id: p.id, name: p.fullName }))}
            validate={required()}
          />
        </FormDialog>
      )}
      {log.data.length === 0 ? (
        <Typography color="text.secondary">Nothing written yet.</Typography>
      ) : (
        <Stack spacing={2}>
          {log.data.map((e) => (
            <Box key={e.id} component="article">
              <Typography component="h3" variant="subtitle1">
                {e.title} · {formatDate(e.occurredOn)}
              </Typography>
              <Typography sx={{ whiteSpace: 'pre-wrap' }}>{e.text}</Typography>
              {e.sharedWith ? (
                <Typography variant="body2" color="text.secondary">
                  Shared with {e.sharedWith.fullName}
                </Typography>
              ) : (
                supervisors.length > 0 && <Button onClick={() => setSharing(e)}>Share with my supervisor</Button>
              )}
            </Box>
          ))}
        </Stack>
      )}
    </Section>
  );
};

const AboutMe = () => {
  const escalations = useEscalationsAboutMe();
  if (!escalations.data || escalations.data.length === 0) return null;
  return (
    <Section id="about-me-heading" title="Concerns raised from my supervision">
      {escalations.data.map((e) => (
        <Alert key={e.id} severity="warning" sx={{ mb: 1 }}>
          A {e.concern.toLowerCase()} concern was raised by {e.raisedBy.fullName} to {e.lead.fullName} on{' '}
          {formatDateTime(e.superviseeInformedAt)}.
        </Alert>
      ))}
    </Section>
  );
};

/** Subject access: everything Kindred holds about the person's supervision, as a file. */
const MyRecords = () => {
  const download = useAction(
    (_, format: 'pdf' | 'json') => downloadFile(`/exports/supervision?format=${format}`, `supervision.${format}`),
    { success: () => 'Your records are downloaded.', failure: 'The download did not work.' },
  );
  return (
    <Section id="records-heading" title="A copy of my supervision records">
      <Typography sx={{ mb: 1 }}>
        Your agreements, sessions, notes, actions and reflections, as a document to read or as data to take elsewhere.
      </Typography>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" disabled={download.isPending} onClick={() => download.mutate('pdf')}>
          Download as PDF
        </Button>
        <Button variant="outlined" disabled={download.isPending} onClick={() => download.mutate('json')}>
          Download as JSON
        </Button>
      </Stack>
    </Section>
  );
};

/** The supervisee's view: agreements to sign, sessions to read and acknowledge, actions and the reflective log. */
export const MySupervisionPage = () => (
  <Box sx={{ mt: 2 }}>
    <Title title="My supervision" />
    <Sections>
      <AboutMe />
      <Agreements />
      <Sessions />
      <Actions />
      <ReflectiveLog />
      <MyRecords />
    </Sections>
  </Box>
);
