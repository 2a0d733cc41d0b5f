import type { IsoDate } from '@kindred/org';

export const today = (): IsoDate => new Date().toISOString().slice(0, 10);

/** The last day evidence of `months` months stays valid: a course on 2026-03-15 for 36 months runs to 2029-03-14. */
export function lastValidDay(from: IsoDate, months: number): IsoDate {
  const date = new Date(`${from}T00:00:00Z`);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const monthLength = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, monthLength));
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export function addDays(day: IsoDate, days: number): IsoDate {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
