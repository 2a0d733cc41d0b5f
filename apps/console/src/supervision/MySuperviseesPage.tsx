import {
  Box,
  Button,
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
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  DateInput,
  DateTimeInput,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  Title,
} from 'react-admin';
import { formatDate, formatDateTime, today } from '../workforce/dates';
import { personOption } from '../workforce/inputs';
import { EmptyState, FormDialog, Section, Sections } from '../workforce/ui';
import { useAction } from '../workforce/useAction';
import { LoadError, Loading } from '../training/ui';
import {
  cancelSession,
  createAgreement,
  endAgreement,
  escalate,
  markSessionMissed,
  rescheduleSession,
  scheduleGroup,
  signOffSession,
  useMySupervisees,
  useSessions,
  useSharedReflections,
} from './api';
import { frequencyText, KIND_LABELS, MODEL_LABELS, TYPE_LABELS } from './labels';
import { RecordSessionDialog, type RecordTarget } from './RecordSessionDialog';
import type { Agreement, SessionRow } from './types';
import { DueChip, RecordToggle, SessionPages, SessionRecordRow, SessionStatusChip } from './ui';

const choices = (labels: Record<string, string>) => Object.entries(labels).map(([id, name]) => ({ id, name }));

const NewAgreementDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const save = useAction(
    (_, v: Record<string, string | number>) =>
      createAgreement({
        superviseeId: v.superviseeId,
        supervisorId: v.supervisorId,
        type: v.type,
        model: v.model,
        frequency: {
          pattern: v.pattern,
          everyDays: v.pattern === 'EVERY_N_DAYS' ? Number(v.everyDays) : null,
        },
        expectedMinutes: Number(v.expectedMinutes),
        startDate: v.startDate,
        reviewDate: v.reviewDate || null,
        sharing: v.sharing || null,
      }),
    {
      success: () => 'The agreement is set up: you and your supervisee both sign it.',
      failure: 'No agreement was made.',
    },
    onClose,
  );
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title="New supervision agreement"
      record={{
        type: 'PRACTICE_SUPERVISION',
        model: 'MORRISON_4X4X4',
        pattern: 'EVERY_N_DAYS',
        everyDays: 28,
        expectedMinutes: 90,
        startDate: today(),
      }}
      saving={save.isPending}
      onSubmit={(values) => save.mutate(values)}
    >
      <ReferenceInput
        source="superviseeId"
        reference="Person"
        filter={{ active: true }}
        sort={{ field: 'familyName', order: 'ASC' }}
      >
        <AutocompleteInput label="Supervisee" optionText={personOption} validate={required()} />
      </ReferenceInput>
      <ReferenceInput
        source="supervisorId"
        reference="Person"
        filter={{ active: true }}
        sort={{ field: 'familyName', order: 'ASC' }}
      >
        <AutocompleteInput
          label="Supervisor"
          optionText={personOption}
          validate={required()}
          helperText="You, unless you set up supervision for others; may work for another organisation."
        />
      </ReferenceInput>
      <SelectInput source="type" label="Type" choices={choices(TYPE_LABELS)} validate={required()} />
      <SelectInput source="model" label="Model" choices={choices(MODEL_LABELS)} validate={required()} />
      <SelectInput
        source="pattern"
        label="Frequency"
        choices={[
          { id: 'EVERY_N_DAYS', name: 'Every N days' },
          { id: 'ASYE', name: 'ASYE: weekly for 6 weeks, fortnightly to 6 months, then monthly' },
        ]}
        validate={required()}
      />
      <NumberInput source="everyDays" label="Every (days)" validate={[minValue(1), maxValue(366)]} />
      <NumberInput
        source="expectedMinutes"
        label="Expected duration (minutes)"
        validate={[required(), minValue(15), maxValue(480)]}
      />
      <DateInput source="startDate" label="Starts" validate={required()} />
      <DateInput source="reviewDate" label="Review on" />
      <TextInput source="sharing" label="What is shared with whom" multiline minRows={2} validate={maxLength(5000)} />
    </FormDialog>
  );
};

const GroupDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const save = useAction(
    (_, v: Record<string, unknown>) =>
      scheduleGroup({
        kind: v.kind,
        type: v.type,
        startsAt: new Date(v.startsAt as string).toISOString(),
        durationMinutes: Number(v.durationMinutes),
        attendeeIds: v.attendeeIds,
      }),
    {
      success: () => 'The group session is scheduled. Write it up once it has taken place.',
      failure: 'The session was not scheduled.',
    },
    onClose,
  );
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title="New group session"
      record={{ kind: 'REFLECTIVE_PRACTICE', type: 'RESTORATIVE', durationMinutes: 90, attendeeIds: [] }}
      saving={save.isPending}
      onSubmit={(values) => save.mutate(values)}
    >
      <SelectInput
        source="kind"
        label="Kind"
        choices={[
          { id: 'REFLECTIVE_PRACTICE', name: KIND_LABELS.REFLECTIVE_PRACTICE },
          { id: 'GROUP', name: KIND_LABELS.GROUP },
        ]}
        validate={required()}
      />
      <SelectInput source="type" label="Type" choices={choices(TYPE_LABELS)} validate={required()} />
      <DateTimeInput source="startsAt" label="When" validate={required()} />
      <NumberInput
        source="durationMinutes"
        label="Duration (minutes)"
        validate={[required(), minValue(5), maxValue(600)]}
      />
      <ReferenceArrayInput
        source="attendeeIds"
        reference="Person"
        filter={{ active: true }}
        sort={{ field: 'familyName', order: 'ASC' }}
      >
        <AutocompleteArrayInput label="Attendees (any organisation)" optionText={personOption} validate={required()} />
      </ReferenceArrayInput>
    </FormDialog>
  );
};

type Change = { session: SessionRow; kind: 'reschedule' | 'missed' };

/** Moving a scheduled session, or recording that it did not happen: either way with a reason. */
const ChangeSessionDialog = ({ change, onClose }: { change: Change | null; onClose: () => void }) => {
  const save = useAction(
    (_, v: Record<string, string>) =>
      change!.kind === 'reschedule'
        ? rescheduleSession(change!.session.id, new Date(v.startsAt).toISOString(), v.reason)
        : markSessionMissed(change!.session.id, v.reason),
    {
      success: () => (change?.kind === 'reschedule' ? 'The session is moved.' : 'The session is recorded as missed.'),
      failure: change?.kind === 'reschedule' ? 'The session was not moved.' : 'The session was not marked missed.',
    },
    onClose,
  );
  if (!change) return null;
  const rescheduling = change.kind === 'reschedule';
  return (
    <FormDialog
      open
      onClose={onClose}
      title={`${rescheduling ? 'Reschedule' : 'Mark missed'}: ${who(change.session)}, ${formatDateTime(change.session.startsAt)}`}
      saving={save.isPending}
      submitLabel={rescheduling ? 'Reschedule' : 'Mark missed'}
      onSubmit={(values) => save.mutate(values)}
    >
      {rescheduling && <DateTimeInput source="startsAt" label="New time" validate={required()} />}
      <TextInput source="reason" label="Reason" multiline minRows={2} validate={[required(), maxLength(2000)]} />
    </FormDialog>
  );
};

const EscalateDialog = ({ session, onClose }: { session: SessionRow | null; onClose: () => void }) => {
  const save = useAction(
    (_, v: Record<string, string>) =>
      escalate({
        sessionId: session!.id,
        leadId: v.leadId,
        superviseeId: v.superviseeId || null,
        concern: v.concern,
        summary: v.summary,
      }),
    {
      success: () => 'The concern is escalated; the supervisee is told it was raised.',
      failure: 'The concern was not escalated.',
    },
    onClose,
  );
  if (!session) return null;
  return (
    <FormDialog
      open
      onClose={onClose}
      title="Escalate a concern"
      description="Supervision is confidential but not secret. The named lead sees what you write; the supervisee is told that a concern was raised, to whom and when."
      record={{ concern: 'SAFEGUARDING' }}
      saving={save.isPending}
      submitLabel="Escalate"
      onSubmit={(values) => save.mutate(values)}
    >
      <SelectInput
        source="concern"
        label="Concern"
        choices={[
          { id: 'SAFEGUARDING', name: 'Safeguarding' },
          { id: 'CONDUCT', name: 'Conduct' },
        ]}
        validate={required()}
      />
      {!session.supervisee && (
        <SelectInput
          source="superviseeId"
          label="About"
          choices={session.attendees.map((a) => ({ id: a.id, name: a.fullName }))}
          validate={required()}
        />
      )}
      <ReferenceInput
        source="leadId"
        reference="Person"
        filter={{ active: true }}
        sort={{ field: 'familyName', order: 'ASC' }}
      >
        <AutocompleteInput label="Named lead" optionText={personOption} validate={required()} />
      </ReferenceInput>
      <TextInput source="summary" label="Summary" multiline minRows={3} validate={[required(), maxLength(10_000)]} />
    </FormDialog>
  );
};

