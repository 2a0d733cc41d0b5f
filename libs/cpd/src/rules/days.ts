/** A calendar date, `YYYY-MM-DD`, as Kindred keeps dates (UTC, no time). */
export type Day = string;

const DAY_MS = 86_400_000;
const at = (day: Day) => new Date(`${day}T00:00:00Z`);
const of = (date: Date): Day => date.toISOString().slice(0, 10);

export const addDays = (day: Day, days: number): Day => of(new Date(at(day).getTime() + days * DAY_MS));

/** The same day `years` later; 29 February falls back to 28 February in a year without it. */
export function addYears(day: Day, years: number): Day {
  const [y, m, d] = day.split('-').map(Number);
  const target = new Date(Date.UTC(y + years, m - 1, d));
  return target.getUTCMonth() === m - 1 ? of(target) : of(new Date(Date.UTC(y + years, m - 1, d - 1)));
}

export const within = (day: Day, from: Day, to: Day) => day >= from && day <= to;
