import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  MenuItem,
  Stack,
  TableCell,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { Link, TextInput, Title, maxLength, required, useCreatePath } from 'react-admin';
import { formatDateTime } from '../../workforce/dates';
import { EmptyState, Facts, FormDialog, Section, Sections, ShowLink, usePermission } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { approveBooking, declineBooking, useApprovalInbox, useBookings } from '../api';
import { BOOKING_STATUSES, GUARD_LABELS, sessionWhen, venue } from '../labels';
import type { Booking, BookingStatus } from '../types';
import { BookingStatusChip, LoadError, Loading, LabelledTable } from '../ui';
import { ExternalTrainingReviews } from './ExternalTrainingReviews';

type Decision = { booking: Booking; kind: 'approve' | 'decline' };

const SessionLink = ({ booking }: { booking: Booking }) => {
  const createPath = useCreatePath();
  return (
    <Link to={createPath({ resource: 'TrainingSession', type: 'show', id: booking.session.id })}>
      {booking.session.course.title}
    </Link>
  );
};

const RequestCard = ({
  booking,
  onDecide,
  busy,
}: {
  booking: Booking;
  onDecide: (d: Decision) => void;
  busy: boolean;
}) => {
  const headingId = `request-${booking.id}`;
  const who = `${booking.person.fullName}’s request for ${booking.session.course.title}`;
  return (
    <Card component="article" variant="outlined" aria-labelledby={headingId}>
      <CardContent>
        <Typography id={headingId} component="h2" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
          <ShowLink resource="Person" record={booking.person} text={(p) => p.fullName} /> ·{' '}
          <SessionLink booking={booking} />
        </Typography>
        <Facts
          items={[
            ['When', sessionWhen(booking.session)],
            ['Where', venue(booking.session)],
            ['For', booking.organisation.name],
            ['Asked', formatDateTime(booking.createdAt)],
          ]}
        />
        {booking.guards.length > 0 && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            <Typography component="h3" variant="subtitle2">
              Over a limit: approving it needs your reason
            </Typography>
            {booking.guards.map((guard) => (
              <Typography key={guard} variant="body2">
                <strong>{GUARD_LABELS[guard].name}.</strong> {GUARD_LABELS[guard].explanation}
              </Typography>
            ))}
          </Alert>
        )}
        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
          <Button
            variant="contained"
            startIcon={<CheckIcon />}
            disabled={busy}
            onClick={() => onDecide({ booking, kind: 'approve' })}
            aria-label={`Approve ${who}`}
          >
            Approve
          </Button>
          <Button
            color="error"
            startIcon={<CloseIcon />}
            disabled={busy}
            onClick={() => onDecide({ booking, kind: 'decline' })}
            aria-label={`Decline ${who}`}
          >
            Decline
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
};

const Inbox = () => {
  const [page, setPage] = useState(1);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const inbox = useApprovalInbox(page, 10);
  const close = () => setDeciding(null);
  const approve = useAction(
    (_, { booking, reason }: { booking: Booking; reason: string | null }) => approveBooking(booking.id, reason),
    {
      success: (result, { booking }) =>
        `${booking.person.fullName}’s request is approved: ${result.status === 'CONFIRMED' ? 'their place is confirmed' : 'the session is full, so they are on the waitlist'}.`,
      failure: 'The request was not approved.',
    },
    close,
  );
  const decline = useAction(
    (_, { booking, reason }: { booking: Booking; reason: string }) => declineBooking(booking.id, reason),
    {
      success: (_, { booking }) => `${booking.person.fullName}’s request is declined.`,
      failure: 'The request was not declined.',
    },
    close,
  );
  // Deciding the last request on a later page leaves that page empty.
  useEffect(() => {
    if (inbox.data && inbox.data.nodes.length === 0 && page > 1) setPage(page - 1);
  }, [inbox.data, page]);

  const onDecide = (decision: Decision) =>
    decision.kind === 'approve' && decision.booking.guards.length === 0
      ? approve.mutate({ booking: decision.booking, reason: null })
      : setDeciding(decision);

  if (inbox.error) return <LoadError what="Your approvals" error={inbox.error} />;
  if (inbox.isPending) return <Loading label="Loading your approvals" />;
  return (
    <Section id="approvals-heading" title="Waiting for your approval">
      {inbox.data.totalCount === 0 ? (
        <EmptyState
          title="Nothing waiting for approval"
          text="When someone you manage books training, their request comes here for you to approve or decline."
        />
      ) : (
        <Stack spacing={2}>
          <Typography>
            {inbox.data.totalCount === 1 ? '1 request is' : `${inbox.data.totalCount} requests are`} waiting, oldest
            first. A request not decided by the session’s registration close expires.
          </Typography>
          {inbox.data.nodes.map((booking) => (
            <RequestCard
              key={booking.id}
              booking={booking}
              onDecide={onDecide}
              busy={approve.isPending || decline.isPending}
            />
          ))}
          {inbox.data.totalCount > 10 && (
            <TablePagination
              component="div"
              count={inbox.data.totalCount}
              page={page - 1}
              rowsPerPage={10}
              rowsPerPageOptions={[]}
              onPageChange={(_, next) => setPage(next + 1)}
            />
          )}
        </Stack>
      )}
      {deciding?.kind === 'approve' && (
        <FormDialog<{ reason: string }>
          open
          onClose={close}
          title={`Approve ${deciding.booking.person.fullName}’s request`}
          description={
            <Typography>
              This booking goes over the{' '}
              {deciding.booking.guards.map((g) => GUARD_LABELS[g].name.toLowerCase()).join(' and ')} limit. Say why it
              should go ahead; your reason is kept with the booking.
            </Typography>
          }
          saving={approve.isPending}
          submitLabel="Approve"
          onSubmit={({ reason }) => approve.mutate({ booking: deciding.booking, reason })}
        >
          <TextInput
            source="reason"
            label="Reason to override"
            multiline
            minRows={2}
            validate={[required('Give a reason to override the limit.'), maxLength(2000)]}
          />
        </FormDialog>
      )}
      {deciding?.kind === 'decline' && (
        <FormDialog<{ reason: string }>
          open
          onClose={close}
          title={`Decline ${deciding.booking.person.fullName}’s request`}
          description={<Typography>{deciding.booking.person.fullName} is told your reason.</Typography>}
          saving={decline.isPending}
          submitLabel="Decline"
          onSubmit={({ reason }) => decline.mutate({ booking: deciding.booking, reason })}
        >
          <TextInput
            source="reason"
            label="Reason"
            multiline
            minRows={2}
            validate={[required('Say why: they are told.'), maxLength(2000)]}
          />
        </FormDialog>
      )}
    </Section>
  );
};

