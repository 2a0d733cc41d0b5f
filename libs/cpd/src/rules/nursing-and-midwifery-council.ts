import { addDays, addYears, type Day, within } from './days';
import { type CpdFacts, hours, progress, type Progress, Regulator, requirement } from './progress';

/** NMC applications open 60 days before the revalidation date. */
const APPLICATION_WINDOW_DAYS = 60;

/**
 * Nursing and Midwifery Council revalidation. Source: NMC, "Revalidation: how to revalidate with
 * the NMC" (2019, nmc.org.uk/revalidation): every three years, by the revalidation date, 35 hours of
 * CPD of which at least 20 participatory (learning with others), 5 pieces of practice-related
 * feedback, 5 written reflective accounts on the NMC form, a reflective discussion with another
 * NMC registrant (their name and PIN recorded) and a confirmation. Practice hours, health and
 * character and indemnity are declared to the NMC directly and are not kept here.
 *
 * The window is the three years ending on the revalidation date, that day included.
 */
export function nursingAndMidwiferyCouncil(facts: CpdFacts, today: Day, revalidationOn: Day): Progress {
  const periodStart = addDays(addYears(revalidationOn, -3), 1);
  const inWindow = (day: Day) => within(day, periodStart, revalidationOn);
  const entries = facts.entries.filter((e) => inWindow(e.date));
  return progress(
    {
      regulator: Regulator.NMC,
      rule: 'NMC revalidation: 35 CPD hours (20 participatory), 5 feedback, 5 reflective accounts, a reflective discussion and a confirmation every 3 years',
      periodStart,
      periodEnd: revalidationOn,
      dueBy: revalidationOn,
      requirements: [
        requirement('CPD_HOURS', 'Hours of CPD', hours(entries), 35),
        requirement(
          'PARTICIPATORY_HOURS',
          'Hours of participatory CPD',
          hours(entries.filter((e) => e.participatory)),
          20,
        ),
        requirement('FEEDBACK', 'Pieces of practice-related feedback', facts.feedback.filter(inWindow).length, 5),
        requirement(
          'REFLECTIVE_ACCOUNTS',
          'Written reflective accounts',
          facts.reflectiveAccounts.filter(inWindow).length,
          5,
        ),
        requirement(
          'REFLECTIVE_DISCUSSION',
          'Reflective discussion with an NMC registrant',
          facts.discussions.filter(inWindow).length,
          1,
        ),
        requirement('CONFIRMATION', 'Confirmation', facts.confirmations.filter(inWindow).length, 1),
      ],
    },
    today,
    addDays(revalidationOn, -APPLICATION_WINDOW_DAYS),
  );
}
