/** One anonymous response as results read it: its groups and its agreement per statement. */
export interface ResponseFact {
  organisationId: string;
  roleProfileId: string | null;
  employmentType: string;
  agreements: ReadonlyMap<string, number>;
}

export enum SurveyGrouping {
  ORGANISATION = 'ORGANISATION',
  ROLE_PROFILE = 'ROLE_PROFILE',
  EMPLOYMENT_TYPE = 'EMPLOYMENT_TYPE',
}

export interface StatementFigures {
  statementId: string;
  /** Mean agreement, 1 to 5; null when withheld. */
  mean: number | null;
  /** Share answering agree or strongly agree (4 or 5), 0 to 1. */
  agreeShare: number | null;
  /** The same group's mean in the wave before, where both waves show it. */
  previousMean: number | null;
  change: number | null;
}

export interface GroupFigures {
  key: string;
  /** Null while withheld: even the count could identify someone. */
  responses: number | null;
  withheld: boolean;
  /** Withheld as too small itself, rather than to protect a smaller group. */
  tooFew: boolean;
  statements: StatementFigures[];
}

export interface WaveFigures {
  overall: GroupFigures;
  groups: GroupFigures[];
}

/** The group a response falls in; no role profile is a group of its own. */
export const NO_ROLE_PROFILE = 'none';

export function groupOf(by: SurveyGrouping, response: ResponseFact): string {
  return by === SurveyGrouping.ORGANISATION
    ? response.organisationId
    : by === SurveyGrouping.ROLE_PROFILE
      ? (response.roleProfileId ?? NO_ROLE_PROFILE)
      : response.employmentType;
}

/** Agreement means agree or strongly agree: 4 or 5 on the five-point scale. */
export const agrees = (agreement: number): boolean => agreement >= 4;

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * Which groups are shown. A group with fewer responses than the minimum is withheld; and since
 * the overall figure is the sum of the groups, when what is withheld adds up to fewer than the
 * minimum, the next smallest groups are withheld too, so subtracting the shown groups from the
 * overall never reveals a small group (complementary suppression).
 */
export function shownGroups(counts: ReadonlyMap<string, number>, minimum: number): Set<string> {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total < minimum) return new Set();
  const ordered = [...counts.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const withheld = ordered.filter(([, n]) => n < minimum);
  let hidden = withheld.reduce((sum, [, n]) => sum + n, 0);
  const shown = ordered.filter(([, n]) => n >= minimum);
  while (hidden > 0 && hidden < minimum && shown.length > 0) hidden += shown.shift()![1];
  return new Set(shown.map(([key]) => key));
}

function figuresOf(responses: readonly ResponseFact[], statementIds: readonly string[]) {
  return statementIds.map((statementId) => {
    const given = responses.map((r) => r.agreements.get(statementId)).filter((a): a is number => a !== undefined);
    return {
      statementId,
      mean: given.length ? round(given.reduce((a, b) => a + b, 0) / given.length, 2) : null,
      agreeShare: given.length ? round(given.filter(agrees).length / given.length, 3) : null,
    };
  });
}

/** Each group's responses and figures, or nothing where withheld. */
function visible(
  by: SurveyGrouping,
  responses: readonly ResponseFact[],
  statementIds: readonly string[],
  minimum: number,
) {
  const byGroup = new Map<string, ResponseFact[]>();
  for (const response of responses) {
    const key = groupOf(by, response);
    byGroup.set(key, [...(byGroup.get(key) ?? []), response]);
  }
  const shown = shownGroups(new Map([...byGroup].map(([key, list]) => [key, list.length])), minimum);
  const groups = new Map(
    [...byGroup].map(([key, list]) => [
      key,
      shown.has(key) ? { responses: list.length, figures: figuresOf(list, statementIds) } : null,
    ]),
  );
  const counts = new Map([...byGroup].map(([key, list]) => [key, list.length]));
  const overall =
    responses.length >= minimum ? { responses: responses.length, figures: figuresOf(responses, statementIds) } : null;
  return { groups, overall, counts };
}

/**
 * A wave's results, overall and by group, with the change from the wave before for each group
 * both waves show. Groups are as many as the wave has; a group only the previous wave had is left out.
 */
export function waveFigures(
  by: SurveyGrouping,
  current: readonly ResponseFact[],
  previous: readonly ResponseFact[] | null,
  statementIds: readonly string[],
  minimum: number,
): WaveFigures {
  const now = visible(by, current, statementIds, minimum);
  const before = previous ? visible(by, previous, statementIds, minimum) : null;
  const combine = (
    key: string,
    count: number,
    shown: { responses: number; figures: ReturnType<typeof figuresOf> } | null,
    earlier: { figures: ReturnType<typeof figuresOf> } | null | undefined,
  ): GroupFigures => ({
    key,
    responses: shown?.responses ?? null,
    withheld: shown === null,
    tooFew: count < minimum,
    statements: statementIds.map((statementId, i) => {
      const mean = shown?.figures[i].mean ?? null;
      const previousMean = shown ? (earlier?.figures[i].mean ?? null) : null;
      return {
        statementId,
        mean,
        agreeShare: shown?.figures[i].agreeShare ?? null,
        previousMean,
        change: mean !== null && previousMean !== null ? round(mean - previousMean, 2) : null,
      };
    }),
  });
  return {
    overall: combine('all', current.length, now.overall, before?.overall),
    groups: [...now.groups].map(([key, shown]) =>
      combine(key, now.counts.get(key) ?? 0, shown, before?.groups.get(key)),
    ),
  };
}
