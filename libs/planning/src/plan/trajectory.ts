export enum Trajectory {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
}

const DAY_MS = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** How far behind the straight line an objective may fall and still count as at risk. */
export const AT_RISK_POINTS = 10;

export interface TrajectoryInput {
  /** The plan's first day: where the straight line starts, at the baseline. */
  startsOn: string;
  deadline: string;
  baselinePercent: number;
  targetPercent: number;
  actualPercent: number;
  today: string;
  /** Change in percentage points per day over the recent snapshots; null with no history yet. */
  trendPerDay: number | null;
}

export interface TrajectoryResult {
  expectedPercent: number;
  status: Trajectory;
}

/** Where the straight line from the baseline on the plan's first day to the target on the deadline stands today. */
export function straightLine(
  input: Pick<TrajectoryInput, 'startsOn' | 'deadline' | 'baselinePercent' | 'targetPercent' | 'today'>,
): number {
  const span = Math.max(1, days(input.startsOn, input.deadline));
  const elapsed = Math.min(span, Math.max(0, days(input.startsOn, input.today)));
  return (
    Math.round((input.baselinePercent + ((input.targetPercent - input.baselinePercent) * elapsed) / span) * 10) / 10
  );
}

/**
 * Compares the actual share with a straight line from the baseline on the plan's first day to the
 * target on the deadline (decision 0061):
 * - on track when the target is met, or the share is on or above the line;
 * - off track once the deadline has passed unmet;
 * - at risk when behind the line but the recent trend, kept up, reaches the target by the
 *   deadline, or when no more than AT_RISK_POINTS behind and not falling;
 * - off track otherwise.
 */
export function trajectory(input: TrajectoryInput): TrajectoryResult {
  const expectedPercent = straightLine(input);
  const status = ((): Trajectory => {
    if (input.actualPercent >= input.targetPercent) return Trajectory.ON_TRACK;
    if (input.today > input.deadline) return Trajectory.OFF_TRACK;
    if (input.actualPercent >= expectedPercent) return Trajectory.ON_TRACK;
    const left = days(input.today, input.deadline);
    if (input.trendPerDay !== null && input.actualPercent + input.trendPerDay * left >= input.targetPercent) {
      return Trajectory.AT_RISK;
    }
    const falling = input.trendPerDay !== null && input.trendPerDay < 0;
    return expectedPercent - input.actualPercent <= AT_RISK_POINTS && !falling
      ? Trajectory.AT_RISK
      : Trajectory.OFF_TRACK;
  })();
  return { expectedPercent, status };
}

/** Points per day between the oldest snapshot of the window and today's share. */
export function trendPerDay(
  snapshots: { day: string; percent: number }[],
  today: string,
  actualPercent: number,
): number | null {
  const earlier = snapshots.filter((s) => s.day < today).sort((a, b) => a.day.localeCompare(b.day))[0];
  if (!earlier) return null;
  return (actualPercent - Number(earlier.percent)) / Math.max(1, days(earlier.day, today));
}
