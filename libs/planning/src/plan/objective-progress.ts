import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { MeasureEvidence } from './measure-evidence';
import { type Measure, MeasureKind, type TargetPopulation } from './plan-objective.entity';
import { percentOf, pgArray, sharedPopulationFilter } from './sql';
import { type ObjectiveFigures, shown } from './figures';
import { SurveyAgreement } from './survey-agreement';

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
  statementId: null,
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
const POPULATION = (filter: string) => `
  select distinct ja.person_id, ja.organisation_id, o.name as organisation_name
  from job_assignment ja
  join organisation o on o.id = ja.organisation_id
  left join team t on t.id = ja.team_id
  where ja.partnership_id = ? and ja.start_date <= ? and (ja.end_date is null or ja.end_date >= ?)
    and ${filter}
    and (cardinality(?::uuid[]) = 0 or t.site_id = any(?::uuid[]))`;

/**
 * Live progress on an objective: who is in its population today and who among them meets its
 * measure; or, for survey agreement, who answered the survey's latest wave and who agreed.
 */
@Injectable()
export class ObjectiveProgress {
  constructor(
    private readonly em: EntityManager,
    private readonly evidence: MeasureEvidence,
    private readonly surveyAgreement: SurveyAgreement,
  ) {}

  async ofObjective(
    partnershipId: string,
    objective: { population: TargetPopulation; measure: Measure },
    today: string,
  ): Promise<ObjectiveFigures> {
    const { population, measure } = objective;
    if (measure.kind === MeasureKind.SURVEY_AGREEMENT) {
      return this.surveyAgreement.of(partnershipId, population, measure.statementId!, today);
    }
    const progress = await this.of(partnershipId, population, measure, today);
    return {
      ...shown(progress.population, progress.meeting),
      byOrganisation: progress.byOrganisation.map((o) => ({
        organisationId: o.organisationId,
        organisationName: o.organisationName,
        ...shown(o.population, o.meeting),
      })),
    };
  }

  /** Progress on a measure met by people; survey agreement is counted by `ofObjective`. */
  async of(partnershipId: string, population: TargetPopulation, measure: Measure, today: string): Promise<Progress> {
    const filter = sharedPopulationFilter(population, {
      organisation: 'ja.organisation_id',
      kind: 'o.kind',
      roleProfile: 'ja.role_profile_id',
      employmentType: 'ja.employment_type',
    });
    const sites = pgArray(population.siteIds);
    const rows = await this.em
      .getConnection()
      .execute<{ person_id: string; organisation_id: string; organisation_name: string }[]>(POPULATION(filter.sql), [
        partnershipId,
        today,
        today,
        ...filter.params,
        sites,
        sites,
      ]);
    const people = [...new Set(rows.map((r) => r.person_id))];
    const meeting = await this.evidence.of(partnershipId, people, measure, today);

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
}
