/** Calendar arithmetic on local days: a grid shows the user's own days, Monday first. */

export type CalendarView = 'month' | 'week';

const pad = (n: number) => String(n).padStart(2, '0');

export const dayKey = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** Local midnight of a YYYY-MM-DD day; today for anything else. */
export const fromDayKey = (key: string | undefined): Date => {
  const match = key && /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) {
    const now = new Date();
    return new Date(now.getFullYear(), now.getMonth(), now.getDate());
  }
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
};

export const addDays = (date: Date, days: number) =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);

const mondayOf = (date: Date) => addDays(date, -((date.getDay() + 6) % 7));

/** The weeks a view shows: the week of the day, or every week touching its month. */
export const weeksOf = (anchor: Date, view: CalendarView): Date[][] => {
  const first = view === 'week' ? mondayOf(anchor) : mondayOf(new Date(anchor.getFullYear(), anchor.getMonth(), 1));
  const last = view === 'week' ? first : mondayOf(new Date(anchor.getFullYear(), anchor.getMonth() + 1, 0));
  const weeks: Date[][] = [];
  for (let monday = first; monday <= last; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(monday, i)));
  }
  return weeks;
};

/** The same place one view later (or earlier): next month keeps to the 1st, next week to Monday. */
export const step = (anchor: Date, view: CalendarView, direction: 1 | -1) =>
  view === 'week'
    ? addDays(mondayOf(anchor), 7 * direction)
    : new Date(anchor.getFullYear(), anchor.getMonth() + direction, 1);

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' });
const LONG_DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const SHORT_DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

export const viewTitle = (anchor: Date, view: CalendarView) =>
  view === 'month' ? MONTH.format(anchor) : `Week of ${LONG_DAY.format(mondayOf(anchor))}`;

export const longDay = (date: Date) => LONG_DAY.format(date);
export const shortDay = (date: Date) => SHORT_DAY.format(date);

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
