import { addDays, addYears, type Day, within } from './days';
import { type CpdFacts, progress, type Progress, Regulator, requirement } from './progress';

/** HCPC renewal opens about three months before the end of a profession's cycle. */
const RENEWAL_WINDOW_DAYS = 90;

/**
 * Health and Care Professions Council. Source: HCPC, "Standards of continuing professional
 * development" (hcpc-uk.org/cpd): registration renews every two years; a registrant must
 * (1) keep a continuous, up-to-date and accurate record of their CPD, (2) show a mixture of
 * learning activities, (3–4) show how it improved their practice and benefited service users, and
 * (5) send a CPD profile when audited; the audit guidance asks for a profile of 4 to 6 activities.
 *
 * Here: the cycle is the two years ending on the renewal date; "continuous" is CPD recorded in
 * each year of the cycle; the profile counts activities whose learning and change to practice are
 * written; a mixture is at least two kinds of activity.
 */
export function healthAndCareProfessionsCouncil(facts: CpdFacts, today: Day, renewalOn: Day): Progress {
  const periodStart = addDays(addYears(renewalOn, -2), 1);
  const secondYear = addYears(periodStart, 1);
  const entries = facts.entries.filter((e) => within(e.date, periodStart, renewalOn));
  const yearsWithCpd =
    Number(entries.some((e) => e.date < secondYear)) + Number(entries.some((e) => e.date >= secondYear));
  return progress(
    {
      regulator: Regulator.HCPC,
      rule: 'HCPC: a continuous record of CPD over the 2-year cycle and a profile of 4 to 6 activities ready for audit',
      periodStart,
      periodEnd: renewalOn,
      dueBy: renewalOn,
      requirements: [
        requirement('CONTINUOUS', 'Years of the cycle with CPD recorded', yearsWithCpd, 2),
        requirement(
          'PROFILE',
          'Activities with learning and practice change written',
          entries.filter((e) => e.hasReflection).length,
          4,
        ),
        requirement('MIXTURE', 'Kinds of activity', new Set(entries.map((e) => e.type)).size, 2),
      ],
    },
    today,
    addDays(renewalOn, -RENEWAL_WINDOW_DAYS),
  );
}
