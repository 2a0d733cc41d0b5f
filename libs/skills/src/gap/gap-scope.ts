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
/** The conditions on current job assignments (`ja`, with their team `t`) that a scope sets. */
function jobsInScope(
  partnershipId: string,
  scope: GapScope,
  asOf: IsoDate,
  organisationIds: readonly string[] | null | undefined,
): SqlPart {
  const where = [
    'ja.partnership_id = ?',
    'ja.role_profile_id is not null',
    'ja.start_date <= ?',
    '(ja.end_date is null or ja.end_date >= ?)',
  ];
  const params: unknown[] = [partnershipId, asOf, asOf];
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
  if (organisationIds) {
    if (organisationIds.length === 0) where.push('false');
    else narrow('ja.organisation_id in (?)', organisationIds);
  }
  return { sql: where.join(' and '), params };
}

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
  const jobs = jobsInScope(partnershipId, scope, asOf, options.organisationIds);
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
      join competency c on c.id = r.competency_id and c.framework_id = ?
      left join team t on t.id = ja.team_id
      where ${jobs.sql}
      group by ja.person_id, r.competency_id, ${column}
    ) n
    left join skill_holding h on h.person_id = n.person_id and h.competency_id = n.competency_id
  )`;
  return { sql, params: [scope.frameworkId, ...jobs.params] };
}

/** Heatmap columns as uuids (grouping on uuids is cheaper than on text); a null site is "No site". */
const AXIS_ID: Record<HeatmapAxis, string> = {
  [HeatmapAxis.ORGANISATION]: 'ja.organisation_id',
  [HeatmapAxis.SITE]: 't.site_id',
  [HeatmapAxis.ROLE_PROFILE]: 'ja.role_profile_id',
};

/** People in scope with more than one current job in the same heatmap column: usually very few. */
export function severalJobsQuery(
  partnershipId: string,
  scope: GapScope,
  asOf: IsoDate,
  axis: HeatmapAxis,
  organisationIds: readonly string[] | null,
): SqlPart {
  const jobs = jobsInScope(partnershipId, scope, asOf, organisationIds);
  return {
    sql: `select distinct ja.person_id from job_assignment ja left join team t on t.id = ja.team_id
          where ${jobs.sql} group by ja.person_id, ${AXIS_ID[axis]} having count(*) > 1`,
    params: jobs.params,
  };
}

/**
 * Required and meeting per competency and heatmap column (null: no site), the heatmap's figures.
 * The same counts as grouping `needCte`, but for people with one job in a column (nearly everyone)
 * each requirement is counted straight from their holdings, instead of building and de-duplicating
 * a row per person and requirement, which over 20,000 people is most of the cost. The people with
 * several jobs in a column (from `severalJobsQuery`) go through the grouping, at the highest level
 * their jobs there require.
 */
export function heatmapQuery(
  partnershipId: string,
  scope: GapScope,
  asOf: IsoDate,
  axis: HeatmapAxis,
  organisationIds: readonly string[] | null,
  severalJobs: readonly string[],
): SqlPart {
  const jobs = jobsInScope(partnershipId, scope, asOf, organisationIds);
  const sql = `with jobs as not materialized (
      select ja.person_id, ja.role_profile_id, ${AXIS_ID[axis]} as column_id,
             ja.person_id = any(?::uuid[]) as several
      from job_assignment ja left join team t on t.id = ja.team_id
      where ${jobs.sql}
    ), reqs as not materialized (
      select r.role_profile_id, r.competency_id, r.level
      from role_requirement r join competency c on c.id = r.competency_id and c.framework_id = ?
    ), single_required as (
      select r.competency_id, j.column_id, sum(j.people)::int as required
      from (select role_profile_id, column_id, count(*) as people from jobs where not several group by 1, 2) j
      join reqs r on r.role_profile_id = j.role_profile_id
      group by 1, 2
    ), single_meeting as (
      select r.competency_id, j.column_id, count(*) filter (where (h.held_mask & (1 << (r.level - 1))) <> 0)::int as meeting
      from skill_holding h
      join jobs j on j.person_id = h.person_id and not j.several
      join reqs r on r.role_profile_id = j.role_profile_id and r.competency_id = h.competency_id
      group by 1, 2
    ), several_figures as (
      select n.competency_id, n.column_id, count(*)::int as required,
             count(*) filter (where (coalesce(h.held_mask, 0) & (1 << (n.required - 1))) <> 0)::int as meeting
      from (
        select j.person_id, r.competency_id, j.column_id, max(r.level) as required
        from jobs j join reqs r on r.role_profile_id = j.role_profile_id
        where j.several
        group by 1, 2, 3
      ) n
      left join skill_holding h on h.person_id = n.person_id and h.competency_id = n.competency_id
      group by 1, 2
    )
    select competency_id, column_id, sum(required)::int as required, sum(meeting)::int as meeting
    from (
      select s.competency_id, s.column_id, s.required, coalesce(m.meeting, 0) as meeting
      from single_required s
      left join single_meeting m on m.competency_id = s.competency_id and m.column_id is not distinct from s.column_id
      union all
      select competency_id, column_id, required, meeting from several_figures
    ) cells
    group by 1, 2`;
  // A Postgres array literal: a JS array would be spread into a list by the query builder.
  return { sql, params: [`{${severalJobs.join(',')}}`, ...jobs.params, scope.frameworkId] };
}
