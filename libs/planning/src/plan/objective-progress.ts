import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ComplianceStatus, CpdStanding, worstStatus } from '@kindred/cpd';
import { FrequencyPattern, nextDueDate } from '@kindred/supervision';
import { type Measure, MeasureKind, type TargetPopulation } from './plan-objective.entity';
import { percentOf, pgArray } from './sql';

export interface OrganisationProgress {
  organisationId: string;
  organisationName: string;
  population: number;
  meeting: number;
  percent: number;
}

/** Everyone in a current job: the population of the plan's partnership-wide figures. */
export const EVERYONE: TargetPopulation = {
  organisationIds: [],
  organisationKinds: [],
  roleProfileIds: [],
  employmentTypes: [],
  siteIds: [],
};

/** A measure that needs no competency or course: supervision or CPD. */
export const measureOf = (kind: MeasureKind.SUPERVISION_IN_FREQUENCY | MeasureKind.CPD_ON_TRACK): Measure => ({
  kind,
  competencyId: null,
  level: null,
  courseId: null,
});

export interface Progress {
  population: number;
  meeting: number;
  percent: number;
  byOrganisation: OrganisationProgress[];
}

/**
 * People with a current job matching every filter, with the organisation of each matching job.
 * Organisations and organisation kinds are one filter: a job at a named organisation or at one of
 * the named kinds. A person's site is their team's site.
 */
const POPULATION = `
  select distinct ja.person_id, ja.organisation_id, o.name as organisation_name
  from job_assignment ja
  join organisation o on o.id = ja.organisation_id
  left join team t on t.id = ja.team_id
  where ja.partnership_id = ? and ja.start_date <= ? and (ja.end_date is null or ja.end_date >= ?)
    and ((cardinality(?::uuid[]) = 0 and cardinality(?::text[]) = 0)
         or ja.organisation_id = any(?::uuid[]) or o.kind::text = any(?::text[]))
    and (cardinality(?::uuid[]) = 0 or ja.role_profile_id = any(?::uuid[]))
    and (cardinality(?::text[]) = 0 or ja.employment_type::text = any(?::text[]))
    and (cardinality(?::uuid[]) = 0 or t.site_id = any(?::uuid[]))`;

/**
 * Live progress on an objective: who is in its population today and who among them meets its
 * measure, read from the skills ledger, training records, supervision and CPD as they stand.
 */
@Injectable()
export class ObjectiveProgress {
  constructor(
    private readonly em: EntityManager,
    private readonly cpd: CpdStanding,
  ) {}

  async of(partnershipId: string, population: TargetPopulation, measure: Measure, today: string): Promise<Progress> {
    const orgs = pgArray(population.organisationIds);
    const kinds = pgArray(population.organisationKinds);
    const profiles = pgArray(population.roleProfileIds);
    const types = pgArray(population.employmentTypes);
    const sites = pgArray(population.siteIds);
    const rows = await this.em
      .getConnection()
      .execute<{ person_id: string; organisation_id: string; organisation_name: string }[]>(POPULATION, [
        partnershipId,
        today,
        today,
        orgs,
        kinds,
        orgs,
        kinds,
        profiles,
        profiles,
        types,
        types,
        sites,
        sites,
      ]);
    const people = [...new Set(rows.map((r) => r.person_id))];
    const meeting = await this.meeting(partnershipId, people, measure, today);

    // A person with matching jobs in two organisations counts once overall and once in each.
    const byOrganisation = new Map<string, OrganisationProgress>();
    for (const row of rows) {
      const org = byOrganisation.get(row.organisation_id) ?? {
        organisationId: row.organisation_id,
        organisationName: row.organisation_name,
        population: 0,
        meeting: 0,
        percent: 0,
      };
      org.population += 1;
      if (meeting.has(row.person_id)) org.meeting += 1;
      byOrganisation.set(row.organisation_id, org);
    }
    const breakdown = [...byOrganisation.values()]
      .map((o) => ({ ...o, percent: percentOf(o.meeting, o.population) }))
      .sort((a, b) => a.organisationName.localeCompare(b.organisationName));
    return {
      population: people.length,
      meeting: meeting.size,
      percent: percentOf(meeting.size, people.length),
      byOrganisation: breakdown,
    };
  }

  /** The people among `people` who meet the measure today. */
  private async meeting(
    partnershipId: string,
    people: string[],
    measure: Measure,
    today: string,
  ): Promise<Set<string>> {
    if (people.length === 0) return new Set();
    const sql = this.em.getConnection();
    const ids = pgArray(people);
    switch (measure.kind) {
      case MeasureKind.COMPETENCY_LEVEL: {
        // The ledger keeps one bit per level held (decision 0004), as the gap analysis reads it.
        const rows = await sql.execute<{ person_id: string }[]>(
          `select person_id from skill_holding
           where person_id = any(?::uuid[]) and competency_id = ? and (held_mask & (1 << (?::int - 1))) <> 0`,
          [ids, measure.competencyId, measure.level],
        );
        return new Set(rows.map((r) => r.person_id));
      }
      case MeasureKind.COURSE_VALID: {
        const rows = await sql.execute<{ person_id: string }[]>(
          `select distinct person_id from training_record
           where person_id = any(?::uuid[]) and course_id = ? and validation = 'VALIDATED' and revoked_at is null
             and completed_on <= ? and (expires_on is null or expires_on >= ?)`,
          [ids, measure.courseId, today, today],
        );
        return new Set(rows.map((r) => r.person_id));
      }
      case MeasureKind.SUPERVISION_IN_FREQUENCY: {
        // Held means recorded or signed off, as supervision's own compliance counts it.
        const rows = await sql.execute<
          {
            supervisee_id: string;
            frequency_pattern: FrequencyPattern;
            frequency_days: number | null;
            start_date: string;
            last_held: string | null;
          }[]
        >(
          `select a.supervisee_id, a.frequency_pattern, a.frequency_days, to_char(a.start_date, 'YYYY-MM-DD') as start_date,
                  to_char(max(s.starts_at at time zone 'UTC') filter (
                    where s.status in ('RECORDED', 'SIGNED_OFF') and (s.starts_at at time zone 'UTC')::date <= ?), 'YYYY-MM-DD') as last_held
           from supervision_agreement a left join supervision_session s on s.agreement_id = a.id
           where a.supervisee_id = any(?::uuid[]) and a.start_date <= ? and (a.end_date is null or a.end_date >= ?)
           group by a.id`,
          [today, ids, today, today],
        );
        return new Set(
          rows
            .filter(
              (r) =>
                nextDueDate({ pattern: r.frequency_pattern, everyDays: r.frequency_days }, r.start_date, r.last_held) >=
                today,
            )
            .map((r) => r.supervisee_id),
        );
      }
      case MeasureKind.CPD_ON_TRACK: {
        const standing = await this.cpd.of(partnershipId, people, today);
        return new Set(people.filter((id) => worstStatus(standing.get(id) ?? []) === ComplianceStatus.ON_TRACK));
      }
    }
  }
}
