import {
  Button,
  Chip,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
} from '@mui/material';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useNotify } from 'react-admin';
import { formatDateTime } from '../workforce/dates';
import { EmptyState, Section, Sections, usePermission } from '../workforce/ui';
import { ERROR_NOTIFICATION } from '../workforce/useAction';
import { LoadError, Loading } from '../training/ui';
import { type Message, type NotificationStatus, notifications, retryNotification } from './api';

const STATUSES: NotificationStatus[] = ['FAILED', 'PENDING', 'QUEUED', 'SENT', 'SKIPPED'];
const STATUS_COLOURS: Record<NotificationStatus, 'error' | 'default' | 'success' | 'warning'> = {
  FAILED: 'error',
  PENDING: 'warning',
  QUEUED: 'warning',
  SENT: 'success',
  SKIPPED: 'default',
};

export const MessageStatusChip = ({ status }: { status: NotificationStatus }) => (
  <Chip size="small" color={STATUS_COLOURS[status]} label={status.charAt(0) + status.slice(1).toLowerCase()} />
);

const RetryMessage = ({ message }: { message: Message }) => {
  const notify = useNotify();
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: () => retryNotification(message.id),
    onSuccess: () => {
      notify(`The message to ${message.recipientEmail} is queued to send again.`, { type: 'success' });
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
    },
    onError: (error: Error) => notify(`The message was not retried. ${error.message}`, ERROR_NOTIFICATION),
  });
  return (
    <Button size="small" variant="outlined" disabled={retry.isPending} onClick={() => retry.mutate()}>
      Retry
      <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden' }}>
        {' '}
        to {message.recipientEmail}
      </span>
    </Button>
  );
};

/** The partnership's outbox: what was sent, what is waiting, and what failed with its error. */
export const MessagesPage = () => {
  const canRetry = usePermission('notification.retry');
  const [status, setStatus] = useState<NotificationStatus | ''>('');
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const list = useQuery({
    queryKey: ['notifications', status, page, perPage],
    queryFn: () => notifications(status ? [status] : null, page + 1, perPage),
    placeholderData: keepPreviousData,
  });
  return (
    <Sections>
      <Title title="Messages" />
      <Section
        id="messages"
        title="Messages"
        actions={
          <TextField
            select
            size="small"
            label="Status"
            value={status}
            onChange={(event) => {
              setStatus(event.target.value as NotificationStatus | '');
              setPage(0);
            }}
            sx={{ minWidth: 160 }}
          >
            <MenuItem value="">All</MenuItem>
            {STATUSES.map((s) => (
              <MenuItem key={s} value={s}>
                {s.charAt(0) + s.slice(1).toLowerCase()}
              </MenuItem>
            ))}
          </TextField>
        }
      >
        {list.isPending ? (
          <Loading label="Loading messages" />
        ) : list.error ? (
          <LoadError what="Messages" error={list.error} />
        ) : list.data.totalCount === 0 ? (
          <EmptyState title="No messages" text="Nothing has been sent with these settings yet." />
        ) : (
          <TableContainer>
            <Table size="small" aria-labelledby="messages">
              <TableHead>
                <TableRow>
                  <TableCell>To</TableCell>
                  <TableCell>Message</TableCell>
                  <TableCell>Status</TableCell>
                  <TableCell>Tries</TableCell>
                  <TableCell>Written</TableCell>
                  <TableCell>Error</TableCell>
                  {canRetry && <TableCell>Actions</TableCell>}
                </TableRow>
              </TableHead>
              <TableBody>
                {list.data.nodes.map((message) => (
                  <TableRow key={message.id}>
                    <TableCell>{message.recipientEmail}</TableCell>
                    <TableCell>{message.subject ?? message.type}</TableCell>
                    <TableCell>
                      <MessageStatusChip status={message.status} />
                    </TableCell>
                    <TableCell>{message.attempts}</TableCell>
                    <TableCell>{formatDateTime(message.createdAt)}</TableCell>
                    <TableCell sx={{ maxWidth: 360, wordBreak: 'break-word' }}>{message.lastError ?? ''}</TableCell>
                    {canRetry && (
                      <TableCell>{message.status === 'FAILED' && <RetryMessage message={message} />}</TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <TablePagination
              component="div"
              count={list.data.totalCount}
              page={page}
              rowsPerPage={perPage}
              onPageChange={(_, next) => setPage(next)}
              onRowsPerPageChange={(event) => {
                setPerPage(Number(event.target.value));
                setPage(0);
              }}
            />
          </TableContainer>
        )}
      </Section>
    </Sections>
  );
};
