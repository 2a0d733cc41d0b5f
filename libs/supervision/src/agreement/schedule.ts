import type { IsoDate } from '@kindred/org';

/** How often supervision is due under an agreement. */
export enum FrequencyPattern {
  /** Every N days, N on the agreement (qualified social workers commonly every 28-31 days). */
  EVERY_N_DAYS = 'EVERY_N_DAYS',
  /**
   * Assessed and Supported Year in Employment: weekly for the first 6 weeks, fortnightly to
   * 6 months, then monthly.
   */
  ASYE = 'ASYE',
}

export interface Frequency {
  pattern: FrequencyPattern;
  /** For EVERY_N_DAYS. */
  everyDays: number | null;
}

const DAY_MS = 86_400_000;

export const addDays = (day: IsoDate, days: number): IsoDate =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The same day of the next month, or that month's last day when it is shorter (31 Jan → 28 Feb). */
export function addMonths(day: IsoDate, months: number): IsoDate {
  const [y, m, d] = day.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * When the next session is due, counted from the last one held (or the agreement's start, before
 * any). Under the ASYE pattern the interval is the one in force on the day counted from.
 */
export function nextDueDate(frequency: Frequency, startDate: IsoDate, lastHeldOn: IsoDate | null): IsoDate {
  const from = lastHeldOn && lastHeldOn > startDate ? lastHeldOn : startDate;
  if (frequency.pattern === FrequencyPattern.EVERY_N_DAYS) return addDays(from, frequency.everyDays!);
  if (from < addDays(startDate, 42)) return addDays(from, 7);
  if (from < addMonths(startDate, 6)) return addDays(from, 14);
  return addMonths(from, 1);
}

/** Where an agreement stands on a day: overdue past its due date, due within the coming week. */
export enum DueState {
  ON_TRACK = 'ON_TRACK',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
}

export const DUE_SOON_DAYS = 7;

export function dueState(nextDue: IsoDate, today: IsoDate): DueState {
  if (nextDue < today) return DueState.OVERDUE;
  return daysBetween(today, nextDue) <= DUE_SOON_DAYS ? DueState.DUE : DueState.ON_TRACK;
}
