import { LinearProgress, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link } from 'react-admin';
import { REGULATOR_LABELS, STATUS_LABELS } from '../cpd/labels';
import { useMyProgress } from '../cpd/api';
import { useMySkills } from '../skills/mine/skillsApi';
import { useMyBookings, useMyRecords } from '../training/api';
import { BOOKING_STATUS_LABELS } from '../training/labels';
import type { BookingStatus } from '../training/types';
import { formatDate, formatDateTime, today } from '../workforce/dates';
import { useActiveCourses, useSessionsNearMe } from './api';
import { Figure, Figures, HomeSection } from './Section';

const SOON_DAYS = 90;
const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Places held or asked for; offers have their own section. */
const BOOKED: BookingStatus[] = ['CONFIRMED', 'PENDING_APPROVAL', 'WAITLISTED'];

const NextSessions = () => {
  const { data, isPending, error } = useMyBookings({ statuses: BOOKED }, 1, 100);
  const now = new Date().toISOString();
  const upcoming = (data?.nodes ?? [])
    .filter((b) => b.session.startsAt > now)
    .sort((a, b) => a.session.startsAt.localeCompare(b.session.startsAt));
  return (
    <HomeSection
      title="My next sessions"
      loading={isPending}
      error={error}
      empty={upcoming.length === 0 && 'Nothing booked yet. Find training to book a place on a session.'}
      more={{
        to: upcoming.length ? '/my-training' : '/find-training',
        label: upcoming.length ? 'My training' : 'Find training',
      }}
    >
      <Figures>
        <Figure label="Sessions booked" value={upcoming.length} />
      </Figures>
      <List dense disablePadding>
        {upcoming.slice(0, 3).map((b) => (
          <ListItem key={b.id} disableGutters>
            <ListItemText
              primary={b.session.course.title}
              secondary={`${formatDateTime(b.session.startsAt)}${b.session.site ? `, ${b.session.site.name}` : ', online'}; ${BOOKING_STATUS_LABELS[b.status].toLowerCase()}`}
            />
          </ListItem>
        ))}
      </List>
    </HomeSection>
  );
};

const OffersWaiting = () => {
  const { data, isPending, error } = useMyBookings({ statuses: ['OFFERED'] }, 1, 5);
  return (
    <HomeSection
      title="Offers waiting"
      loading={isPending}
      error={error}
      empty={
        data?.totalCount === 0 &&
        'No place is waiting for you. When a place frees up on a waiting list you joined, accept it here in time.'
      }
      more={{ to: '/my-training', label: 'Accept or decline in My training' }}
    >
      <Figures>
        <Figure label="Offers to accept" value={data?.totalCount ?? 0} />
      </Figures>
      <List dense disablePadding>
        {data?.nodes.map((b) => (
          <ListItem key={b.id} disableGutters>
            <ListItemText
              primary={b.session.course.title}
              secondary={b.offerExpiresAt ? `Accept by ${formatDateTime(b.offerExpiresAt)}` : undefined}
            />
          </ListItem>
        ))}
      </List>
    </HomeSection>
  );
};

const TrainingExpiring = () => {
  const { data, isPending, error } = useMyRecords();
  const until = addDays(today(), SOON_DAYS);
  const expiring = (data ?? [])
    .filter((r) => !r.revokedAt && r.expiresOn && r.expiresOn <= until)
    .sort((a, b) => (a.expiresOn ?? '').localeCompare(b.expiresOn ?? ''));
  return (
    <HomeSection
      title="Training expiring"
      loading={isPending}
      error={error}
      empty={
        expiring.length === 0 &&
        `Nothing expires in the next ${SOON_DAYS} days. Keep your record up to date in My training.`
      }
      more={{ to: '/my-training', label: 'My training' }}
    >
      <Figures>
        <Figure label="Expired or expiring" value={expiring.length} hint={`within ${SOON_DAYS} days`} />
      </Figures>
      <List dense disablePadding>
        {expiring.slice(0, 5).map((r) => (
          <ListItem key={r.id} disableGutters>
            <ListItemText
              primary={r.title}
              secondary={`${r.expiresOn! < today() ? 'Expired' : 'Expires'} ${formatDate(r.expiresOn)}`}
            />
          </ListItem>
        ))}
      </List>
    </HomeSection>
  );
};