const EndAgreementDialog = ({ agreement, onClose }: { agreement: Agreement | null; onClose: () => void }) => {
  const save = useAction(
    (_, v: { endDate: string }) => endAgreement(agreement!.id, v.endDate),
    {
      success: () => 'The agreement is ended: no more sessions fall due under it.',
      failure: 'The agreement was not ended.',
    },
    onClose,
  );
  if (!agreement) return null;
  return (
    <FormDialog
      open
      onClose={onClose}
      title={`End the agreement with ${agreement.supervisee.fullName}`}
      description="Its sessions and records stay; nothing falls due after the end date."
      record={{ endDate: today() }}
      saving={save.isPending}
      submitLabel="End agreement"
      onSubmit={(values) => save.mutate(values)}
    >
      <DateInput source="endDate" label="Ends on" validate={required()} />
    </FormDialog>
  );
};

const Supervisees = ({ onRecord }: { onRecord: (t: RecordTarget) => void }) => {
  const agreements = useMySupervisees();
  const [creating, setCreating] = useState(false);
  const [ending, setEnding] = useState<Agreement | null>(null);
  if (agreements.error) return <LoadError what="Your supervisees" error={agreements.error} />;
  if (agreements.isPending) return <Loading label="Loading your supervisees" />;
  const current = agreements.data.filter((a) => !a.endDate);
  return (
    <Section
      id="supervisees-heading"
      title="My supervisees"
      actions={
        <Button variant="contained" onClick={() => setCreating(true)}>
          New agreement
        </Button>
      }
    >
      <NewAgreementDialog open={creating} onClose={() => setCreating(false)} />
      <EndAgreementDialog agreement={ending} onClose={() => setEnding(null)} />
      {current.length === 0 ? (
        <EmptyState
          title="Nobody to supervise yet"
          text="Set up an agreement with the person you supervise; you both sign it."
        />
      ) : (
        <TableContainer>
          <Table size="small" aria-labelledby="supervisees-heading">
            <TableHead>
              <TableRow>
                <TableCell>Supervisee</TableCell>
                <TableCell>Type</TableCell>
                <TableCell>Frequency</TableCell>
                <TableCell>Last held</TableCell>
                <TableCell>Next due</TableCell>
                <TableCell>Signed</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {current.map((a: Agreement) => (
                <TableRow key={a.id}>
                  <TableCell>{a.supervisee.fullName}</TableCell>
                  <TableCell>{TYPE_LABELS[a.type]}</TableCell>
                  <TableCell>{frequencyText(a)}</TableCell>
                  <TableCell>{a.standing.lastHeldOn ? formatDate(a.standing.lastHeldOn) : 'None yet'}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                      <span>{formatDate(a.standing.nextDueOn)}</span>
                      <DueChip state={a.standing.dueState} />
                    </Stack>
                  </TableCell>
                  <TableCell>
                    {a.signed ? 'By both' : a.supervisorSignedAt ? 'Waiting for supervisee' : 'Not yet'}
                  </TableCell>
                  <TableCell align="right">
                    <Button
                      aria-label={`Record a session with ${a.supervisee.fullName}`}
                      onClick={() =>
                        onRecord({
                          title: `Supervision with ${a.supervisee.fullName}`,
                          agreementId: a.id,
                          durationMinutes: a.expectedMinutes,
                          people: [a.supervisee, a.supervisor],
                        })
                      }
                    >
                      Record session
                    </Button>
                    <Button aria-label={`End the agreement with ${a.supervisee.fullName}`} onClick={() => setEnding(a)}>
                      End
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Section>
  );
};

const who = (s: SessionRow) => s.supervisee?.fullName ?? s.attendees.map((a) => a.fullName).join(', ');

const SessionsRun = ({ onRecord }: { onRecord: (t: RecordTarget) => void }) => {
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const [grouping, setGrouping] = useState(false);
  const [escalating, setEscalating] = useState<SessionRow | null>(null);
  const [changing, setChanging] = useState<Change | null>(null);
  const sessions = useSessions('FACILITATOR', page);
  const signOff = useAction((_, id: string) => signOffSession(id), {
    success: () => 'Signed off: the record is locked, and your supervisee can acknowledge it.',
    failure: 'The session was not signed off.',
  });
  const cancel = useAction((_, id: string) => cancelSession(id, 'Cancelled by the facilitator'), {
    success: () => 'The session is cancelled.',
    failure: 'The session was not cancelled.',
  });
  if (sessions.error) return <LoadError what="Your sessions" error={sessions.error} />;
  if (sessions.isPending) return <Loading label="Loading your sessions" />;
  return (
    <Section
      id="sessions-run-heading"
      title="Sessions I ran"
      actions={<Button onClick={() => setGrouping(true)}>New group session</Button>}
    >
      <GroupDialog open={grouping} onClose={() => setGrouping(false)} />
      <EscalateDialog session={escalating} onClose={() => setEscalating(null)} />
      <ChangeSessionDialog change={changing} onClose={() => setChanging(null)} />
      {sessions.data.totalCount === 0 ? (
        <EmptyState
          title="No sessions yet"
          text="Sessions you record, and group sessions you facilitate, are listed here."
        />
      ) : (
        <TableContainer>
          <Table size="small" aria-labelledby="sessions-run-heading">
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
                    <TableCell>{who(s)}</TableCell>
                    <TableCell>
                      <SessionStatusChip status={s.status} />
                    </TableCell>
                    <TableCell align="right">
                      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                        {(s.status === 'SCHEDULED' || s.status === 'RECORDED') &&
                          new Date(s.startsAt) <= new Date() && (
                            <Button
                              onClick={() =>
                                onRecord({
                                  title: `${KIND_LABELS[s.kind]}, ${formatDateTime(s.startsAt)}`,
                                  sessionId: s.id,
                                  durationMinutes: s.durationMinutes,
                                  people: [s.facilitator, ...(s.supervisee ? [s.supervisee] : s.attendees)],
                                })
                              }
                            >
                              Write up
                            </Button>
                          )}
                        {s.status === 'RECORDED' && (
                          <Button
                            aria-label={`Sign off the session with ${who(s)}`}
                            onClick={() => signOff.mutate(s.id)}
                          >
                            Sign off
                          </Button>
                        )}
                        {s.status === 'SCHEDULED' && (
                          <Button
                            aria-label={`Reschedule the session with ${who(s)}`}
                            onClick={() => setChanging({ session: s, kind: 'reschedule' })}
                          >
                            Reschedule
                          </Button>
                        )}
                        {s.status === 'SCHEDULED' && new Date(s.startsAt) <= new Date() && (
                          <Button
                            aria-label={`Mark the session with ${who(s)} missed`}
                            onClick={() => setChanging({ session: s, kind: 'missed' })}
                          >
                            Mark missed
                          </Button>
                        )}
                        {s.status === 'SCHEDULED' && <Button onClick={() => cancel.mutate(s.id)}>Cancel</Button>}
                        {(s.status === 'RECORDED' || s.status === 'SIGNED_OFF') && (
                          <Button color="warning" onClick={() => setEscalating(s)}>
                            Escalate
                          </Button>
                        )}
                        <RecordToggle open={open === s.id} onToggle={() => setOpen(open === s.id ? null : s.id)} />
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

const SharedWithMe = () => {
  const shared = useSharedReflections();
  if (shared.error) return <LoadError what="Shared reflections" error={shared.error} />;
  if (shared.isPending) return <Loading label="Loading shared reflections" />;
  return (
    <Section id="shared-heading" title="Reflections shared with me">
      {shared.data.length === 0 ? (
        <Typography color="text.secondary">Your supervisees have not shared any reflections with you.</Typography>
      ) : (
        <Stack spacing={2}>
          {shared.data.map((e) => (
            <Box key={e.id} component="article">
              <Typography component="h3" variant="subtitle1">
                {e.title} · {e.author.fullName}, {formatDate(e.occurredOn)}
              </Typography>
              <Typography sx={{ whiteSpace: 'pre-wrap' }}>{e.text}</Typography>
            </Box>
          ))}
        </Stack>
      )}
    </Section>
  );
};

/** The supervisor's view: who they supervise and what is due, the sessions they ran, shared reflections. */
export const MySuperviseesPage = () => {
  const [recording, setRecording] = useState<RecordTarget | null>(null);
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="My supervisees" />
      <RecordSessionDialog target={recording} onClose={() => setRecording(null)} />
      <Sections>
        <Supervisees onRecord={setRecording} />
        <SessionsRun onRecord={setRecording} />
        <SharedWithMe />
      </Sections>
    </Box>
  );
};
