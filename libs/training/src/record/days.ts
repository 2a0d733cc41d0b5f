import type { IsoDate } from '@kindred/org';

const DAY_MS = 86_400_000;

/** The calendar day of an instant, as the rest of Kindred keeps dates: UTC, `YYYY-MM-DD`. */
export const isoDay = (at: Date): IsoDate => at.toISOString().slice(0, 10);

/** The day `days` after the instant's day. */
export const dayAfter = (at: Date, days: number): IsoDate => isoDay(new Date(at.getTime() + days * DAY_MS));
