import { type Day, within } from './days';
import { type CpdFacts, progress, type Progress, Regulator, requirement } from './progress';

/**
 * Social Work England. Sources: Social Work England, "CPD guidance for social workers" and
 * "Registration renewal" (socialworkengland.org.uk/cpd): the registration year runs from
 * 1 December to 30 November; each year a social worker records at least two pieces of CPD on their
 * online account, at least one of them discussed with a peer ("peer reflection"); the renewal
 * period opens on 1 September and closes on 30 November.
 */
export function socialWorkEngland(facts: CpdFacts, today: Day): Progress {
  const year = Number(today.slice(0, 4));
  const startYear = today.slice(5) >= '12-01' ? year : year - 1;
  const periodStart = `${startYear}-12-01`;
  const periodEnd = `${startYear + 1}-11-30`;
  const inYear = facts.entries.filter((e) => within(e.date, periodStart, periodEnd));
  return progress(
    {
      regulator: Regulator.SWE,
      rule: 'Social Work England: 2 CPD records in the registration year (1 December to 30 November), 1 with peer reflection',
      periodStart,
      periodEnd,
      dueBy: periodEnd,
      requirements: [
        requirement('RECORDS', 'CPD records this registration year', inYear.length, 2),
        requirement(
          'PEER_REFLECTION',
          'Records with peer reflection',
          inYear.filter((e) => e.hasPeerReflection).length,
          1,
        ),
      ],
    },
    today,
    `${startYear + 1}-09-01`,
  );
}