/** The bookings of the people the manager reaches (their team; everyone's for a lead). */
const TeamBookings = () => {
  const [status, setStatus] = useState<BookingStatus | ''>('');
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(25);
  const bookings = useBookings(status ? { statuses: [status] } : {}, page, perPage, {
    field: 'createdAt',
    order: 'DESC',
  });
  return (
    <Section id="team-bookings-heading" title="Team bookings">
      <TextField
        select
        size="small"
        label="Status"
        value={status}
        onChange={(event) => {
          setStatus(event.target.value as BookingStatus | '');
          setPage(1);
        }}
        fullWidth={false}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        sx={{ width: 260, mb: 1 }}
      >
        <MenuItem value="">Any status</MenuItem>
        {BOOKING_STATUSES.map((choice) => (
          <MenuItem key={choice.id} value={choice.id}>
            {choice.name}
          </MenuItem>
        ))}
      </TextField>
      {bookings.error ? (
        <LoadError what="Your team’s bookings" error={bookings.error} />
      ) : bookings.isPending ? (
        <Loading label="Loading your team’s bookings" />
      ) : bookings.data.totalCount === 0 ? (
        <Typography color="text.secondary">No bookings{status ? ' with this status' : ' yet'}.</Typography>
      ) : (
        <>
          <LabelledTable
            labelledBy="team-bookings-heading"
            head={
              <>
                <TableCell>Person</TableCell>
                <TableCell>Course</TableCell>
                <TableCell>When</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>Booked</TableCell>
              </>
            }
          >
            {bookings.data.nodes.map((booking) => (
              <TableRow key={booking.id}>
                <TableCell component="th" scope="row">
                  {booking.person.fullName}
                </TableCell>
                <TableCell>
                  <SessionLink booking={booking} />
                </TableCell>
                <TableCell>{sessionWhen(booking.session)}</TableCell>
                <TableCell>
                  <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
                    <BookingStatusChip status={booking.status} />
                    {booking.late && <Chip size="small" label="Late" variant="outlined" />}
                  </Box>
                </TableCell>
                <TableCell>{formatDateTime(booking.createdAt)}</TableCell>
              </TableRow>
            ))}
          </LabelledTable>
          {bookings.data.totalCount > 25 && (
            <TablePagination
              component="div"
              count={bookings.data.totalCount}
              page={page - 1}
              rowsPerPage={perPage}
              rowsPerPageOptions={[25, 50, 100]}
              onPageChange={(_, next) => setPage(next + 1)}
              onRowsPerPageChange={(event) => {
                setPerPage(Number(event.target.value));
                setPage(1);
              }}
            />
          )}
        </>
      )}
    </Section>
  );
};

/**
 * Booking requests for a manager to decide, with the guards they override; training done elsewhere
 * to validate; and the team's bookings.
 */
export const ApprovalsPage = () => {
  const canApprove = usePermission('booking.approve');
  const canValidate = usePermission('record.validate');
  return (
    <Sections>
      <Title title="Training approvals" />
      {canApprove === false ? (
        <Alert severity="info">Training approvals are for managers, volunteer coordinators and workforce leads.</Alert>
      ) : (
        canApprove && (
          <>
            <Inbox />
            {canValidate && <ExternalTrainingReviews />}
            <TeamBookings />
          </>
        )
      )}
    </Sections>
  );
};
