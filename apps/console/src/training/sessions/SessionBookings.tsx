import { Button, MenuItem, TableCell, TablePagination, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { TextInput, maxLength, required } from 'react-admin';
import { formatDateTime } from '../../workforce/dates';
import { FormDialog, Section, ShowLink, usePermission } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { useBookings, waiveBookingCharge } from '../api';
import { BOOKING_STATUSES } from '../labels';
import type { Booking, BookingStatus, TrainingSession } from '../types';
import { BookingStatusChip, LoadError, Loading, LabelledTable, HiddenHeading } from '../ui';

const WAITING: BookingStatus[] = ['OFFERED', 'WAITLISTED'];

/** What else there is to know about a booking: a late cancellation, an override, a refusal. */
const notes = (booking: Booking) =>
  [
    booking.late && 'Cancelled late',
    booking.waiverReason && `Charge waived: ${booking.waiverReason}`,
    booking.overrideReason && `Limits overridden: ${booking.overrideReason}`,
    booking.declineReason && `Declined: ${booking.declineReason}`,
  ]
    .filter(Boolean)
    .join('. ');

const chargeable = (booking: Booking) => (booking.late || booking.status === 'NO_SHOW') && !booking.waiverReason;

const WaiveButton = ({ booking }: { booking: Booking }) => {
  const [open, setOpen] = useState(false);
  const waive = useAction(
    (_, { reason }: { reason: string }) => waiveBookingCharge(booking.id, reason),
    { success: () => `${booking.person.fullName}’s charge is waived.`, failure: 'The charge was not waived.' },
    () => setOpen(false),
  );
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} aria-label={`Waive ${booking.person.fullName}’s charge`}>
        Waive charge
      </Button>
      {open && (
        <FormDialog<{ reason: string }>
          open
          onClose={() => setOpen(false)}
          title={`Waive ${booking.person.fullName}’s charge`}
          description={<Typography>The organisation is not charged for this place. The reason is kept.</Typography>}
          saving={waive.isPending}
          submitLabel="Waive charge"
          onSubmit={(values) => waive.mutate(values)}
        >
          <TextInput source="reason" label="Reason" multiline minRows={2} validate={[required(), maxLength(2000)]} />
        </FormDialog>
      )}
    </>
  );
};

/** Everyone booked on the session in the user's reach, in order of arrival. */
const BookingsTable = ({ session }: { session: TrainingSession }) => {
  const canWaive = usePermission('booking.approve') === true;
  const [status, setStatus] = useState<BookingStatus | ''>('');
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(25);
  const bookings = useBookings({ sessionIds: [session.id], ...(status ? { statuses: [status] } : {}) }, page, perPage, {
    field: 'arrival',
    order: 'ASC',
  });
  return (
    <Section id="session-bookings-heading" title="Bookings">
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
        <LoadError what="The bookings" error={bookings.error} />
      ) : bookings.isPending ? (
        <Loading label="Loading the bookings" />
      ) : bookings.data.totalCount === 0 ? (
        <Typography color="text.secondary">
          {status ? 'No bookings with this status.' : 'Nobody has booked yet.'}
        </Typography>
      ) : (
        <>
          <LabelledTable
            labelledBy="session-bookings-heading"
            head={
              <>
                <TableCell>Person</TableCell>
                <TableCell>For</TableCell>
                <TableCell>Status</TableCell>
                <TableCell align="right">Arrival</TableCell>
                <TableCell>Booked</TableCell>
                <TableCell>Notes</TableCell>
                {canWaive && <HiddenHeading label="Actions" />}
              </>
            }
          >
            {bookings.data.nodes.map((booking) => (
              <TableRow key={booking.id}>
                <TableCell component="th" scope="row">
                  <ShowLink resource="Person" record={booking.person} text={(p) => p.fullName} />
                </TableCell>
                <TableCell>{booking.organisation.name}</TableCell>
                <TableCell>
                  <BookingStatusChip status={booking.status} />
                </TableCell>
                <TableCell align="right">{booking.arrival}</TableCell>
                <TableCell>{formatDateTime(booking.createdAt)}</TableCell>
                <TableCell sx={{ maxWidth: 320 }}>{notes(booking)}</TableCell>
                {canWaive && <TableCell>{chargeable(booking) && <WaiveButton booking={booking} />}</TableCell>}
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

/** Who is next for a freed place: offers open now, then the waitlist in arrival order. */
const Waitlist = ({ session }: { session: TrainingSession }) => {
  const waiting = useBookings({ sessionIds: [session.id], statuses: WAITING }, 1, 100, {
    field: 'arrival',
    order: 'ASC',
  });
  return (
    <Section id="session-waitlist-heading" title="Waitlist">
      {waiting.error ? (
        <LoadError what="The waitlist" error={waiting.error} />
      ) : waiting.isPending ? (
        <Loading label="Loading the waitlist" />
      ) : waiting.data.totalCount === 0 ? (
        <Typography color="text.secondary">Nobody is waiting for a place.</Typography>
      ) : (
        <LabelledTable
          labelledBy="session-waitlist-heading"
          head={
            <>
              <TableCell align="right">Position</TableCell>
              <TableCell>Person</TableCell>
              <TableCell>For</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Offer open until</TableCell>
            </>
          }
        >
          {waiting.data.nodes.map((booking, index) => (
            <TableRow key={booking.id}>
              <TableCell align="right">{index + 1}</TableCell>
              <TableCell component="th" scope="row">
                {booking.person.fullName}
              </TableCell>
              <TableCell>{booking.organisation.name}</TableCell>
              <TableCell>
                <BookingStatusChip status={booking.status} />
              </TableCell>
              <TableCell>{booking.offerExpiresAt ? formatDateTime(booking.offerExpiresAt) : ''}</TableCell>
            </TableRow>
          ))}
        </LabelledTable>
      )}
    </Section>
  );
};

export const SessionBookings = ({ session }: { session: TrainingSession }) => (
  <>
    <BookingsTable session={session} />
    {session.status === 'PUBLISHED' && <Waitlist session={session} />}
  </>
);
