import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { scopeToPartnership } from '@kindred/database';
import { defineJob, defineSchedule, JobHandler } from '@kindred/jobs';
import type { ObjectiveFigures } from './figures';
import { ObjectiveProgress } from './objective-progress';
import { ObjectiveSnapshot } from './objective-snapshot.entity';
import { PlanObjective } from './plan-objective.entity';
import { straightLine, Trajectory, trajectory, trendPerDay } from './trajectory';
import { PlanStatus } from './workforce-plan.entity';

/** Live figures with the straight line, and, unless the figures are withheld, the trend and trajectory. */
export type ObjectiveStanding = ObjectiveFigures & {
  asOf: string;
  expectedPercent: number;
  trajectory: Trajectory | null;
  trendPer28Days: number | null;
};

/** How far back the trend looks. */
const TREND_DAYS = 28;

const minusDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

export const snapshotObjectives = defineJob<{ day?: string } | null>('planning.snapshot-objectives');
export const snapshotObjectivesSchedule = defineSchedule({
  name: 'planning.snapshot-objectives',
  cron: '20 2 * * *',
  job: snapshotObjectives,
});

/**
 * Where each objective stands: live progress, the trend from the daily snapshots and the
 * trajectory; and the daily snapshot itself, taken by the worker for every objective of every plan
 * not yet closed so the trend exists.
 */
@Injectable()
export class ObjectiveTracker {
  private readonly logger = new Logger(ObjectiveTracker.name);

  constructor(
    private readonly em: EntityManager,
    private readonly progress: ObjectiveProgress,
  ) {}

  async standing(objective: PlanObjective, planStartsOn: string, today: string): Promise<ObjectiveStanding> {
    const [figures, snapshots] = await Promise.all([
      this.progress.ofObjective(objective.partnership.id, objective, today),
      this.em.find(ObjectiveSnapshot, { objective, day: { $gte: minusDays(today, TREND_DAYS), $lt: today } }),
    ]);
    const line = {
      startsOn: planStartsOn,
      deadline: objective.deadline,
      baselinePercent: Number(objective.baselinePercent ?? 0),
      targetPercent: objective.targetPercent,
      today,
    };
    // A withheld figure has no trend or trajectory either: both would give the share away.
    if (figures.withheld) {
      return { ...figures, asOf: today, expectedPercent: straightLine(line), trajectory: null, trendPer28Days: null };
    }
    const trend = trendPerDay(snapshots, today, figures.percent);
    const result = trajectory({ ...line, actualPercent: figures.percent, trendPerDay: trend });
    return {
      ...figures,
      asOf: today,
      expectedPercent: result.expectedPercent,
      trajectory: result.status,
      trendPer28Days: trend === null ? null : Math.round(trend * TREND_DAYS * 10) / 10,
    };
  }

  /** The share over time: every daily snapshot, oldest first (withheld days were never kept). */
  async history(objective: PlanObjective): Promise<{ day: string; percent: number }[]> {
    const snapshots = await this.em.find(ObjectiveSnapshot, { objective }, { orderBy: { day: 'ASC' } });
    return snapshots.map(({ day, percent }) => ({ day, percent }));
  }

  /** Today's snapshot of every open objective, partnership by partnership; idempotent per day. */
  @JobHandler(snapshotObjectives)
  async snapshotAll(data: { day?: string } | null): Promise<number> {
    const day = data?.day ?? new Date().toISOString().slice(0, 10);
    const partnerships = await this.em
      .getConnection()
      .execute<{ partnership_id: string }[]>(
        `select distinct o.partnership_id from plan_objective o join workforce_plan p on p.id = o.plan_id where p.status <> ?`,
        [PlanStatus.CLOSED],
      );
    let taken = 0;
    for (const { partnership_id } of partnerships) {
      const em = this.em.fork();
      scopeToPartnership(em, partnership_id);
      const objectives = await em.find(PlanObjective, { plan: { status: { $ne: PlanStatus.CLOSED } } });
      for (const objective of objectives) {
        const figures = await this.progress.ofObjective(partnership_id, objective, day);
        // A withheld day is not kept: the snapshots hold only figures that could be shown.
        if (figures.withheld) continue;
        await this.record(em, objective, day, figures);
        taken += 1;
      }
    }
    this.logger.log(`Snapshotted ${taken} objective(s) for ${day}.`);
    return taken;
  }

  /** Writes (or rewrites) the day's snapshot in one statement, so a rerun never duplicates it. */
  async record(
    em: EntityManager,
    objective: PlanObjective,
    day: string,
    progress: { population: number; meeting: number; percent: number },
  ): Promise<void> {
    await em.getConnection().execute(
      `insert into objective_snapshot (id, partnership_id, objective_id, day, population, meeting, percent, created_at, updated_at)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, now(), now())
       on conflict (objective_id, day) do update
         set population = excluded.population, meeting = excluded.meeting, percent = excluded.percent, updated_at = now()`,
      [objective.partnership.id, objective.id, day, progress.population, progress.meeting, progress.percent],
    );
  }
}
