import { Button, TableCell, TableRow } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { formatDate, today } from '../../workforce/dates';
import { EmptyState, Section } from '../../workforce/ui';
import { HiddenHeading, LabelledTable, LoadError, Loading } from '../../training/ui';
import { useAttendedSessions } from './api';
import type { AttendedSession } from './types';

const standing = (session: AttendedSession): { text: string; action: string | null } => {
  if (!session.feedbackGiven) return { text: 'Feedback wanted', action: 'Give feedback' };
  if (session.followUpGiven) return { text: 'Feedback and follow-up given', action: null };
  if (session.followUpOpensOn <= today()) return { text: 'Three-month follow-up wanted', action: 'Answer follow-up' };
  return { text: `Feedback given; follow-up from ${formatDate(session.followUpOpensOn)}`, action: null };
};

/** Completed sessions the learner attended, with the feedback still wanted from them. */
export const MyFeedback = () => {
  const attended = useAttendedSessions();
  return (
    <Section id="my-feedback-heading" title="Feedback on my training">
      {attended.error ? (
        <LoadError what="Your completed sessions" error={attended.error} />
      ) : attended.isPending ? (
        <Loading label="Loading your completed sessions" />
      ) : attended.data.length === 0 ? (
        <EmptyState
          title="Nothing to give feedback on yet"
          text="Once a session you attended is completed, you can tell us here how it went."
        />
      ) : (
        <LabelledTable
          labelledBy="my-feedback-heading"
          head={
            <>
              <TableCell>Course</TableCell>
              <TableCell>Session</TableCell>
              <TableCell>Feedback</TableCell>
              <HiddenHeading label="Actions" />
            </>
          }
        >
          {attended.data.map((session) => {
            const { text, action } = standing(session);
            return (
              <TableRow key={session.sessionId}>
                <TableCell component="th" scope="row">
                  {session.courseTitle}
                </TableCell>
                <TableCell>{formatDate(session.startsAt)}</TableCell>
                <TableCell>{text}</TableCell>
                <TableCell align="right">
                  {action && (
                    <Button
                      size="small"
                      variant="contained"
                      component={RouterLink}
                      to={`/training-feedback/${session.sessionId}`}
                      aria-label={`${action} on ${session.courseTitle}, ${formatDate(session.startsAt)}`}
                    >
                      {action}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </LabelledTable>
      )}
    </Section>
  );
};
