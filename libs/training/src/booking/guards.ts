import { BookingGuard } from './booking.entity';

const WINDOW_MS = 28 * 86_400_000;

export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

export interface TrainingLoad extends Interval {
  minutes: number;
}

/**
 * Saturation: the most training minutes in any 28 days containing the new session, counting the
 * person's other live bookings. The busiest window ends at some session's start, so checking the
 * windows that end at each start from the new session's on is enough.
 */
export function busiestWindowMinutes(candidate: TrainingLoad, booked: readonly TrainingLoad[]): number {
  const all = [...booked, candidate];
  const ends = all.map((s) => s.startsAt.getTime()).filter((t) => t >= candidate.startsAt.getTime());
  return Math.max(
    ...ends.map((end) =>
      all
        .filter((s) => s.startsAt.getTime() <= end && s.startsAt.getTime() > end - WINDOW_MS)
        .reduce((sum, s) => sum + s.minutes, 0),
    ),
  );
}

export interface GuardPolicy {
  /** The partnership's cap on training hours per person in any rolling 28 days. */
  hoursCapPer28Days: number;
}

export interface TeamAway {
  teamName: string;
  /** People with a current job in the team. */
  size: number;
  /** The largest share of the team that may be away on training at once, if the team sets one. */
  limitPercent: number | null;
  /** Team members other than the learner already booked on training overlapping this session. */
  alreadyAway: number;
}

/** The guards a booking would break: each blocks a self-booking until a manager overrides it. */
export function guardsBroken(
  candidate: TrainingLoad,
  booked: readonly TrainingLoad[],
  teams: readonly TeamAway[],
  policy: GuardPolicy,
): BookingGuard[] {
  const broken: BookingGuard[] = [];
  if (busiestWindowMinutes(candidate, booked) > policy.hoursCapPer28Days * 60) broken.push(BookingGuard.SATURATION);
  const overStretched = teams.some(
    (t) => t.limitPercent !== null && ((t.alreadyAway + 1) / t.size) * 100 > t.limitPercent,
  );
  if (overStretched) broken.push(BookingGuard.BACKFILL);
  return broken;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}