const MySkills = () => {
  const { data, isPending, error } = useMySkills();
  const required = (data ?? []).filter((s) => s.requiredLevel !== null);
  const meeting = required.filter((s) => s.meets).length;
  const gaps = required
    .filter((s) => !s.meets)
    .sort((a, b) => Number(b.priority === 'ESSENTIAL') - Number(a.priority === 'ESSENTIAL'));
  return (
    <HomeSection
      title="My skills against my role"
      loading={isPending}
      error={error}
      empty={
        required.length === 0 &&
        'Your role has no skills set against it yet. Rate yourself in My skills, or ask your manager about your role profile.'
      }
      more={{ to: '/my-skills', label: 'My skills' }}
    >
      <Figures>
        <Figure label="Skills at the level my role needs" value={`${meeting} of ${required.length}`} />
      </Figures>
      <LinearProgress
        variant="determinate"
        value={required.length ? (meeting / required.length) * 100 : 0}
        aria-label={`${meeting} of ${required.length} skills at the level your role needs`}
        sx={{ height: 8, borderRadius: 1, mb: 1 }}
      />
      <List dense disablePadding>
        {gaps.slice(0, 4).map((s) => (
          <ListItem key={s.competencyId} disableGutters>
            <ListItemText
              primary={s.name}
              secondary={`${s.currentLevelName ?? 'Not yet assessed'}; your role needs ${s.requiredLevelName}${s.priority === 'ESSENTIAL' ? ' (essential)' : ''}`}
            />
          </ListItem>
        ))}
      </List>
    </HomeSection>
  );
};

const MyCpd = () => {
  const { data, isPending, error } = useMyProgress();
  const progress = data?.myCpdProgress ?? [];
  return (
    <HomeSection
      title="My CPD progress"
      loading={isPending}
      error={error}
      empty={progress.length === 0 && 'No CPD target applies to you yet. Log what you learn in My CPD.'}
      more={{ to: '/my-cpd', label: 'My CPD' }}
    >
      {progress.map((p) => (
        <div key={`${p.regulator}-${p.periodStart}`}>
          <Typography variant="subtitle2" component="p">
            {REGULATOR_LABELS[p.regulator]}: {STATUS_LABELS[p.status]}, due by {formatDate(p.dueBy)}
          </Typography>
          {p.requirements.map((r) => (
            <div key={r.code}>
              <Typography variant="body2" component="p">
                {r.label}: {r.have} of {r.need}
              </Typography>
              <LinearProgress
                variant="determinate"
                value={r.need ? Math.min(100, (r.have / r.need) * 100) : 100}
                aria-label={`${r.label}: ${r.have} of ${r.need}`}
                sx={{ height: 6, borderRadius: 1, mb: 1 }}
              />
            </div>
          ))}
        </div>
      ))}
    </HomeSection>
  );
};

/** Courses that grant a skill the person is short of, with each one's next published session. */
const Recommended = () => {
  const skills = useMySkills();
  const gaps = (skills.data ?? []).filter((s) => s.requiredLevel !== null && !s.meets);
  const courses = useActiveCourses(gaps.length > 0);
  const recommended = (courses.data ?? [])
    .filter((c) =>
      c.grants.some((g) => gaps.some((s) => s.competencyId === g.competencyId && g.level >= s.requiredLevel!)),
    )
    .slice(0, 4);
  const sessions = useSessionsNearMe(recommended.map((c) => c.id));
  const nextOf = (courseId: string) => sessions.data?.find((s) => s.course.id === courseId);
  return (
    <HomeSection
      title="Recommended for you"
      loading={
        skills.isPending || (gaps.length > 0 && courses.isPending) || (recommended.length > 0 && sessions.isPending)
      }
      error={skills.error ?? courses.error ?? sessions.error}
      empty={
        recommended.length === 0 &&
        (gaps.length === 0
          ? 'You meet every skill your role asks for. Browse Find training for what else is on offer.'
          : 'No course in the catalogue covers your gaps yet. Register your interest in Find training.')
      }
      more={{ to: '/find-training', label: 'Find training' }}
    >
      <List dense disablePadding>
        {recommended.map((c) => {
          const next = nextOf(c.id);
          return (
            <ListItem key={c.id} disableGutters>
              <ListItemText
                primary={<Link to={`/find-training?courseId=${c.id}`}>{c.title}</Link>}
                secondary={
                  next
                    ? `Next near you: ${formatDateTime(next.startsAt)}${next.site ? `, ${next.site.name}` : ', online'}${next.places.free ? `, ${next.places.free} free` : ', full'}`
                    : 'No session planned yet'
                }
              />
            </ListItem>
          );
        })}
      </List>
    </HomeSection>
  );
};

export const LearnerHome = () => (
  <>
    <NextSessions />
    <OffersWaiting />
    <TrainingExpiring />
    <MySkills />
    <MyCpd />
    <Recommended />
  </>
);
