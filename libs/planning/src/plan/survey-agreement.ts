import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { PartnershipSettingsService } from '@kindred/org';
import { withheldNote } from '../culture/survey/results-view';
import { agrees, shownGroups } from '../culture/survey/survey-results';
import { type Figures, type ObjectiveFigures, shown, withheld } from './figures';
import type { TargetPopulation } from './plan-objective.entity';
import { sharedPopulationFilter } from './sql';

/**
 * The answers to one statement in the latest wave of its survey that has opened, from responses
 * matching the population's organisation, role profile and employment type filters (a response
 * keeps nothing else). Organisations and kinds are one filter, as for people.
 */
const ANSWERS = (filter: string) => `
  select r.organisation_id, coalesce(o.name, 'An organisation no longer in the partnership') as organisation_name,
         a.agreement
  from survey_answer a
  join survey_response r on r.id = a.response_id
  left join organisation o on o.id = r.organisation_id
  where a.statement_id = ? and r.partnership_id = ?
    and r.wave_id = (select w.id from survey_wave w join survey_statement s on s.survey_id = w.survey_id
                     where s.id = ? and w.opens_on <= ? order by w.opens_on desc, w.closes_on desc limit 1)
    and ${filter}`;

/**
 * Survey agreement as an objective's figures: the respondents are the population and those who
 * agree are meeting it. Small groups are withheld exactly as the survey's own results withhold them,
 * organisations by the partnership's minimum group size with the subtraction rule, and the whole
 * figure when fewer than the minimum answered (decision 0065).
 */
@Injectable()
export class SurveyAgreement {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: PartnershipSettingsService,
  ) {}

  async of(
    partnershipId: string,
    population: TargetPopulation,
    statementId: string,
    today: string,
  ): Promise<ObjectiveFigures> {
    const filter = sharedPopulationFilter(population, {
      organisation: 'r.organisation_id',
      kind: 'o.kind',
      roleProfile: 'r.role_profile_id',
      employmentType: 'r.employment_type',
    });
    const [rows, config] = await Promise.all([
      this.em
        .getConnection()
        .execute<{ organisation_id: string; organisation_name: string; agreement: number }[]>(ANSWERS(filter.sql), [
          statementId,
          partnershipId,
          statementId,
          today,
          ...filter.params,
        ]),
      this.settings.configOf(partnershipId),
    ]);
    const minimum = config.policies.surveyMinimumGroupSize;
    const groups = new Map<string, { name: string; responses: number; agreeing: number }>();
    for (const row of rows) {
      const group = groups.get(row.organisation_id) ?? { name: row.organisation_name, responses: 0, agreeing: 0 };
      group.responses += 1;
      if (agrees(row.agreement)) group.agreeing += 1;
      groups.set(row.organisation_id, group);
    }
    const visible = shownGroups(new Map([...groups].map(([id, g]) => [id, g.responses])), minimum);
    const byOrganisation = [...groups]
      .map(([organisationId, g]) => ({
        organisationId,
        organisationName: g.name,
        ...(visible.has(organisationId)
          ? shown(g.responses, g.agreeing)
          : withheld(withheldNote({ tooFew: g.responses < minimum, withheld: true }, minimum)!)),
      }))
      .sort((a, b) => a.organisationName.localeCompare(b.organisationName));
    const overall: Figures =
      rows.length >= minimum
        ? shown(rows.length, rows.filter((r) => agrees(r.agreement)).length)
        : withheld(withheldNote({ tooFew: true, withheld: true }, minimum)!);
    return { ...overall, byOrganisation };
  }
}
