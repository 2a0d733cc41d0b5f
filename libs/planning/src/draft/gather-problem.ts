import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig } from '@kindred/config';
import { PartnershipSettingsService } from '@kindred/org';
import { type PinnedSession, type SchedulingProblem, type UnmetNeed, UnmetReason } from '../scheduler';
import { closedDaysOf } from './closed-days';
import { PLANNING_DEFAULTS, partsOf } from './defaults';
import { gatherNeeds } from './demand';

export interface GatheredProblem {
  problem: SchedulingProblem;
  /** Needs the solver cannot be given (the person works at no site), reported with the draft. */
  unplaceable: UnmetNeed[];
  /** Plain sentences on where the problem leaned on defaults, shown with the draft. */
  notes: string[];
  names: Record<string, string>;
}

interface PersonRow {
  id: string;
  name: string;
  site_id: string | null;
  organisation_id: string;
  vcfse: boolean;
  team_ids: string[];
}

/**
 * Reads one partnership's demand, people, places and trainers into the solver's plain problem.
 * Everything the database does not hold comes from `PLANNING_DEFAULTS` (decision 0051).
 */
@Injectable()
export class ProblemGatherer {
  constructor(
    private readonly em: EntityManager,
    private readonly partnerships: PartnershipSettingsService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async gather(
    partnershipId: string,
    term: { startsOn: string; endsOn: string },
    today: string,
    pinned: PinnedSession[],
  ): Promise<GatheredProblem> {
    const sql = this.em.getConnection();
    const { policies, closedDays } = await this.partnerships.configOf(partnershipId);
    const notes: string[] = [];
    const closed = closedDaysOf(term, this.config.bankHolidays, closedDays);
    if (closed.reasons.length) notes.push(`No training is planned on closed days: ${closed.reasons.join('; ')}.`);
    const weekdays = [...PLANNING_DEFAULTS.weekdays];

    const [sites, rooms, courses, teams, people, trainers, booked, away, needs] = await Promise.all([
      sql.execute<{ id: string; name: string; locality: string }[]>(
        'select id, name, locality from site where partnership_id = ?',
        [partnershipId],
      ),
      sql.execute<{ id: string; name: string; site_id: string; capacity: number }[]>(
        'select id, name, site_id, capacity from room where partnership_id = ?',
        [partnershipId],
      ),
      sql.execute<{ id: string; title: string; mode: string; duration_minutes: number; in_house: boolean }[]>(
        `select c.id, c.title, c.mode, c.duration_minutes, p.kind = 'IN_HOUSE' as in_house
         from course c join training_provider p on p.id = c.provider_id
         where c.partnership_id = ? and c.status = 'ACTIVE' and c.mode <> 'E_LEARNING'`,
        [partnershipId],
      ),
      sql.execute<{ id: string; name: string; size: number; away: number | null }[]>(
        `select t.id, t.name, t.training_away_limit_percent as away, count(distinct ja.person_id)::int as size
         from team t join job_assignment ja on ja.team_id = t.id
          and ja.start_date <= ? and (ja.end_date is null or ja.end_date >= ?)
         where t.partnership_id = ? group by t.id`,
        [term.startsOn, term.startsOn, partnershipId],
      ),
      // A person's site is their first current job's team's site; their organisation likewise.
      sql.execute<PersonRow[]>(
        `select p.id, p.given_name || ' ' || p.family_name as name,
                (array_agg(t.site_id order by ja.start_date) filter (where t.site_id is not null))[1] as site_id,
                (array_agg(ja.organisation_id order by ja.start_date))[1] as organisation_id,
                bool_or(o.kind = 'VCFSE') as vcfse,
                coalesce(array_agg(distinct ja.team_id) filter (where ja.team_id is not null), '{}') as team_ids
         from person p
         join job_assignment ja on ja.person_id = p.id
          and ja.start_date <= ? and (ja.end_date is null or ja.end_date >= ?)
         join organisation o on o.id = ja.organisation_id
         left join team t on t.id = ja.team_id
         where p.partnership_id = ? group by p.id`,
        [term.startsOn, term.startsOn, partnershipId],
      ),
      sql.execute<{ id: string; name: string; course_ids: string[] }[]>(
        `select p.id, p.given_name || ' ' || p.family_name as name,
                coalesce(array_agg(distinct s.course_id) filter (where s.course_id is not null), '{}') as course_ids
         from role_grant g join person p on p.user_id = g.user_id
         left join training_session_trainer st on st.person_id = p.id
         left join training_session s on s.id = st.training_session_id
         where g.partnership_id = ? and g.role = 'TRAINER' group by p.id`,
        [partnershipId],
      ),
      // Training already booked near or in the term counts towards each person's hours cap.
      sql.execute<{ person_id: string; day: string; minutes: number }[]>(
        `select b.person_id, to_char(sp.starts_at at time zone 'Europe/London', 'YYYY-MM-DD') as day,
                sum(extract(epoch from sp.ends_at - sp.starts_at) / 60)::int as minutes
         from booking b join session_part sp on sp.session_id = b.session_id
         where b.partnership_id = ? and b.status in ('CONFIRMED', 'PENDING_APPROVAL', 'OFFERED')
           and sp.starts_at >= ?::date - 28 and sp.starts_at < ?::date + 29
         group by b.person_id, day`,
        [partnershipId, term.startsOn, term.endsOn],
      ),
      // Trainers' days away within the term, one row a day (decision 0055).
      sql.execute<{ trainer_id: string; day: string }[]>(
        `select a.trainer_id, to_char(d, 'YYYY-MM-DD') as day
         from trainer_day_away a,
              generate_series(greatest(a.starts_on, ?::date), least(a.ends_on, ?::date), interval '1 day') d
         where a.partnership_id = ? and a.ends_on >= ? and a.starts_on <= ?
         order by a.trainer_id, day`,
        [term.startsOn, term.endsOn, partnershipId, term.startsOn, term.endsOn],
      ),
      gatherNeeds(this.em, partnershipId, term, today),
    ]);

    const inHouse = courses.filter((c) => c.in_house).map((c) => c.id);
    const courseIds = new Set(courses.map((c) => c.id));
    const awayBy = new Map<string, string[]>();
    for (const a of away) awayBy.set(a.trainer_id, [...(awayBy.get(a.trainer_id) ?? []), a.day]);
    const trainerInputs = trainers.map((t) => {
      const delivered = t.course_ids.filter((id) => courseIds.has(id));
      if (!delivered.length) notes.push(`${t.name} has run no session yet, so is offered every in-house course.`);
      return {
        id: t.id,
        name: t.name,
        courseIds: delivered.length ? delivered : inHouse,
        weekdays,
        unavailableDays: [...new Set(awayBy.get(t.id) ?? [])],
        maxSessionsPerWeek: PLANNING_DEFAULTS.trainerPartsPerWeek,
      };
    });

    const awayNames = trainerInputs.filter((t) => t.unavailableDays.length).map((t) => t.name);
    if (awayNames.length) notes.push(`No session is planned on trainers' days away (${awayNames.join(', ')}).`);

    const bookedBy = new Map<string, { day: string; minutes: number }[]>();
    for (const b of booked) bookedBy.set(b.person_id, [...(bookedBy.get(b.person_id) ?? []), b]);
    const placed = people.filter((p) => p.site_id !== null);
    const placedIds = new Set(placed.map((p) => p.id));
    const current = new Set(people.map((p) => p.id));
    const relevant = needs.filter((n) => courseIds.has(n.courseId) && current.has(n.personId));
    const unplaceable = relevant
      .filter((n) => !placedIds.has(n.personId))
      .map((n) => ({
        personId: n.personId,
        courseId: n.courseId,
        priority: n.priority,
        overdue: n.overdue,
        reason: UnmetReason.POLICY,
        detail: 'Works in no team with a site, so no session can be placed near them.',
      }));

    const problem: SchedulingProblem = {
      today,
      term: { ...term, closedDays: closed.days },
      policies: {
        minimumNoticeDays: policies.minimumNoticeDays,
        hoursCapPer28Days: policies.trainingHoursCapPer28Days,
        vcfseSharePercent: PLANNING_DEFAULTS.vcfseSharePercent,
      },
      sites: sites.map((s) => ({ id: s.id, name: s.name, area: s.locality })),
      rooms: rooms.map((r) => ({ id: r.id, name: r.name, siteId: r.site_id, capacity: r.capacity, weekdays })),
      trainers: trainerInputs,
      courses: courses.map((c) => ({
        id: c.id,
        title: c.title,
        ...partsOf(c.duration_minutes),
        minGroup: PLANNING_DEFAULTS.minGroup,
        maxGroup: PLANNING_DEFAULTS.maxGroup,
        virtual: c.mode === 'VIRTUAL',
      })),
      teams: teams.map((t) => ({ id: t.id, name: t.name, size: t.size, awayLimitPercent: t.away })),
      people: placed.map((p) => ({
        id: p.id,
        name: p.name,
        siteId: p.site_id as string,
        organisationId: p.organisation_id,
        vcfse: p.vcfse,
        teamIds: p.team_ids,
        weekdays,
        booked: bookedBy.get(p.id) ?? [],
      })),
      needs: relevant.filter((n) => placedIds.has(n.personId)),
      pinned,
    };
    const names = Object.fromEntries([
      ...problem.courses.map((c) => [c.id, c.title]),
      ...[...problem.sites, ...problem.rooms, ...trainerInputs, ...people].map((x) => [x.id, x.name]),
    ]);
    return { problem, unplaceable, notes, names };
  }
}
