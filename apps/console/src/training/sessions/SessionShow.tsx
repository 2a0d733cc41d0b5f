import { Alert, Box, LinearProgress, Link as MuiLink, List, ListItem, Typography } from '@mui/material';
import { Link, Show, useCreatePath, useRecordContext } from 'react-admin';
import { formatDateTime } from '../../workforce/dates';
import { Facts, Section, Sections, TRANSPARENT_SHOW, usePermission } from '../../workforce/ui';
import { COURSE_MODE_LABELS, partWhen, sessionWhen } from '../labels';
import type { SessionPlaces, TrainingSession } from '../types';
import { SessionStatusChip } from '../ui';
import { Quotas } from './Quotas';
import { Register } from './Register';
import { SessionActions } from './SessionActions';
import { SessionBookings } from './SessionBookings';

const PLACE_FIGURES: [keyof SessionPlaces, string][] = [
  ['confirmed', 'Confirmed'],
  ['offered', 'Offered'],
  ['waitlisted', 'Waitlisted'],
  ['pendingApproval', 'Waiting for approval'],
  ['free', 'Free'],
];

/** How the places stand, as figures a screen reader reads as label and value. */
const Places = ({ places }: { places: SessionPlaces }) => (
  <Section id="session-places-heading" title={`Places (${places.capacity})`}>
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))', gap: 2, m: 0 }}
    >
      {PLACE_FIGURES.map(([key, label]) => (
        <Box key={key} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {label}
          </Typography>
          <Typography component="dd" variant="h5" sx={{ m: 0 }}>
            {places[key]}
          </Typography>
        </Box>
      ))}
    </Box>
  </Section>
);

const Parts = ({ session }: { session: TrainingSession }) =>
  session.parts.length === 1 ? (
    <>{partWhen(session.parts[0])}</>
  ) : (
    <List dense disablePadding>
      {session.parts.map((part) => (
        <ListItem key={part.id} disableGutters sx={{ py: 0 }}>
          Part {part.position + 1}: {partWhen(part)}
        </ListItem>
      ))}
    </List>
  );

const Where = ({ session }: { session: TrainingSession }) => (
  <>
    {session.site && (
      <Box>
        {session.site.name}
        {session.room ? `, ${session.room.name}` : ''}
      </Box>
    )}
    {session.onlineUrl && (
      <MuiLink href={session.onlineUrl} target="_blank" rel="noopener noreferrer">
        Join online
      </MuiLink>
    )}
  </>
);

const SessionPage = () => {
  const session = useRecordContext<TrainingSession>();
  const createPath = useCreatePath();
  const booksOthers = usePermission('booking.others') === true;
  const takesRegisters = usePermission('attendance.record') === true;
  if (!session) return null;
  // A record from the calendar (shown while the full one loads) has no places.
  if (!session.places) return <LinearProgress sx={{ mt: 2 }} aria-label="Loading" />;
  const running = session.status === 'PUBLISHED' || session.status === 'COMPLETED';
  return (
    <Sections>
      {session.status === 'CANCELLED' && (
        <Alert severity="warning">This session was cancelled: {session.cancellationReason}</Alert>
      )}
      {session.status === 'DRAFT' && (
        <Alert severity="info">
          A draft: only the training team sees it until it is published. Publish it early enough for partner staff to
          hear in time.
        </Alert>
      )}
      <Section id="session-details-heading" title="Details">
        <Facts
          items={[
            [
              'Course',
              <Link key="course" to={createPath({ resource: 'Course', type: 'show', id: session.course.id })}>
                {session.course.title}
              </Link>,
            ],
            ['Provider', session.course.provider.name],
            ['Mode', COURSE_MODE_LABELS[session.course.mode]],
            ['Status', <SessionStatusChip key="status" status={session.status} />],
            ['When', <Parts key="when" session={session} />],
            ['Where', <Where key="where" session={session} />],
            ['Trainers', session.trainers.map((t) => t.fullName).join(', ') || 'None named yet'],
            [
              'Registration opens',
              session.registrationOpensAt ? formatDateTime(session.registrationOpensAt) : 'On publishing',
            ],
            ['Registration closes', formatDateTime(session.registrationClosesAt)],
            ['Cancellation cut-off', formatDateTime(session.cancellationCutoffAt)],
            [
              'Minimum numbers',
              session.minimumNumbers &&
                `${session.minimumNumbers}${session.minimumCutoffAt ? ` by ${formatDateTime(session.minimumCutoffAt)}` : ''}`,
            ],
            ['Offered places held for', `${session.offerHours} hours`],
            ...(session.checkInCode ? [['Check-in code', session.checkInCode] as [string, string]] : []),
          ]}
        />
      </Section>
      <Places places={session.places} />
      <Quotas session={session} />
      {(booksOthers || takesRegisters) && <SessionBookings session={session} />}
      {takesRegisters && running && <Register session={session} />}
    </Sections>
  );
};

const SessionTitle = () => {
  const session = useRecordContext<TrainingSession>();
  return <>{session?.course ? `${session.course.title}, ${sessionWhen(session)}` : 'Training session'}</>;
};

export const SessionShow = () => (
  <Show<TrainingSession> title={<SessionTitle />} actions={<SessionActions />} sx={TRANSPARENT_SHOW}>
    <SessionPage />
  </Show>
);
