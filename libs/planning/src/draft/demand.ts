import type { EntityManager } from '@mikro-orm/postgresql';
import { type NeedInput, NeedPriority } from '../scheduler';

interface NeedRow {
  person_id: string;
  course_id: string;
  essential: boolean;
  overdue: boolean;
  why: string;
}

/**
 * Skills gaps: each current job's role-profile requirement that the person's holding does not
 * meet, mapped to every active course whose `grants` give that competency at or above the level.
 */
const GAPS = `
  select ja.person_id, co.id as course_id,
         bool_or(r.priority = 'ESSENTIAL') as essential,
         bool_or(ja.start_date + coalesce(r.within_days, 0) < ?::date) as overdue,
         string_agg(distinct c.code || ' level ' || r.level || ' gap', ', ') as why
  from job_assignment ja
  join role_requirement r on r.role_profile_id = ja.role_profile_id
  join competency c on c.id = r.competency_id
  left join skill_holding h on h.person_id = ja.person_id and h.competency_id = r.competency_id
  join course co on co.partnership_id = ja.partnership_id and co.status = 'ACTIVE'
   and exists (select 1 from jsonb_array_elements(co.grants) g
               where g->>'competencyId' = r.competency_id::text and (g->>'level')::int >= r.level)
  where ja.partnership_id = ? and ja.start_date <= ? and (ja.end_date is null or ja.end_date >= ?)
    and (coalesce(h.held_mask, 0) & (1 << (r.level - 1))) = 0
  group by ja.person_id, co.id`;

/**
 * Each person's latest record of a course, when it runs out before the term ends: a refresher is
 * essential (overdue once lapsed). A later record that lasts past the term hides an older lapse.
 */
const EXPIRING = `
  select person_id, course_id, true as essential, expires_on < ?::date as overdue,
         case when expires_on < ?::date then 'expired ' else 'expires ' end || to_char(expires_on, 'YYYY-MM-DD') as why
  from (
    select distinct on (tr.person_id, tr.course_id) tr.person_id, tr.course_id, tr.expires_on
    from training_record tr
    join course co on co.id = tr.course_id and co.status = 'ACTIVE'
    where tr.partnership_id = ? and tr.validation = 'VALIDATED' and tr.revoked_at is null
    order by tr.person_id, tr.course_id, tr.completed_on desc
  ) latest
  where expires_on < ?::date`;

const INTERESTS = `
  select e.person_id, e.course_id, false as essential, false as overdue, 'asked for it' as why
  from expression_of_interest e join course co on co.id = e.course_id and co.status = 'ACTIVE'
  where e.partnership_id = ? and e.fulfilled_at is null`;

/**
 * What the term must serve: gaps, refreshers and open interest, one need per person and course
 * (several reasons join; essential and overdue win).
 */
export async function gatherNeeds(
  em: EntityManager,
  partnershipId: string,
  term: { startsOn: string; endsOn: string },
  today: string,
): Promise<NeedInput[]> {
  const connection = em.getConnection();
  const [gaps, expiring, interests] = await Promise.all([
    connection.execute<NeedRow[]>(GAPS, [today, partnershipId, term.startsOn, term.startsOn]),
    connection.execute<NeedRow[]>(EXPIRING, [today, today, partnershipId, term.endsOn]),
    connection.execute<NeedRow[]>(INTERESTS, [partnershipId]),
  ]);
  const byKey = new Map<string, NeedInput>();
  for (const row of [...gaps, ...expiring, ...interests]) {
    const key = `${row.person_id}|${row.course_id}`;
    const found = byKey.get(key);
    const essential = row.essential || found?.priority === NeedPriority.ESSENTIAL;
    byKey.set(key, {
      personId: row.person_id,
      courseId: row.course_id,
      priority: essential ? NeedPriority.ESSENTIAL : NeedPriority.DESIRABLE,
      overdue: row.overdue || (found?.overdue ?? false),
      why: found ? `${found.why}; ${row.why}` : row.why,
    });
  }
  return [...byKey.values()];
}
