import EventAvailableIcon from '@mui/icons-material/EventAvailableOutlined';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  Typography,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useIsSmall } from '../../workforce/ui';
import { bookSession } from '../api';
import { sessionWhen, venue } from '../labels';
import type { BookingOutcome, BookingStatus, SessionSummary } from '../types';

/** What the learner's booking came to, in words they can act on. */
const OUTCOME_TEXT: Partial<Record<BookingStatus, { title: string; text: string }>> = {
  CONFIRMED: {
    title: 'Your place is confirmed',
    text: 'It is in My training, where you can cancel it if you need to.',
  },
  WAITLISTED: {
    title: 'You are on the waitlist',
    text: 'The session is full. If a place frees up it is offered to you, and you accept it in My training before the offer runs out.',
  },
  PENDING_APPROVAL: {
    title: 'Your request is waiting for approval',
    text: 'Your manager is asked to approve it. You can follow it in My training.',
  },
};

type Bookable = SessionSummary & { course?: { title: string } };

/**
 * "Book" on a session for the signed-in learner: says what they are booking, books it, then shows
 * the result (confirmed, waitlisted or waiting for approval) and any warnings the API gives.
 */
export const BookButton = ({ session, courseTitle }: { session: Bookable; courseTitle: string }) => {
  const titleId = useId();
  const isSmall = useIsSmall();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const book = useMutation({ mutationFn: () => bookSession({ sessionId: session.id }) });
  const full = session.places ? session.places.free === 0 : false;
  // Lists are refreshed once the outcome is read: refreshed before, this button would give way
  // to the booking's status and take the outcome with it.
  const close = () => {
    setOpen(false);
    if (book.data) void queryClient.invalidateQueries();
    book.reset();
  };
  const outcome: BookingOutcome | undefined = book.data;
  const result = outcome && OUTCOME_TEXT[outcome.booking.status];
  return (
    <>
      <Button
        size="small"
        variant="contained"
        startIcon={<EventAvailableIcon />}
        onClick={() => setOpen(true)}
        aria-label={`${full ? 'Join the waitlist' : 'Book'}: ${courseTitle}, ${sessionWhen(session)}`}
      >
        {full ? 'Join waitlist' : 'Book'}
      </Button>
      <Dialog
        open={open}
        onClose={book.isPending ? undefined : close}
        aria-labelledby={titleId}
        fullWidth
        maxWidth="sm"
        fullScreen={isSmall}
      >
        <DialogTitle id={titleId} component="h2">
          {outcome ? (result?.title ?? 'Booking made') : `Book ${courseTitle}`}
        </DialogTitle>
        <DialogContent>
          {outcome ? (
            <>
              <Typography role="status">{result?.text}</Typography>
              {outcome.warnings.length > 0 && (
                <Alert severity="warning" sx={{ mt: 2 }}>
                  <Typography component="h3" variant="subtitle2">
                    Worth knowing
                  </Typography>
                  <List dense disablePadding>
                    {outcome.warnings.map((warning) => (
                      <ListItem key={warning} disableGutters>
                        {warning}
                      </ListItem>
                    ))}
                  </List>
                </Alert>
              )}
            </>
          ) : (
            <>
              <Typography>
                {sessionWhen(session)}, {venue(session)}.
              </Typography>
              <Typography color="text.secondary" sx={{ mt: 1 }}>
                {full
                  ? 'The session is full: you join the waitlist, first come first served.'
                  : 'If your organisation asks for approval, your manager is asked first.'}
              </Typography>
              {book.error && (
                <Alert severity="error" sx={{ mt: 2 }}>
                  {book.error.message}
                </Alert>
              )}
            </>
          )}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          {outcome ? (
            <Button variant="contained" onClick={close}>
              Close
            </Button>
          ) : (
            <Box>
              <Button onClick={close} disabled={book.isPending}>
                Cancel
              </Button>
              <Button variant="contained" onClick={() => book.mutate()} disabled={book.isPending}>
                {book.isPending ? 'Booking…' : full ? 'Join the waitlist' : 'Book my place'}
              </Button>
            </Box>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
};
