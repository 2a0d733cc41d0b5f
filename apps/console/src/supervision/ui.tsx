import {
  Alert,
  Box,
  Button,
  Chip,
  List,
  ListItem,
  ListItemText,
  Stack,
  TableCell,
  TablePagination,
  TableRow,
  Typography,
  type ChipProps,
} from '@mui/material';
import { formatDate, formatDateTime } from '../workforce/dates';
import { Facts } from '../workforce/ui';
import { LoadError, Loading } from '../training/ui';
import { useSessionContent } from './api';
import { DUE_LABELS, GIBBS_STAGES, STATUS_LABELS } from './labels';
import type { DueState, SessionRow } from './types';

const DUE_COLOURS: Record<DueState, ChipProps['color']> = { ON_TRACK: 'success', DUE: 'warning', OVERDUE: 'error' };
const STATUS_COLOURS: Partial<Record<SessionRow['status'], ChipProps['color']>> = {
  SIGNED_OFF: 'success',
  RECORDED: 'info',
  CANCELLED: 'default',
  MISSED: 'error',
};

export const DueChip = ({ state }: { state: DueState }) => (
  <Chip size="small" variant="outlined" color={DUE_COLOURS[state]} label={DUE_LABELS[state]} />
);

export const SessionStatusChip = ({ status }: { status: SessionRow['status'] }) => (
  <Chip size="small" variant="outlined" color={STATUS_COLOURS[status] ?? 'default'} label={STATUS_LABELS[status]} />
);

const Paragraphs = ({ text }: { text: string | null }) =>
  text ? <Typography sx={{ whiteSpace: 'pre-wrap' }}>{text}</Typography> : null;

/**
 * A session's written record, fetched when shown: each fetch is one audited read, so the record
 * stays closed until someone asks to read it.
 */
export const SessionRecord = ({ sessionId }: { sessionId: string }) => {
  const content = useSessionContent(sessionId);
  if (content.error) return <LoadError what="The record" error={content.error} />;
  if (content.isPending) return <Loading label="Opening the record" />;
  const c = content.data;
  return (
    <Stack spacing={2} sx={{ py: 1 }} role="region" aria-label="Session record">
      <Alert severity="info" variant="outlined">
        Confidential but not secret: every read of this record is logged.
      </Alert>
      <Facts
        items={[
          ['Agenda', <Paragraphs key="a" text={c.agenda} />],
          ['Discussion', <Paragraphs key="d" text={c.discussionNotes} />],
          ['Reflections', <Paragraphs key="r" text={c.reflections} />],
          ['Wellbeing note', <Paragraphs key="w" text={c.wellbeingNote} />],
          ['Supervisee’s comment', <Paragraphs key="c" text={c.superviseeComment} />],
          ['Learning needs', c.learningNeeds.map((n) => n.name).join(', ') || null],
          ...(c.statusReason ? ([['Reason', c.statusReason]] as [string, string][]) : []),
        ]}
      />
      {c.gibbs && (
        <Box>
          <Typography component="h3" variant="subtitle2">
            Gibbs reflective cycle
          </Typography>
          <Facts items={GIBBS_STAGES.map((s) => [s.name, c.gibbs?.[s.id] ?? null])} />
        </Box>
      )}
      <Box>
        <Typography component="h3" variant="subtitle2">
          Actions agreed
        </Typography>
        {c.actions.length === 0 ? (
          <Typography color="text.secondary">None.</Typography>
        ) : (
          <List dense aria-label="Actions agreed">
            {c.actions.map((a) => (
              <ListItem key={a.id} disableGutters>
                <ListItemText
                  primary={a.description}
                  secondary={`${a.owner.fullName} · due ${formatDate(a.dueDate)} · ${a.status.toLowerCase()}${
                    a.timesCarriedForward ? ` · carried forward ${a.timesCarriedForward}×` : ''
                  }${a.overdue ? ' · overdue' : ''}`}
                />
              </ListItem>
            ))}
          </List>
        )}
      </Box>
      {c.addenda.length > 0 && (
        <Box>
          <Typography component="h3" variant="subtitle2">
            Addenda
          </Typography>
          <List dense aria-label="Addenda">
            {c.addenda.map((a) => (
              <ListItem key={a.id} disableGutters>
                <ListItemText primary={a.text} secondary={`${a.author.fullName}, ${formatDateTime(a.createdAt)}`} />
              </ListItem>
            ))}
          </List>
        </Box>
      )}
    </Stack>
  );
};

/** Opens and closes a session's record under its row (one audited read each time it opens). */
export const RecordToggle = ({ open, onToggle }: { open: boolean; onToggle: () => void }) => (
  <Button onClick={onToggle} aria-expanded={open}>
    {open ? 'Close record' : 'Read record'}
  </Button>
);

/** The row under a session's row that holds its record while it is open. */
export const SessionRecordRow = ({ sessionId, colSpan }: { sessionId: string; colSpan: number }) => (
  <TableRow>
    <TableCell colSpan={colSpan}>
      <SessionRecord sessionId={sessionId} />
    </TableCell>
  </TableRow>
);

/** Ten sessions a page; `page` counts from 1, as the API's does. */
export const SessionPages = ({
  count,
  page,
  onPage,
}: {
  count: number;
  page: number;
  onPage: (page: number) => void;
}) => (
  <TablePagination
    component="div"
    count={count}
    page={page - 1}
    rowsPerPage={10}
    rowsPerPageOptions={[10]}
    onPageChange={(_, p) => onPage(p + 1)}
  />
);
