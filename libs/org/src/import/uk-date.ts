import type { IsoDate } from '../people/job-assignment.entity';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// Day first, as UK HR systems write dates: 01/09/2025, 1/9/25, 01-09-2025, 01.09.2025, with an
// optional time that exports sometimes append.
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
// 1 Sep 2025, 1 September 2025, 01-Sep-25, 1st September 2025
const NAMED_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{2}|\d{4})$/;
const TIME = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z)?$/;

/**
 * A UK-style date, an ISO date or a workbook date cell as `YYYY-MM-DD`; null when it is none of
 * them or names a day that does not exist (31/02/2025).
 */
export function parseUkDate(value: string | Date): IsoDate | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const text = value.trim().toLowerCase().replace(TIME, '');
  let match = ISO.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DAY_FIRST.exec(text);
  if (match) return isoDate(fullYear(match[3]), Number(match[2]), Number(match[1]));
  match = NAMED_MONTH.exec(text);
  if (!match) return null;
  // "Sep", "Sept" and "September" all name the ninth month.
  const word = match[2];
  const month = MONTHS.findIndex((name) => name.startsWith(word));
  return month >= 0 ? isoDate(fullYear(match[3]), month + 1, Number(match[1])) : null;
}

/** Two-digit years as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function fullYear(year: string): number {
  if (year.length === 4) return Number(year);
  const short = Number(year);
  return short < 30 ? 2000 + short : 1900 + short;
}

function isoDate(year: number, month: number, day: number): IsoDate | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid && year >= 1900 && year <= 2100 ? date.toISOString().slice(0, 10) : null;
}
