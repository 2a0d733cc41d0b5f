import {
  Box,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link, useCreatePath } from 'react-admin';
import { useIsSmall, VISUALLY_HIDDEN } from '../../workforce/ui';
import { COURSE_MODE_LABELS, sessionWhen, venue } from '../labels';
import type { BookingStatus, SessionSummary } from '../types';
import { BookingStatusChip } from '../ui';
import { BookButton } from './BookButton';

const placesText = (session: SessionSummary) => {
  if (!session.places) return '';
  const { free, capacity, waitlisted } = session.places;
  if (free > 0) return `${free} of ${capacity} free`;
  return waitlisted > 0 ? `Full, ${waitlisted} waiting` : 'Full: join the waitlist';
};

/** What the learner can do now: their booking's status, book, or why not. */
const BookCell = ({
  session,
  courseTitle,
  booked,
  canBook,
}: {
  session: SessionSummary;
  courseTitle: string;
  booked?: BookingStatus;
  canBook: boolean;
}) => {
  if (booked) return <BookingStatusChip status={booked} />;
  if (session.status !== 'PUBLISHED') return null;
  if (session.registrationClosesAt && new Date(session.registrationClosesAt) < new Date()) {
    return <Typography variant="body2">Registration closed</Typography>;
  }
  return canBook ? <BookButton session={session} courseTitle={courseTitle} /> : null;
};

/**
 * Sessions as a table (a list on phones): when, where, places, and a way to book. `booked` maps a
 * session to the learner's own live booking on it.
 */
export const SessionTable = ({
  sessions,
  caption,
  courseTitle,
  canBook,
  booked = {},
}: {
  sessions: SessionSummary[];
  caption: string;
  /** For sessions of one course; otherwise each row names its course. */
  courseTitle?: string;
  canBook: boolean;
  booked?: Record<string, BookingStatus>;
}) => {
  const createPath = useCreatePath();
  const isSmall = useIsSmall();
  const titleOf = (session: SessionSummary) => courseTitle ?? session.course?.title ?? 'Session';
  const link = (session: SessionSummary) => (
    <Link to={createPath({ resource: 'TrainingSession', type: 'show', id: session.id })} sx={{ fontWeight: 500 }}>
      {courseTitle ? sessionWhen(session) : titleOf(session)}
    </Link>
  );
  if (isSmall) {
    return (
      <Box component="ul" aria-label={caption} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {sessions.map((session) => (
          <Box component="li" key={session.id} sx={{ py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
            {link(session)}
            {!courseTitle && <Typography variant="body2">{sessionWhen(session)}</Typography>}
            <Typography variant="body2" color="text.secondary">
              {venue(session)} · {placesText(session)}
            </Typography>
            <Stack direction="row" sx={{ mt: 1 }}>
              <BookCell
                session={session}
                courseTitle={titleOf(session)}
                booked={booked[session.id]}
                canBook={canBook}
              />
            </Stack>
          </Box>
        ))}
      </Box>
    );
  }
  return (
    <TableContainer>
      <Table size="small">
        <caption style={VISUALLY_HIDDEN}>{caption}</caption>
        <TableHead>
          <TableRow>
            {!courseTitle && <TableCell>Course</TableCell>}
            <TableCell>When</TableCell>
            <TableCell>Where</TableCell>
            {!courseTitle && <TableCell>Mode</TableCell>}
            <TableCell>Places</TableCell>
            <TableCell>
              <Box component="span" sx={VISUALLY_HIDDEN}>
                Booking
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sessions.map((session) => (
            <TableRow key={session.id}>
              <TableCell component="th" scope="row">
                {link(session)}
              </TableCell>
              {!courseTitle && <TableCell>{sessionWhen(session)}</TableCell>}
              <TableCell>{venue(session)}</TableCell>
              {!courseTitle && <TableCell>{session.course ? COURSE_MODE_LABELS[session.course.mode] : ''}</TableCell>}
              <TableCell>{placesText(session)}</TableCell>
              <TableCell align="right">
                <BookCell
                  session={session}
                  courseTitle={titleOf(session)}
                  booked={booked[session.id]}
                  canBook={canBook}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
