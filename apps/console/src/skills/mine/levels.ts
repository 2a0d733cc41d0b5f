import type { Competency, ScaleLevel } from '../frameworks/types';
import { indicatorAt } from '../gaps/frameworks';

/** A scale's levels as choices, lowest first: "2 · Skilled". */
export const levelChoices = (levels: readonly ScaleLevel[] | undefined) =>
  (levels ?? []).map((level) => ({ id: level.rank, name: `${level.rank} · ${level.name}` }));

/** What the chosen level looks like in this competency, or the scale's own description of it. */
export const levelHint = (
  competency: Pick<Competency, 'indicators'> | undefined,
  levels: readonly ScaleLevel[] | undefined,
  rank: number | null | undefined,
): string | undefined => {
  if (!rank) return undefined;
  return indicatorAt(competency, rank) ?? (levels?.find((l) => l.rank === rank)?.description || undefined);
};
