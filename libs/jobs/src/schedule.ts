import { CronTime } from 'cron';
import { JobDefinition } from './job-definition';

/**
 * Cron expressions are read in UTC on every worker, so all workers agree on when a tick is due
 * whatever the machine's time zone, and no tick is doubled or lost when clocks change.
 */
export const SCHEDULE_TIME_ZONE = 'UTC';

export interface ScheduleDefinition<TData = unknown> {
  readonly name: string;
  /** Five fields, or six with seconds first; UTC. */
  readonly cron: string;
  readonly job: JobDefinition<TData>;
  readonly data?: TData;
}

/** A task the worker enqueues on a cron schedule; list it in the worker's `schedules`. */
export function defineSchedule<TData>(schedule: {
  name: string;
  cron: string;
  job: JobDefinition<TData>;
  data?: NoInfer<TData>;
}): ScheduleDefinition<TData> {
  if (schedule.name.trim() === '') throw new Error('A schedule needs a name');
  const { valid, error } = CronTime.validateCronExpression(schedule.cron);
  if (!valid) throw new Error(`Schedule "${schedule.name}": invalid cron "${schedule.cron}": ${error?.message}`);
  return { ...schedule };
}

/**
 * The tick a cron firing belongs to: the latest time the expression matches at or before
 * `firedAt`. cron never fires before a tick is due, so however late a firing runs, it maps to its
 * own tick until the next one is due. The search looks back one second first, then sixty times
 * further each round, so frequent schedules need few steps and rare ones are still found.
 */
export function nominalTickTime(cron: string, firedAt: Date): Date {
  const time = new CronTime(cron, SCHEDULE_TIME_ZONE);
  const nextAfter = (instant: Date) => time.getNextDateFrom(instant, SCHEDULE_TIME_ZONE).toJSDate();
  for (let lookbackMs = 1_000; ; lookbackMs *= 60) {
    let tick = nextAfter(new Date(firedAt.getTime() - lookbackMs));
    if (tick > firedAt) continue;
    for (let later = nextAfter(tick); later <= firedAt; later = nextAfter(later)) tick = later;
    return tick;
  }
}

/**
 * The job id for one tick of a schedule. It comes from the cron expression, not from the clock
 * reading at the firing, so every worker firing the same tick produces the same id and the queue
 * keeps only the first: the task runs once per tick however many workers run.
 */
export function tickJobId(schedule: ScheduleDefinition, firedAt: Date): string {
  return `${schedule.name}:${nominalTickTime(schedule.cron, firedAt).toISOString()}`;
}
