import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { GapScope, HeatmapAxis } from './gapApi';

const AXES: readonly HeatmapAxis[] = ['ORGANISATION', 'SITE', 'ROLE_PROFILE'];

/** The scope filters besides the framework. */
export const FILTERS = ['organisationId', 'teamId', 'siteId', 'roleProfileId', 'employmentType'] as const;
export type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

/**
 * What the skills-gap page shows lives in its address, so a lead can bookmark or share a view and
 * "Back" from a person's page returns to the same heatmap.
 */
export const useGapSearch = () => {
  const [params, setParams] = useSearchParams();
  const frameworkId = params.get('frameworkId');
  const axisParam = params.get('axis') as HeatmapAxis | null;
  const axis: HeatmapAxis = axisParam && AXES.includes(axisParam) ? axisParam : 'ORGANISATION';
  const filtersKey = FILTERS.map((name) => params.get(name) ?? '').join('|');

  const filters = useMemo<Filters>(
    () => Object.fromEntries(FILTERS.flatMap((name) => (params.get(name) ? [[name, params.get(name)]] : []))),
    // Only a change of the filters themselves makes a new object (and so new queries).
    [filtersKey],
  );

  const scope = useMemo<GapScope | null>(
    () => (frameworkId ? { frameworkId, ...(filters as Omit<GapScope, 'frameworkId'>) } : null),
    [frameworkId, filters],
  );

  const update = useCallback(
    (changes: Record<string, string | null | undefined>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          Object.entries(changes).forEach(([name, value]) => (value ? next.set(name, value) : next.delete(name)));
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return { frameworkId, axis, filters, scope, update };
};
