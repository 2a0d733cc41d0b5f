import type { EntityManager } from '@mikro-orm/postgresql';
import { JobAssignment, type Person } from '@kindred/org';
import { isoDay } from '../record/days';
import { BookingStatus, LIVE } from './booking.entity';
import type { Interval, TeamAway, TrainingLoad } from './guards';

/** A person's current jobs, with their organisations and teams loaded. */
export async function currentJobs(em: EntityManager, person: Person, on: Date): Promise<JobAssignment[]> {
  const day = isoDay(on);
  return em.find(
    JobAssignment,
    { person, startDate: { $lte: day }, $or: [{ endDate: null }, { endDate: { $gte: day } }] },
    { populate: ['organisation', 'team.manager', 'lineManager'], orderBy: { startDate: 'ASC', id: 'ASC' } },
  );
}

/** The person's other live bookings as training load, for the saturation guard. */
export async function trainingLoad(em: EntityManager, person: Person, around: Date): Promise<TrainingLoad[]> {
  const rows = await em.getConnection().execute<{ starts_at: Date; ends_at: Date; minutes: number }[]>(
    `select s.starts_at, s.ends_at,
            (select coalesce(sum(extract(epoch from p.ends_at - p.starts_at) / 60), 0) from session_part p where p.session_id = s.id)::int as minutes
     from booking b join training_session s on s.id = b.session_id
     where b.person_id = ? and b.status in (?) and s.status <> 'CANCELLED'
       and s.starts_at between ?::timestamptz - interval '28 days' and ?::timestamptz + interval '28 days'`,
    [person.id, [...LIVE, BookingStatus.ATTENDED, BookingStatus.PARTIALLY_ATTENDED], around, around],
  );
  return rows.map((r) => ({ startsAt: new Date(r.starts_at), endsAt: new Date(r.ends_at), minutes: r.minutes }));
}

/** For each of the person's teams with a limit: its size and how many others are away then. */
export async function teamsAway(
  em: EntityManager,
  person: Person,
  jobs: JobAssignment[],
  parts: Interval[],
): Promise<TeamAway[]> {
  // Away at the same time: a booked part overlapping any part of the new session.
  const overlap = parts.map(() => '(p.starts_at < ? and p.ends_at > ?)').join(' or ');
  const overlapParams = parts.flatMap((part) => [part.endsAt, part.startsAt]);
  const teams = jobs.map((j) => j.team?.getEntity()).filter((t) => t && t.trainingAwayLimitPercent !== null);
  return Promise.all(
    teams.map(async (team) => {
      const [row] = await em.getConnection().execute<{ size: number; away: number }[]>(
        `select
           (select count(distinct ja.person_id) from job_assignment ja
             where ja.team_id = ? and ja.start_date <= current_date and (ja.end_date is null or ja.end_date >= current_date))::int as size,
           (select count(distinct b.person_id) from booking b
             join job_assignment ja on ja.person_id = b.person_id and ja.team_id = ?
               and ja.start_date <= current_date and (ja.end_date is null or ja.end_date >= current_date)
             join session_part p on p.session_id = b.session_id
             where b.person_id <> ? and b.status in ('CONFIRMED', 'OFFERED')
               and (${overlap}))::int as away`,
        [team!.id, team!.id, person.id, ...overlapParams],
      );
      return {
        teamName: team!.name,
        size: row.size,
        limitPercent: team!.trainingAwayLimitPercent,
        alreadyAway: row.away,
      };
    }),
  );
}
