import DoneAllIcon from '@mui/icons-material/DoneAll';
import TaskAltIcon from '@mui/icons-material/TaskAltOutlined';
import {
  Alert,
  Box,
  Button,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { Confirm } from 'react-admin';
import { errorCodes } from '../../errors';
import { Section } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { markAttendance, settleSession, useRegister } from '../api';
import { ATTENDANCE_LABELS, partWhen } from '../labels';
import type { AttendanceStatus, Register as RegisterData, SessionPart, TrainingSession } from '../types';
import { BookingStatusChip, LoadError, Loading, LabelledTable } from '../ui';

const STATUSES = Object.keys(ATTENDANCE_LABELS) as AttendanceStatus[];

/** One part's register: a mark per person, saved together; a trainer's mark replaces a check-in. */
const PartRegister = ({
  session,
  part,
  register,
  count,
}: {
  session: TrainingSession;
  part: SessionPart;
  register: RegisterData;
  count: number;
}) => {
  const headingId = `register-part-${part.id}`;
  const label = count > 1 ? `Part ${part.position + 1}` : 'Register';
  const saved = useMemo(
    () =>
      Object.fromEntries(
        register.entries.flatMap((entry) => {
          const mark = entry.marks.find((m) => m.partId === part.id);
          return mark ? [[entry.booking.id, mark.status]] : [];
        }),
      ) as Record<string, AttendanceStatus>,
    [register, part.id],
  );
  const [marks, setMarks] = useState(saved);
  useEffect(() => setMarks(saved), [saved]);
  const save = useAction(
    () =>
      markAttendance(
        session.id,
        part.id,
        Object.entries(marks).map(([bookingId, status]) => ({ bookingId, status })),
      ),
    { success: () => `${label} saved.`, failure: 'The register was not saved.' },
  );
  const started = new Date(part.startsAt) <= new Date();
  const checkedIn = (bookingId: string) =>
    register.entries.find((e) => e.booking.id === bookingId)?.marks.find((m) => m.partId === part.id)?.source ===
    'CHECK_IN';
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 2 }}>
      <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {label}: {partWhen(part)}
      </Typography>
      {!started && (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          The register opens when this part starts.
        </Typography>
      )}
      <LabelledTable
        labelledBy={headingId}
        head={
          <>
            <TableCell>Person</TableCell>
            <TableCell>For</TableCell>
            <TableCell>Attendance</TableCell>
          </>
        }
      >
        {register.entries.map(({ booking }) => (
          <TableRow key={booking.id}>
            <TableCell component="th" scope="row">
              {booking.person.fullName}
              {checkedIn(booking.id) && (
                <Typography component="span" variant="body2" color="text.secondary">
                  {' '}
                  (checked in)
                </Typography>
              )}
            </TableCell>
            <TableCell>{booking.organisation.name}</TableCell>
            <TableCell>
              <RadioGroup
                row
                aria-label={`Attendance of ${booking.person.fullName}${count > 1 ? `, part ${part.position + 1}` : ''}`}
                value={marks[booking.id] ?? ''}
                onChange={(event) =>
                  setMarks((current) => ({ ...current, [booking.id]: event.target.value as AttendanceStatus }))
                }
              >
                {STATUSES.map((status) => (
                  <FormControlLabel
                    key={status}
                    value={status}
                    control={<Radio size="small" />}
                    label={ATTENDANCE_LABELS[status]}
                    disabled={!started}
                  />
                ))}
              </RadioGroup>
            </TableCell>
          </TableRow>
        ))}
      </LabelledTable>
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <Button
          startIcon={<DoneAllIcon />}
          disabled={!started}
          onClick={() =>
            setMarks(Object.fromEntries(register.entries.map((e) => [e.booking.id, marks[e.booking.id] ?? 'ATTENDED'])))
          }
        >
          Mark the rest attended
        </Button>
        <Button
          variant="contained"
          disabled={!started || save.isPending || Object.keys(marks).length === 0}
          onClick={() => save.mutate(undefined)}
        >
          Save {count > 1 ? `part ${part.position + 1}` : 'register'}
        </Button>
      </Stack>
    </Box>
  );
};

/** After the last part: outcomes from the register, records and certificates for those who attended. */
const SettleButton = ({ session }: { session: TrainingSession }) => {
  const [confirming, setConfirming] = useState(false);
  const settle = useAction(
    () => settleSession(session.id),
    {
      success: () => 'The session is settled: everyone who attended has a training record and certificate.',
      failure: 'The session was not settled.',
    },
    () => setConfirming(false),
  );
  return (
    <>
      <Button variant="contained" color="success" startIcon={<TaskAltIcon />} onClick={() => setConfirming(true)}>
        {session.status === 'COMPLETED' ? 'Settle again' : 'Settle the session'}
      </Button>
      <Confirm
        isOpen={confirming}
        loading={settle.isPending}
        title="Settle the session?"
        content="Each booking takes its outcome from the register; a part left unmarked counts as absent. Everyone who attended every part gets a training record, the course’s levels and a certificate. You can correct the register and settle again."
        confirm="Settle the session"
        onConfirm={() => settle.mutate(undefined, { onSettled: () => setConfirming(false) })}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};

/**
 * The register for the session's trainers and workforce leads, part by part. Someone who may take
 * registers but does not train this session is refused by the API, and sees nothing here.
 */
export const Register = ({ session }: { session: TrainingSession }) => {
  const register = useRegister(session.id);
  if (register.error && errorCodes(register.error).includes('FORBIDDEN')) return null;
  const ended = new Date(session.endsAt) <= new Date();
  return (
    <Section
      id="session-register-heading"
      title="Register"
      actions={ended && register.data && <SettleButton session={session} />}
    >
      {session.checkInCode && (
        <Alert severity="info" sx={{ mb: 2 }}>
          Learners check themselves in with the code <strong>{session.checkInCode}</strong>, from 15 minutes before each
          part until it ends. Your marks replace their check-ins.
        </Alert>
      )}
      {register.error ? (
        <LoadError what="The register" error={register.error} />
      ) : register.isPending ? (
        <Loading label="Loading the register" />
      ) : register.data.entries.length === 0 ? (
        <Typography color="text.secondary">Nobody has a confirmed place yet.</Typography>
      ) : (
        <>
          {session.status === 'COMPLETED' && (
            <Stack
              role="group"
              aria-label="Outcomes"
              direction="row"
              spacing={1}
              useFlexGap
              sx={{ flexWrap: 'wrap', mb: 1 }}
            >
              {register.data.entries.map(({ booking }) => (
                <Box key={booking.id}>
                  {booking.person.fullName}: <BookingStatusChip status={booking.status} />
                </Box>
              ))}
            </Stack>
          )}
          {register.data.parts.map((part) => (
            <PartRegister
              key={part.id}
              session={session}
              part={part}
              register={register.data}
              count={register.data.parts.length}
            />
          ))}
        </>
      )}
    </Section>
  );
};
