import type { TargetPopulation } from './plan-objective.entity';

/** A Postgres array literal for `?::uuid[]` or `?::text[]` parameters (values are ids or enum names). */
export const pgArray = (values: readonly string[]): string => `{${values.join(',')}}`;

/**
 * The filters an objective's population and an anonymous survey response share (organisations or
 * their kinds, role profiles, employment types) as one SQL condition over the given columns, with
 * its parameters in order. An empty filter lets every row through.
 */
export const sharedPopulationFilter = (
  population: Pick<TargetPopulation, 'organisationIds' | 'organisationKinds' | 'roleProfileIds' | 'employmentTypes'>,
  columns: { organisation: string; kind: string; roleProfile: string; employmentType: string },
): { sql: string; params: string[] } => {
  const orgs = pgArray(population.organisationIds);
  const kinds = pgArray(population.organisationKinds);
  const profiles = pgArray(population.roleProfileIds);
  const types = pgArray(population.employmentTypes);
  return {
    sql: `((cardinality(?::uuid[]) = 0 and cardinality(?::text[]) = 0)
           or ${columns.organisation} = any(?::uuid[]) or ${columns.kind}::text = any(?::text[]))
      and (cardinality(?::uuid[]) = 0 or ${columns.roleProfile} = any(?::uuid[]))
      and (cardinality(?::text[]) = 0 or ${columns.employmentType}::text = any(?::text[]))`,
    params: [orgs, kinds, orgs, kinds, profiles, profiles, types, types],
  };
};

export const percentOf = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
