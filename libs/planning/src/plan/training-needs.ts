import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { gatherNeeds } from '../draft/demand';
import { NeedPriority } from '../scheduler';
import { pgArray } from './sql';

export interface TrainingNeedRow {
  courseId: string;
  courseTitle: string;
  siteId: string | null;
  siteName: string | null;
  organisationId: string;
  organisationName: string;
  /** People who need the course: a gap, an expiry, interest, or a learning need from supervision. */
  needing: number;
  essential: number;
  overdue: number;
  /** Of those, the people already holding a place on a future session of the course. */
  booked: number;
  /** Places still to find: the people needing it with no future place. */
  stillNeeded: number;
}

/**
 * Learning needs agreed in supervision, as courses: a need for a competency is a need for each
 * active course that grants it, unless the person holds a valid record of that course. Only
 * sessions held in the last year count, so old needs fade.
 */
const SUPERVISION_NEEDS = `
  select distinct s.supervisee_id as person_id, co.id as course_id
  from supervision_learning_need n
  join supervision_session s on s.id = n.supervision_session_id
  join course co on co.partnership_id = s.partnership_id and co.status = 'ACTIVE'
   and exists (select 1 from jsonb_array_elements(co.grants) g where g->>'competencyId' = n.competency_id::text)
  where s.partnership_id = ? and s.supervisee_id is not null and s.status in ('RECORDED', 'SIGNED_OFF')
    and s.starts_at >= ?::date - 365
    and not exists (select 1 from training_record tr where tr.person_id = s.supervisee_id and tr.course_id = co.id
                    and tr.validation = 'VALIDATED' and tr.revoked_at is null
                    and (tr.expires_on is null or tr.expires_on >= ?::date))`;

/**
 * The training needs analysis: demand per course, site and organisation, from the same sources the
 * term scheduler serves (gaps, expiries, expressions of interest) plus learning needs raised in
 * supervision, against the places already booked on future sessions (decision 0062).
 */
@Injectable()
export class TrainingNeeds {
  constructor(private readonly em: EntityManager) {}

  async analyse(partnershipId: string, today: string, until: string): Promise<TrainingNeedRow[]> {
    const sql = this.em.getConnection();
    const [needs, learning, people, booked, courses] = await Promise.all([
      gatherNeeds(this.em, partnershipId, { startsOn: today, endsOn: until }, today),
      sql.execute<{ person_id: string; course_id: string }[]>(SUPERVISION_NEEDS, [partnershipId, today, today]),
      // Where a person is counted: their first current job's organisation and its team's site, as
      // the scheduler places them.
      sql.execute<{ id: string; organisation_id: string; site_id: string | null }[]>(
        `select ja.person_id as id,
                (array_agg(ja.organisation_id order by ja.start_date, ja.id))[1] as organisation_id,
                (array_agg(t.site_id order by ja.start_date, ja.id))[1] as site_id
         from job_assignment ja left join team t on t.id = ja.team_id
         where ja.partnership_id = ? and ja.start_date <= ? and (ja.end_date is null or ja.end_date >= ?)
         group by ja.person_id`,
        [partnershipId, today, today],
      ),
      sql.execute<{ person_id: string; course_id: string }[]>(
        `select distinct b.person_id, s.course_id from booking b join training_session s on s.id = b.session_id
         where b.partnership_id = ? and b.status in ('CONFIRMED', 'PENDING_APPROVAL', 'OFFERED')
           and s.status in ('DRAFT', 'PUBLISHED') and s.starts_at >= ?::date`,
        [partnershipId, today],
      ),
      sql.execute<{ id: string; title: string }[]>(
        `select id, title from course where partnership_id = ? and status = 'ACTIVE'`,
        [partnershipId],
      ),
    ]);
    const placeOf = new Map(people.map((p) => [p.id, p]));
    const hasPlace = new Set(booked.map((b) => `${b.person_id}|${b.course_id}`));
    const titles = new Map(courses.map((c) => [c.id, c.title]));

    const needOf = new Map<string, { personId: string; courseId: string; essential: boolean; overdue: boolean }>();
    for (const n of needs) {
      needOf.set(`${n.personId}|${n.courseId}`, {
        personId: n.personId,
        courseId: n.courseId,
        essential: n.priority === NeedPriority.ESSENTIAL,
        overdue: n.overdue,
      });
    }
    for (const l of learning) {
      const key = `${l.person_id}|${l.course_id}`;
      if (!needOf.has(key))
        needOf.set(key, { personId: l.person_id, courseId: l.course_id, essential: false, overdue: false });
    }

    const rows = new Map<string, TrainingNeedRow>();
    for (const [key, need] of needOf) {
      const place = placeOf.get(need.personId);
      // Only people in a current job are planned for, as in the scheduler.
      if (!place || !titles.has(need.courseId)) continue;
      const rowKey = `${need.courseId}|${place.site_id}|${place.organisation_id}`;
      const row = rows.get(rowKey) ?? {
        courseId: need.courseId,
        courseTitle: titles.get(need.courseId)!,
        siteId: place.site_id,
        siteName: null,
        organisationId: place.organisation_id,
        organisationName: '',
        needing: 0,
        essential: 0,
        overdue: 0,
        booked: 0,
        stillNeeded: 0,
      };
      row.needing += 1;
      if (need.essential) row.essential += 1;
      if (need.overdue) row.overdue += 1;
      if (hasPlace.has(key)) row.booked += 1;
      else row.stillNeeded += 1;
      rows.set(rowKey, row);
    }
    const list = [...rows.values()];
    const names = await this.names(
      list.map((r) => r.organisationId),
      list.flatMap((r) => (r.siteId ? [r.siteId] : [])),
    );
    return list
      .map((r) => ({
        ...r,
        organisationName: names.get(r.organisationId) ?? '',
        siteName: r.siteId ? (names.get(r.siteId) ?? null) : null,
      }))
      .sort(
        (a, b) =>
          b.stillNeeded - a.stillNeeded ||
          a.courseTitle.localeCompare(b.courseTitle) ||
          a.organisationName.localeCompare(b.organisationName) ||
          (a.siteName ?? '').localeCompare(b.siteName ?? ''),
      );
  }

  private async names(organisationIds: string[], siteIds: string[]): Promise<Map<string, string>> {
    const rows = await this.em.getConnection().execute<{ id: string; name: string }[]>(
      `select id, name from organisation where id = any(?::uuid[])
       union all select id, name from site where id = any(?::uuid[])`,
      [pgArray([...new Set(organisationIds)]), pgArray([...new Set(siteIds)])],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
