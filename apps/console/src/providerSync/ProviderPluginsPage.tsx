import ReplayIcon from '@mui/icons-material/Replay';
import SyncIcon from '@mui/icons-material/Sync';
import {
  Alert,
  Box,
  Button,
  Chip,
  Collapse,
  IconButton,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from '@mui/material';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { Title } from 'react-admin';
import { formatDateTime } from '../workforce/dates';
import { EmptyState, Section, Sections, usePermission } from '../workforce/ui';
import { LoadError, Loading } from '../training/ui';
import {
  type BookingPush,
  type ProviderPlugin,
  retryPush,
  type SyncRun,
  syncNow,
  useFailedPushes,
  useLines,
  usePlugins,
  useRuns,
} from './api';
import { SYNC_STATUS_COLOURS, SYNC_STATUS_LABELS } from './labels';

/** What "sync now" pulls; an instance that only takes bookings has nothing to sync. */
const PULLED = ['catalogue', 'sessions', 'completions'];

const StatusChip = ({ run }: { run: SyncRun }) => (
  <Chip size="small" color={SYNC_STATUS_COLOURS[run.status]} label={SYNC_STATUS_LABELS[run.status]} />
);

const counts = (run: SyncRun) =>
  `${run.created} created, ${run.updated} updated, ${run.unchanged} unchanged, ${run.unmatched} unmatched`;

/** Queues a run of everything the plugin pulls; the page refreshes until it has finished. */
const SyncNowButton = ({ plugin }: { plugin: ProviderPlugin }) => {
  const queryClient = useQueryClient();
  const sync = useMutation({
    mutationFn: () => syncNow(plugin.id),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  return (
    <Box>
      <Button
        size="small"
        variant="outlined"
        startIcon={<SyncIcon />}
        disabled={sync.isPending}
        onClick={() => sync.mutate()}
        aria-label={`Sync ${plugin.id} now`}
      >
        Sync now
      </Button>
      {sync.error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {sync.error.message}
        </Alert>
      )}
    </Box>
  );
};

const Plugins = () => {
  const plugins = usePlugins();
  const canSync = usePermission('plugin.sync');
  if (plugins.isPending) return <Loading label="Loading provider plugins" />;
  if (plugins.error) return <LoadError what="The provider plugins" error={plugins.error} />;
  if (!plugins.data.nodes.length) {
    return (
      <EmptyState
        title="No provider plugins"
        text="Plugins are enabled in the partnership's configuration file (config/partnerships), under plugins:."
      />
    );
  }
  return (
    <TableContainer>
      <Table size="small" aria-label="Provider plugins">
        <TableHead>
          <TableRow>
            <TableCell>Provider</TableCell>
            <TableCell>Plugin</TableCell>
            <TableCell>Brings in</TableCell>
            <TableCell>Last run</TableCell>
            {canSync && <TableCell>Actions</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {plugins.data.nodes.map((plugin) => (
            <TableRow key={plugin.id}>
              <TableCell>
                <Typography variant="body2">{plugin.provider}</Typography>
                <Typography variant="caption" color="text.secondary">
                  {plugin.id}
                </Typography>
              </TableCell>
              <TableCell>{plugin.displayName}</TableCell>
              <TableCell>
                {plugin.capabilities.join(', ')}
                {plugin.schedules.map((s) => (
                  <Typography key={s.capability} variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    {s.capability}: cron {s.cron} (UTC)
                  </Typography>
                ))}
              </TableCell>
              <TableCell>
                {plugin.lastRun ? (
                  <>
                    <StatusChip run={plugin.lastRun} />{' '}
                    <Typography variant="caption">{formatDateTime(plugin.lastRun.createdAt)}</Typography>
                  </>
                ) : (
                  'Never run'
                )}
              </TableCell>
              {canSync && (
                <TableCell>
                  {plugin.capabilities.some((c) => PULLED.includes(c)) && <SyncNowButton plugin={plugin} />}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};

const RunLog = ({ runId }: { runId: string }) => {
  const lines = useLines(runId);
  if (lines.isPending) return <Loading label="Loading the run's log" />;
  if (lines.error) return <LoadError what="The run's log" error={lines.error} />;
  return (
    <Table size="small" aria-label="Run log">
      <TableBody>
        {lines.data.nodes.map((line) => (
          <TableRow key={line.id}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(line.at)}</TableCell>
            <TableCell>
              <Chip
                size="small"
                variant="outlined"
                label={line.level}
                color={line.level === 'ERROR' ? 'error' : line.level === 'WARN' ? 'warning' : 'default'}
              />
            </TableCell>
            <TableCell>{line.record ?? ''}</TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>{line.message}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const Runs = () => {
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(10);
  const [open, setOpen] = useState<string | null>(null);
  const runs = useRuns(page, perPage);
  if (runs.isPending) return <Loading label="Loading sync runs" />;
  if (runs.error) return <LoadError what="The sync runs" error={runs.error} />;
  if (!runs.data.totalCount) {
    return <EmptyState title="No runs yet" text="Runs appear here when a schedule is due or you press Sync now." />;
  }
  return (
    <>
      <TableContainer>
        <Table size="small" aria-label="Sync runs">
          <TableHead>
            <TableRow>
              <TableCell />
              <TableCell>Plugin</TableCell>
              <TableCell>Brings in</TableCell>
              <TableCell>Started by</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Records</TableCell>
              <TableCell>Queued</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {runs.data.nodes.map((run) => (
              <Fragment key={run.id}>
                <TableRow>
                  <TableCell padding="checkbox">
                    <IconButton
                      size="small"
                      aria-label={open === run.id ? 'Hide the log' : 'Show the log'}
                      aria-expanded={open === run.id}
                      onClick={() => setOpen(open === run.id ? null : run.id)}
                    >
                      {open === run.id ? <ExpandLessIcon /> : <ExpandMoreIcon />}
                    </IconButton>
                  </TableCell>
                  <TableCell>{run.instance}</TableCell>
                  <TableCell>{run.capability}</TableCell>
                  <TableCell>{run.trigger === 'MANUAL' ? 'Sync now' : 'Schedule'}</TableCell>
                  <TableCell>
                    <StatusChip run={run} />
                    {run.message && (
                      <Typography variant="caption" sx={{ display: 'block', maxWidth: 420, wordBreak: 'break-word' }}>
                        {run.message}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    {counts(run)}
                    {run.errors > 0 && ` · ${run.errors} errors`}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(run.createdAt)}</TableCell>
                </TableRow>
                <TableRow>
                  <TableCell colSpan={7} sx={{ p: 0, border: open === run.id ? undefined : 0 }}>
                    <Collapse in={open === run.id} unmountOnExit>
                      <Box sx={{ p: 1 }}>
                        <RunLog runId={run.id} />
                      </Box>
                    </Collapse>
                  </TableCell>
                </TableRow>
              </Fragment>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={runs.data.totalCount}
        page={page - 1}
        rowsPerPage={perPage}
        rowsPerPageOptions={[10, 25, 50]}
        onPageChange={(_, p) => setPage(p + 1)}
        onRowsPerPageChange={(e) => {
          setPerPage(Number(e.target.value));
          setPage(1);
        }}
      />
    </>
  );
};

/** Queues the push again; it leaves the list once the worker has taken it. */
const RetryPushButton = ({ push }: { push: BookingPush }) => {
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: () => retryPush(push),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['failedBookingPushes'] }),
  });
  return (
    <Box>
      <Button
        size="small"
        variant="outlined"
        startIcon={<ReplayIcon />}
        disabled={retry.isPending}
        onClick={() => retry.mutate()}
        aria-label={`Retry the ${push.action === 'BOOK' ? 'booking' : 'cancellation'} for ${push.learnerName}`}
      >
        Retry
      </Button>
      {retry.error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {retry.error.message}
        </Alert>
      )}
    </Box>
  );
};

/** Bookings and cancellations a provider refused or did not answer: the booking in Kindred stands. */
const FailedPushes = () => {
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(10);
  const pushes = useFailedPushes(page, perPage);
  const canSync = usePermission('plugin.sync');
  if (pushes.isPending) return <Loading label="Loading failed booking pushes" />;
  if (pushes.error) return <LoadError what="The failed booking pushes" error={pushes.error} />;
  if (!pushes.data.totalCount) {
    return (
      <EmptyState
        title="No failed pushes"
        text="Bookings on providers' own sessions are sent to the providers that take them; any they refuse show here."
      />
    );
  }
  return (
    <>
      <TableContainer>
        <Table size="small" aria-label="Failed booking pushes">
          <TableHead>
            <TableRow>
              <TableCell>Provider</TableCell>
              <TableCell>Learner</TableCell>
              <TableCell>What</TableCell>
              <TableCell>Error</TableCell>
              <TableCell>Booked</TableCell>
              {canSync && <TableCell>Actions</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {pushes.data.nodes.map((push) => (
              <TableRow key={push.id}>
                <TableCell>
                  <Typography variant="body2">{push.provider}</Typography>
                  <Typography variant="caption" color="text.secondary">
                    session {push.sessionExternalId}
                  </Typography>
                </TableCell>
                <TableCell>{push.learnerName}</TableCell>
                <TableCell>
                  {push.action === 'BOOK' ? 'Booking' : 'Cancellation'}
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    {push.attempts} {push.attempts === 1 ? 'try' : 'tries'}
                  </Typography>
                </TableCell>
                <TableCell sx={{ maxWidth: 420, wordBreak: 'break-word' }}>{push.message}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(push.createdAt)}</TableCell>
                {canSync && (
                  <TableCell>
                    <RetryPushButton push={push} />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={pushes.data.totalCount}
        page={page - 1}
        rowsPerPage={perPage}
        rowsPerPageOptions={[10, 25, 50]}
        onPageChange={(_, p) => setPage(p + 1)}
        onRowsPerPageChange={(e) => {
          setPerPage(Number(e.target.value));
          setPage(1);
        }}
      />
    </>
  );
};

/** Providers' plugins, "sync now", every run with its log, and bookings providers did not take. */
export const ProviderPluginsPage = () => (
  <Box sx={{ py: 2 }}>
    <Title title="Provider plugins" />
    <Sections>
      <Section id="provider-plugins" title="Provider plugins">
        <Plugins />
      </Section>
      <Section id="sync-runs" title="Sync runs">
        <Runs />
      </Section>
      <Section id="failed-booking-pushes" title="Failed booking pushes">
        <FailedPushes />
      </Section>
    </Sections>
  </Box>
);
