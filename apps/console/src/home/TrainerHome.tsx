import { List, ListItem, ListItemText } from '@mui/material';
import { Link } from 'react-admin';
import { formatDateTime } from '../workforce/dates';
import { useSessionsBetween } from './api';
import { Figure, Figures, HomeSection } from './Section';

const AHEAD_DAYS = 28;

/** Midnight today and four weeks on, so the list and its figures stay put through the day. */
const fourWeeks = () => {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const end = new Date(start);
  end.setDate(end.getDate() + AHEAD_DAYS);
  return { from: start.toISOString(), to: end.toISOString(), tomorrow: new Date(start.getTime() + 86_400_000) };
};

export const TrainerHome = () => {
  const { from, to, tomorrow } = fourWeeks();
  const { data, isPending, error } = useSessionsBetween(from, to, true);
  const mine = (data?.nodes ?? []).filter((s) => s.status !== 'CANCELLED');
  const today = mine.filter((s) => new Date(s.startsAt) < tomorrow);
  return (
    <HomeSection
      title="My sessions"
      loading={isPending}
      error={error}
      empty={
        mine.length === 0 &&
        `No sessions for you in the next ${AHEAD_DAYS} days. The training calendar shows what is planned.`
      }
      more={{ to: '/training-calendar', label: 'Training calendar' }}
    >
      <Figures>
        <Figure label="Today" value={today.length} />
        <Figure label={`Next ${AHEAD_DAYS} days`} value={mine.length} />
      </Figures>
      <List dense disablePadding>
        {mine.slice(0, 6).map((s) => (
          <ListItem key={s.id} disableGutters>
            <ListItemText
              primary={<Link to={`/TrainingSession/${s.id}/show`}>{s.course.title}</Link>}
              secondary={`${formatDateTime(s.startsAt)}: ${s.places.confirmed} booked; open the session for its register`}
            />
          </ListItem>
        ))}
      </List>
    </HomeSection>
  );
};
