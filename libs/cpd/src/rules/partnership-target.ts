import type { Day } from './days';
import { type CpdFacts, hours, progress, type Progress, Regulator, requirement } from './progress';

/**
 * For everyone no regulator covers (early years staff, family support workers, volunteers): the
 * partnership's own yearly target in hours, set in its configuration (Northshire: volunteers 6,
 * staff 15). Source: the Family Hub Model Framework, criterion 5.2 "Training and development", and
 * the programme evaluation, which found offering CPD to staff in support roles "critical". Counted
 * over the calendar year; the last quarter is the run-up.
 */
export function partnershipTarget(facts: CpdFacts, today: Day, targetHours: number): Progress {
  const year = today.slice(0, 4);
  const periodStart = `${year}-01-01`;
  const periodEnd = `${year}-12-31`;
  const inYear = facts.entries.filter((e) => e.date >= periodStart && e.date <= periodEnd);
  return progress(
    {
      regulator: Regulator.NONE,
      rule: `Partnership target: ${targetHours} hours of CPD a year`,
      periodStart,
      periodEnd,
      dueBy: periodEnd,
      requirements: [requirement('CPD_HOURS', 'Hours of CPD this year', hours(inYear), targetHours)],
    },
    today,
    `${year}-10-01`,
  );
}
