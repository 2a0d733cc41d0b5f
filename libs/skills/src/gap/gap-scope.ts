import type { EmploymentType, IsoDate } from '@kindred/org';
import { HeatmapAxis } from '../graphql/enums';

/** Whose requirements a gap figure counts: any mix of these narrows the population. */
export interface GapScope {
  frameworkId: string;
  personId?: string | null;
  teamId?: string | null;
  siteId?: string | null;
  organisationId?: string | null;
  roleProfileId?: string | null;
  employmentType?: EmploymentType | null;
}

export interface SqlPart {
  sql: string;
  params: unknown[];
}

/** The heatmap column for people whose team has no site. */
export const NO_SITE = 'none';

const AXIS_COLUMN: Record<HeatmapAxis, string> = {
  [HeatmapAxis.ORGANISATION]: 'ja.organisation_id::text',
  [HeatmapAxis.SITE]: `coalesce(t.site_id::text, '${NO_SITE}')`,
  [HeatmapAxis.ROLE_PROFILE]: 'ja.role_profile_id::text',
};

/**
 * The population behind every gap figure, as a CTE `need`: one row per person, competency (and
 * heatmap column) in scope, with the highest level any of their current jobs requires, whether any
 * job makes it essential, and the earliest due date. Requirements come from the role profile each
 * current job assignment names; `met` compares the required level with the stored holding's mask.
 */
export function needCte(
  partnershipId: string,
  scope: GapScope,
  asOf: IsoDate,
  options: { axis?: HeatmapAxis; organisationIds?: readonly string[] | null },
): SqlPart {
  const where = [
    'ja.partnership_id = ?',
    'c.framework_id = ?',
    'ja.start_date <= ?',
    '(ja.end_date is null or ja.end_date >= ?)',
  ];
  const params: unknown[] = [partnershipId, scope.frameworkId, asOf, asOf];
  const narrow = (condition: string, value: unknown) => {
    where.push(condition);
    params.push(value);
  };
  if (scope.personId) narrow('ja.person_id = ?', scope.personId);
  if (scope.teamId) narrow('ja.team_id = ?', scope.teamId);
  if (scope.siteId) narrow('t.site_id = ?', scope.siteId);
  if (scope.organisationId) narrow('ja.organisation_id = ?', scope.organisationId);
  if (scope.roleProfileId) narrow('ja.role_profile_id = ?', scope.roleProfileId);
  if (scope.employmentType) narrow('ja.employment_type = ?', scope.employmentType);
  if (options.organisationIds) {
    if (options.organisationIds.length === 0) where.push('false');
    else narrow('ja.organisation_id in (?)', options.organisationIds);
  }
  const column = options.axis ? AXIS_COLUMN[options.axis] : 'null::text';
  const sql = `need as (
    select n.*, (coalesce(h.held_mask, 0) & (1 << (n.required - 1))) <> 0 as met, h.level as current_level
    from (
      select ja.person_id, r.competency_id, ${column} as column_id,
             max(r.level) as required,
             bool_or(r.priority = 'ESSENTIAL') as essential,
             min(ja.start_date + r.within_days) as due_on
      from job_assignment ja
      join role_requirement r on r.role_profile_id = ja.role_profile_id
      join competency c on c.id = r.competency_id
      left join team t on t.id = ja.team_id
      where ${where.join(' and ')}
      group by ja.person_id, r.competency_id, ${column}
    ) n
    left join skill_holding h on h.person_id = n.person_id and h.competency_id = n.competency_id
  )`;
  return { sql, params };
}
