import { SchedulingInputError, Slot } from './problem';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO date; the solver counts in whole days. */
export function dayNumber(iso: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new SchedulingInputError(`"${iso}" is not a date (YYYY-MM-DD).`);
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new SchedulingInputError(`"${iso}" is not a date (YYYY-MM-DD).`);
  return Math.round(ms / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const UK_DAY = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Mon, 4 Jan 2027": how a day reads in the text people see (explanations, notes). */
export function ukDay(day: number): string {
  return UK_DAY.format(new Date(day * DAY_MS));
}

/** ISO weekday, Monday 1 … Sunday 7 (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return ((day + 3) % 7) + 1;
}

/** Half-days a slot occupies, as bits: morning 1, afternoon 2. */
export const SLOT_MASK: Record<Slot, number> = { [Slot.MORNING]: 1, [Slot.AFTERNOON]: 2, [Slot.DAY]: 3 };

const HALF_DAY_MINUTES = 210;
const FULL_DAY_MINUTES = 450;

/** The slots a part of this length fits: half days when it fits one, otherwise the whole day. */
export function slotsFor(minutesPerPart: number, title: string): Slot[] {
  if (minutesPerPart <= HALF_DAY_MINUTES) return [Slot.MORNING, Slot.AFTERNOON];
  if (minutesPerPart <= FULL_DAY_MINUTES) return [Slot.DAY];
  throw new SchedulingInputError(`${title}: a part lasts at most ${FULL_DAY_MINUTES} minutes (one day).`);
}

/** When a part starts and ends on its day, as UK local clock times. */
export const SLOT_TIMES: Record<Slot, { starts: string; ends: string }> = {
  [Slot.MORNING]: { starts: '09:30', ends: '13:00' },
  [Slot.AFTERNOON]: { starts: '13:30', ends: '17:00' },
  [Slot.DAY]: { starts: '09:30', ends: '17:00' },
};

export function distanceKm(
  a: { id: string; area: string; position?: { x: number; y: number } },
  b: { id: string; area: string; position?: { x: number; y: number } },
): number {
  if (a.id === b.id) return 0;
  if (a.position && b.position) return Math.hypot(a.position.x - b.position.x, a.position.y - b.position.y);
  return a.area === b.area ? 5 : 20;
}
