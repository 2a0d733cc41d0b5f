import { Box, Button, Stack, TableCell, TablePagination, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, Link, useCreatePath } from 'react-admin';
import { formatDateTime } from '../../workforce/dates';
import { EmptyState, Section, useIsSmall } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { acceptOffer, cancelBooking, useMyBookings } from '../api';
import { LIVE_BOOKING, sessionWhen, venue } from '../labels';
import type { Booking } from '../types';
import { BookingStatusChip, LoadError, Loading, LabelledTable, HiddenHeading } from '../ui';

const offerOpen = (booking: Booking) =>
  booking.status === 'OFFERED' && (!booking.offerExpiresAt || new Date(booking.offerExpiresAt) > new Date());

/** Accept an offered place (before it runs out), or cancel a live booking. */
const BookingActions = ({ booking, onCancel }: { booking: Booking; onCancel: () => void }) => {
  const title = booking.session.course.title;
  const accept = useAction((_, target: Booking) => acceptOffer(target.id), {
    success: () => `Your place on ${title} is confirmed.`,
    failure: 'The place was not accepted.',
  });
  const started = new Date(booking.session.startsAt) <= new Date();
  return (
    <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
      {offerOpen(booking) && (
        <Button
          size="small"
          variant="contained"
          disabled={accept.isPending}
          onClick={() => accept.mutate(booking)}
          aria-label={`Accept the place on ${title}`}
        >
          Accept place
        </Button>
      )}
      {LIVE_BOOKING.includes(booking.status) && !started && (
        <Button size="small" color="error" onClick={onCancel} aria-label={`Cancel your booking on ${title}`}>
          Cancel
        </Button>
      )}
    </Stack>
  );
};

/** What the learner should know about a booking's state: an offer's deadline, a refusal. */
const detail = (booking: Booking) => {
  if (booking.status === 'OFFERED' && booking.offerExpiresAt) {
    return offerOpen(booking)
      ? `Accept by ${formatDateTime(booking.offerExpiresAt)}, or it passes to the next person.`
      : 'The offer has run out.';
  }
  if (booking.status === 'DECLINED' && booking.declineReason) return `Declined: ${booking.declineReason}`;
  if (booking.status === 'CANCELLED' && booking.late) return 'Cancelled after the cut-off.';
  return '';
};

/** The learner's bookings, newest first: cancel them, or accept an offered place. */
export const MyBookings = () => {
  const isSmall = useIsSmall();
  const createPath = useCreatePath();
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(10);
  const [cancelling, setCancelling] = useState<Booking | null>(null);
  const bookings = useMyBookings({}, page, perPage);
  const cancel = useAction(
    (_, target: Booking) => cancelBooking(target.id),
    {
      success: (result, target) =>
        result.late
          ? `Your booking on ${target.session.course.title} is cancelled. It was after the cut-off, so it counts as late.`
          : `Your booking on ${target.session.course.title} is cancelled.`,
      failure: 'The booking was not cancelled.',
    },
    () => setCancelling(null),
  );
  const late =
    cancelling?.status === 'CONFIRMED' &&
    Boolean(cancelling.session.cancellationCutoffAt) &&
    new Date(cancelling.session.cancellationCutoffAt!) < new Date();
  const link = (booking: Booking) => (
    <Link
      to={createPath({ resource: 'TrainingSession', type: 'show', id: booking.session.id })}
      sx={{ fontWeight: 500 }}
    >
      {booking.session.course.title}
    </Link>
  );
  return (
    <Section id="my-bookings-heading" title="My bookings">
      {bookings.error ? (
        <LoadError what="Your bookings" error={bookings.error} />
      ) : bookings.isPending ? (
        <Loading label="Loading your bookings" />
      ) : bookings.data.totalCount === 0 ? (
        <EmptyState title="No bookings yet" text="Find a session in Find training and book it: it appears here." />
      ) : (
        <>
          {isSmall ? (
            <Box component="ul" aria-labelledby="my-bookings-heading" sx={{ listStyle: 'none', p: 0, m: 0 }}>
              {bookings.data.nodes.map((booking) => (
                <Box component="li" key={booking.id} sx={{ py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
                  {link(booking)}
                  <Typography variant="body2">
                    {sessionWhen(booking.session)}, {venue(booking.session)}
                  </Typography>
                  <BookingStatusChip status={booking.status} />
                  <Typography variant="body2" color="text.secondary">
                    {detail(booking)}
                  </Typography>
                  <BookingActions booking={booking} onCancel={() => setCancelling(booking)} />
                </Box>
              ))}
            </Box>
          ) : (
            <LabelledTable
              labelledBy="my-bookings-heading"
              head={
                <>
                  <TableCell>Course</TableCell>
                  <TableCell>When</TableCell>
                  <TableCell>Where</TableCell>
                  <TableCell>Status</TableCell>
                  <HiddenHeading label="Actions" />
                </>
              }
            >
              {bookings.data.nodes.map((booking) => (
                <TableRow key={booking.id}>
                  <TableCell component="th" scope="row">
                    {link(booking)}
                  </TableCell>
                  <TableCell>{sessionWhen(booking.session)}</TableCell>
                  <TableCell>{venue(booking.session)}</TableCell>
                  <TableCell>
                    <BookingStatusChip status={booking.status} />
                    <Typography variant="body2" color="text.secondary">
                      {detail(booking)}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <BookingActions booking={booking} onCancel={() => setCancelling(booking)} />
                  </TableCell>
                </TableRow>
              ))}
            </LabelledTable>
          )}
          {bookings.data.totalCount > 10 && (
            <TablePagination
              component="div"
              count={bookings.data.totalCount}
              page={page - 1}
              rowsPerPage={perPage}
              rowsPerPageOptions={[10, 25, 50]}
              onPageChange={(_, next) => setPage(next + 1)}
              onRowsPerPageChange={(event) => {
                setPerPage(Number(event.target.value));
                setPage(1);
              }}
            />
          )}
        </>
      )}
      <Confirm
        isOpen={cancelling !== null}
        loading={cancel.isPending}
        title={`Cancel your booking on ${cancelling?.session.course.title ?? ''}?`}
        content={
          late
            ? 'The cancellation cut-off has passed, so this counts as a late cancellation and your organisation may be charged. Your place goes to the next person waiting.'
            : 'Your place (or request) is withdrawn, and a place you hold goes to the next person waiting.'
        }
        confirm="Cancel booking"
        cancel="Keep booking"
        onConfirm={() => cancelling && cancel.mutate(cancelling)}
        onClose={() => setCancelling(null)}
      />
    </Section>
  );
};
