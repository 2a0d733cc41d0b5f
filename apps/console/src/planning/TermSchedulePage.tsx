import {
  Alert,
  Box,
  Button,
  Chip,
  LinearProgress,
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
import { Title } from 'react-admin';
import { LoadError, Loading } from '../training/ui';
import {
  createDraft,
  pinSession,
  publishDraft,
  removeSession,
  rerunDraft,
  setOnlineLink,
  useScheduleDrafts,
} from './api';
import { TrainerDaysAway } from './daysAway';
import { useRun } from './plan';
import type { DraftStatus, ScheduleDraft } from './types';
import { formatDate } from '../workforce/dates';

const SLOT_LABELS = { MORNING: 'Morning', AFTERNOON: 'Afternoon', DAY: 'All day' } as const;
const STATUS_LABELS: Record<DraftStatus, string> = {
  DRAFT: 'Waiting to start',
  RUNNING: 'Building',
  READY: 'Ready to publish',
  PUBLISHING: 'Publishing',
  PUBLISHED: 'Published',
  FAILED: 'Failed',
};
const PRIORITY_LABELS: Record<string, string> = { ESSENTIAL: 'Essential', DESIRABLE: 'Desirable' };

/** Runs an action, then reloads the drafts; a refusal is shown as the API words it. */
const useAction = () => useRun(['scheduleDrafts']);

const NewDraft = ({ run }: { run: (action: () => Promise<unknown>) => Promise<boolean> }) => {
  const [termStart, setStart] = useState('');
  const [termEnd, setEnd] = useState('');
  return (
    <Stack
      direction="row"
      spacing={2}
      component="form"
      aria-label="New draft"
      sx={{ my: 2 }}
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => createDraft(termStart, termEnd));
      }}
    >
      <TextField
        label="Term starts"
        type="date"
        value={termStart}
        onChange={(e) => setStart(e.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
        required
      />
      <TextField
        label="Term ends"
        type="date"
        value={termEnd}
        onChange={(e) => setEnd(e.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
        required
      />
      <Button type="submit" variant="contained">
        Draft the term
      </Button>
    </Stack>
  );
};

/**
 * Where online sessions meet: a link field saved on its own; publishing refuses an online session
 * with none. Keyed by the saved link, so it shows the new one once saved (the draft's reaching a session).
 */
const OnlineLink = ({
  label,
  value,
  disabled,
  save,
}: {
  label: string;
  value: string | null;
  disabled: boolean;
  save: (url: string) => void;
}) => {
  const [url, setUrl] = useState(value ?? '');
  return (
    <Stack
      direction="row"
      spacing={1}
      component="form"
      aria-label={label}
      sx={{ my: 1 }}
      onSubmit={(e) => {
        e.preventDefault();
        save(url);
      }}
    >
      <TextField
        size="small"
        type="url"
        label={label}
        value={url}
        disabled={disabled}
        onChange={(e) => setUrl(e.target.value)}
      />
      <Button type="submit" size="small" disabled={disabled}>
        Save link
      </Button>
    </Stack>
  );
};

const Draft = ({ draft, run }: { draft: ScheduleDraft; run: (action: () => Promise<unknown>) => Promise<boolean> }) => {
  const names = new Map(draft.names.map((n) => [n.id, n.name]));
  const name = (id: string | null) => (id ? (names.get(id) ?? id) : 'Online');
  const refusals = new Map(draft.publications.map((p) => [p.key, p.refusal]));
  const editable = draft.status === 'READY';
  const term = `${formatDate(draft.termStartsOn)} to ${formatDate(draft.termEndsOn)}`;
  return (
    <Box component="section" aria-label={`Draft ${term}`} sx={{ my: 3 }}>
      <Typography variant="h6">
        Term {term} <Chip size="small" label={STATUS_LABELS[draft.status]} />
      </Typography>
      {(draft.status === 'DRAFT' || draft.status === 'RUNNING') && (
        <LinearProgress variant="determinate" value={draft.progress} aria-label="Progress" />
      )}
      {draft.error && <Alert severity="error">{draft.error}</Alert>}
      {draft.notes.map((note) => (
        <Alert key={note} severity="info">
          {note}
        </Alert>
      ))}
      {draft.sessions.some((s) => !s.roomId) && (
        <OnlineLink
          key={draft.onlineUrl ?? ''}
          label="Online link for every online session"
          value={draft.onlineUrl}
          disabled={draft.status === 'PUBLISHED'}
          save={(url) => void run(() => setOnlineLink(draft.id, null, url))}
        />
      )}
      <Stack direction="row" spacing={2} sx={{ my: 1 }}>
        <Button disabled={!editable && draft.status !== 'FAILED'} onClick={() => void run(() => rerunDraft(draft.id))}>
          Re-run
        </Button>
        <Button variant="contained" disabled={!editable} onClick={() => void run(() => publishDraft(draft.id))}>
          Publish
        </Button>
      </Stack>
      <Table size="small" aria-label="Proposed sessions">
        <TableHead>
          <TableRow>
            <TableCell>Course</TableCell>
            <TableCell>Days</TableCell>
            <TableCell>Where</TableCell>
            <TableCell>Trainer</TableCell>
            <TableCell>People</TableCell>
            <TableCell>Why</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {draft.sessions.map((s) => (
            <TableRow key={s.key}>
              <TableCell>{name(s.courseId)}</TableCell>
              <TableCell>
                {s.days.map((day, i) => (
                  <span key={day}>
                    {i > 0 && ', '}
                    <time dateTime={day}>{formatDate(day)}</time>
                  </span>
                ))}{' '}
                ({SLOT_LABELS[s.slot]})
              </TableCell>
              <TableCell>
                {s.roomId ? (
                  `${name(s.roomId)}, ${name(s.siteId)}`
                ) : (
                  <OnlineLink
                    key={s.onlineUrl ?? ''}
                    label="Online link"
                    value={s.onlineUrl}
                    disabled={!editable}
                    save={(url) => void run(() => setOnlineLink(draft.id, s.key, url))}
                  />
                )}
              </TableCell>
              <TableCell>{name(s.trainerId)}</TableCell>
              <TableCell>
                {s.invitees.length} of {s.capacity}
              </TableCell>
              <TableCell>
                {s.explanation}
                {refusals.get(s.key) && <Alert severity="warning">{refusals.get(s.key)}</Alert>}
              </TableCell>
              <TableCell>
                {s.pinned ? (
                  <Chip size="small" label="Pinned" />
                ) : (
                  <Button size="small" disabled={!editable} onClick={() => void run(() => pinSession(draft.id, s.key))}>
                    Pin
                  </Button>
                )}
                <Button
                  size="small"
                  disabled={!editable}
                  onClick={() => void run(() => removeSession(draft.id, s.key))}
                >
                  Remove
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {draft.unmet.length > 0 && (
        <>
          <Typography variant="subtitle1" sx={{ mt: 2 }}>
            Not served ({draft.unmet.length})
          </Typography>
          <Table size="small" aria-label="Unmet demand">
            <TableHead>
              <TableRow>
                <TableCell>Person</TableCell>
                <TableCell>Course</TableCell>
                <TableCell>Priority</TableCell>
                <TableCell>Reason</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {draft.unmet.map((u) => (
                <TableRow key={`${u.personId}-${u.courseId}`}>
                  <TableCell>{name(u.personId)}</TableCell>
                  <TableCell>{name(u.courseId)}</TableCell>
                  <TableCell>
                    {PRIORITY_LABELS[u.priority] ?? u.priority}
                    {u.overdue ? ', overdue' : ''}
                  </TableCell>
                  <TableCell>{u.detail}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Box>
  );
};

/** Drafting the term's training across partners: ask, watch, pin or remove, re-run, publish. */
export const TermSchedulePage = () => {
  const drafts = useScheduleDrafts();
  const { error, run } = useAction();
  return (
    <Box sx={{ p: 2 }}>
      <Title title="Term schedule" />
      <TrainerDaysAway />
      <NewDraft run={run} />
      {error && <Alert severity="error">{error}</Alert>}
      {drafts.isPending ? (
        <Loading label="Loading drafts" />
      ) : drafts.error ? (
        <LoadError what="drafts" error={drafts.error} />
      ) : (
        drafts.data.map((draft) => <Draft key={draft.id} draft={draft} run={run} />)
      )}
    </Box>
  );
};
