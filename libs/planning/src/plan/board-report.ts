import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { NotFoundError } from '@kindred/common';
import { Organisation, OrganisationAccess, Person } from '@kindred/org';
import { EVERYONE, measureOf, ObjectiveProgress, type Progress } from './objective-progress';
import { type ObjectiveStanding, ObjectiveTracker } from './objective-tracker';
import { MeasureKind, type PlanObjective } from './plan-objective.entity';
import { PlanService, isoDay } from './plan.service';
import { type TrainingNeedRow, TrainingNeeds } from './training-needs';
import type { WorkforcePlan } from './workforce-plan.entity';

const THREE_MONTHS_MS = 91 * 86_400_000;

/** Everything the board report shows, gathered once so the PDF and the workbook agree. */
export interface BoardReportContent {
  asOf: string;
  plan: WorkforcePlan;
  ownerName: string;
  partners: string[];
  objectives: { objective: PlanObjective; standing: ObjectiveStanding }[];
  actions: { title: string; objective: string | null; owner: string; dueOn: string; status: string }[];
  /** Supervision within frequency and CPD on track, across everyone in a current job. */
  coverage: { supervision: Progress; cpd: Progress };
  needs: TrainingNeedRow[];
}

/**
 * Gathers a plan's board report: its objectives with live progress and breakdown, actions,
 * supervision and CPD coverage and the training needs, narrowed as the actor's reads are.
 */
@Injectable()
export class BoardReport {
  constructor(
    private readonly em: EntityManager,
    private readonly plans: PlanService,
    private readonly tracker: ObjectiveTracker,
    private readonly progress: ObjectiveProgress,
    private readonly trainingNeeds: TrainingNeeds,
  ) {}

  async content(actor: Actor, planId: string, now = new Date()): Promise<BoardReportContent> {
    const plan = await this.plans.get(planId);
    if (!plan) throw new NotFoundError('Workforce plan', planId);
    const today = isoDay(now);
    const reach = OrganisationAccess.of(actor, 'plan.read');
    const narrow = <T extends { byOrganisation: { organisationId: string }[] }>(p: T): T => ({
      ...p,
      byOrganisation: p.byOrganisation.filter((o) => reach.reaches(o.organisationId)),
    });
    const [objectives, actions, partners, supervision, cpd, needs] = await Promise.all([
      this.plans.objectives(plan.id),
      this.plans.actions(plan.id),
      this.em.find(Organisation, { id: { $in: plan.partnerOrganisationIds } }, { orderBy: { name: 'ASC' } }),
      this.progress.of(actor.partnershipId, EVERYONE, measureOf(MeasureKind.SUPERVISION_IN_FREQUENCY), today),
      this.progress.of(actor.partnershipId, EVERYONE, measureOf(MeasureKind.CPD_ON_TRACK), today),
      this.trainingNeeds.analyse(actor.partnershipId, today, isoDay(new Date(now.getTime() + THREE_MONTHS_MS))),
    ]);
    const standings = await Promise.all(objectives.map((o) => this.tracker.standing(o, plan.startsOn, today)));
    const people = await this.em.find(Person, { id: { $in: [plan.ownerId, ...actions.map((a) => a.ownerId)] } });
    const name = (id: string) => people.find((p) => p.id === id)?.fullName ?? 'Someone who has left';
    const titles = new Map(objectives.map((o) => [o.id, o.title]));
    return {
      asOf: today,
      plan,
      ownerName: name(plan.ownerId),
      partners: partners.map((o) => o.name),
      objectives: objectives.map((objective, i) => ({ objective, standing: narrow(standings[i]) })),
      actions: actions.map((a) => ({
        title: a.title,
        objective: a.objective ? (titles.get(a.objective.id) ?? null) : null,
        owner: name(a.ownerId),
        dueOn: a.dueOn,
        status: a.status,
      })),
      coverage: { supervision: narrow(supervision), cpd: narrow(cpd) },
      needs: needs.filter((n) => reach.reaches(n.organisationId)),
    };
  }
}
