import { useGetList, useGetOne } from 'react-admin';
import { today } from '../../workforce/dates';
import type { Competency, CompetencyFramework, ScaleLevel } from '../frameworks/types';

/** Every framework, by name: a partnership has a handful. */
export const useFrameworks = () =>
  useGetList<CompetencyFramework>('CompetencyFramework', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });

/** A framework with its scale and competencies (and what each level looks like). */
export const useFramework = (id: string | null | undefined) =>
  useGetOne<CompetencyFramework>('CompetencyFramework', { id: id ?? '' }, { enabled: Boolean(id) });

export const isEffective = (framework: Pick<CompetencyFramework, 'effectiveFrom' | 'effectiveTo'>, on = today()) =>
  framework.effectiveFrom <= on && (!framework.effectiveTo || framework.effectiveTo >= on);

/** The framework a page opens on: the first one in force today, or else the first there is. */
export const defaultFramework = (frameworks: CompetencyFramework[]): CompetencyFramework | undefined =>
  frameworks.find((f) => isEffective(f)) ?? frameworks[0];

/** "Skilled", or "Level 4" when the scale no longer names it. */
export const levelName = (levels: readonly ScaleLevel[] | undefined, rank: number | null | undefined): string =>
  rank === null || rank === undefined ? '' : (levels?.find((l) => l.rank === rank)?.name ?? `Level ${rank}`);

/** What a competency looks like at a level, if the framework says. */
export const indicatorAt = (competency: Pick<Competency, 'indicators'> | undefined, rank: number) =>
  competency?.indicators.find((i) => i.level === rank)?.text;
