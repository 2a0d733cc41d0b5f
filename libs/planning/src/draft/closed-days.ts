import { dayNumber, isoDay, ukDay } from '../scheduler';

export interface ClosedDays {
  /** Every closed day inside the term, sorted. */
  days: string[];
  /** What closes them, for the draft's notes ("Christmas Day Fri, 25 Dec 2026"). */
  reasons: string[];
}

/**
 * The term's closed days: bank holidays (England and Wales, from the settings) and the partnership's
 * own closed periods such as school holidays, each clipped to the term.
 */
export function closedDaysOf(
  term: { startsOn: string; endsOn: string },
  bankHolidays: readonly { date: string; name: string }[],
  partnershipDays: readonly { name: string; from: string; to: string }[],
): ClosedDays {
  const days = new Set<string>();
  const reasons: string[] = [];
  for (const holiday of bankHolidays) {
    if (holiday.date < term.startsOn || holiday.date > term.endsOn) continue;
    days.add(holiday.date);
    reasons.push(`${holiday.name} ${ukDay(dayNumber(holiday.date))}`);
  }
  for (const period of partnershipDays) {
    const from = period.from > term.startsOn ? period.from : term.startsOn;
    const to = period.to < term.endsOn ? period.to : term.endsOn;
    if (from > to) continue;
    for (let day = dayNumber(from); day <= dayNumber(to); day++) days.add(isoDay(day));
    const [first, last] = [ukDay(dayNumber(from)), ukDay(dayNumber(to))];
    reasons.push(from === to ? `${period.name} ${first}` : `${period.name} ${first} to ${last}`);
  }
  return { days: [...days].sort(), reasons };
}
