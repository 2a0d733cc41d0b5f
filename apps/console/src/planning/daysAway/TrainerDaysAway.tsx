import {
  Alert,
  Box,
  Button,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Confirm } from 'react-admin';
import { LoadError, Loading } from '../../training/ui';
import { useRun } from '../plan';
import { addDayAway, DAYS_AWAY_KEY, type DayAway, removeDayAway, type Trainer, useDaysAway } from './api';

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const ukDay = (iso: string) => DAY.format(new Date(`${iso}T12:00:00Z`));
const when = (away: DayAway) =>
  away.startsOn === away.endsOn ? ukDay(away.startsOn) : `${ukDay(away.startsOn)} to ${ukDay(away.endsOn)}`;

const AddDaysAway = ({ trainers, run }: { trainers: Trainer[]; run: (action: () => Promise<unknown>) => void }) => {
  const [trainerId, setTrainer] = useState(trainers.length === 1 ? trainers[0].id : '');
  const [startsOn, setStart] = useState('');
  const [endsOn, setEnd] = useState('');
  const [reason, setReason] = useState('');
  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      spacing={2}
      component="form"
      aria-label="Add days away"
      sx={{ my: 2 }}
      onSubmit={(e) => {
        e.preventDefault();
        run(async () => {
          await addDayAway({ trainerId, startsOn, endsOn: endsOn || startsOn, reason });
          setStart('');
          setEnd('');
          setReason('');
        });
      }}
    >
      <TextField
        select
        label="Trainer"
        value={trainerId}
        onChange={(e) => setTrainer(e.target.value)}
        required
        sx={{ minWidth: 200 }}
      >
        {trainers.map((t) => (
          <MenuItem key={t.id} value={t.id}>
            {t.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label="First day away"
        type="date"
        value={startsOn}
        onChange={(e) => setStart(e.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
        required
      />
      <TextField
        label="Last day away"
        type="date"
        value={endsOn}
        onChange={(e) => setEnd(e.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
        helperText="Leave empty for one day"
      />
      <TextField
        label="Reason (optional)"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
      <Button type="submit" variant="contained">
        Add days away
      </Button>
    </Stack>
  );
};

/**
 * Trainers' days away, which the term scheduler plans around: a lead keeps every trainer's, a
 * trainer their own. Removing asks first.
 */
export const TrainerDaysAway = () => {
  const data = useDaysAway();
  const { error, run } = useRun(DAYS_AWAY_KEY);
  const [removing, setRemoving] = useState<DayAway | null>(null);
  if (data.isPending) return <Loading label="Loading days away" />;
  if (data.error) return <LoadError what="days away" error={data.error} />;
  const { schedulingTrainers: trainers, trainerDaysAway: days } = data.data;
  const names = new Map(trainers.map((t) => [t.id, t.name]));
  return (
    <Box component="section" aria-label="Trainers’ days away" sx={{ my: 3 }}>
      <Typography variant="h6" component="h2">
        Trainers’ days away
      </Typography>
      <Typography variant="body2">Drafts of the term plan no session for a trainer on their days away.</Typography>
      {trainers.length === 0 ? (
        <Alert severity="info" sx={{ my: 2 }}>
          Nobody holds the trainer role yet. Give someone the role, then record their days away here.
        </Alert>
      ) : (
        <AddDaysAway trainers={trainers} run={run} />
      )}
      {error && <Alert severity="error">{error}</Alert>}
      {days.length === 0 ? (
        <Alert severity="info" sx={{ my: 2 }}>
          No days away recorded. Add leave or other commitments above before drafting the term.
        </Alert>
      ) : (
        <Table size="small" aria-label="Days away">
          <TableHead>
            <TableRow>
              <TableCell>Trainer</TableCell>
              <TableCell>When</TableCell>
              <TableCell>Reason</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {days.map((away) => (
              <TableRow key={away.id}>
                <TableCell>{names.get(away.trainerId) ?? 'A trainer'}</TableCell>
                <TableCell>{when(away)}</TableCell>
                <TableCell>{away.reason ?? ''}</TableCell>
                <TableCell>
                  <Button size="small" onClick={() => setRemoving(away)}>
                    Remove
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Confirm
        isOpen={removing !== null}
        title="Remove these days away?"
        content={
          removing
            ? `${names.get(removing.trainerId) ?? 'The trainer'} will count as available ${when(removing)} in drafts built from now on.`
            : ''
        }
        confirm="Remove"
        onConfirm={() => {
          const away = removing!;
          setRemoving(null);
          run(() => removeDayAway(away.id));
        }}
        onClose={() => setRemoving(null)}
      />
    </Box>
  );
};
