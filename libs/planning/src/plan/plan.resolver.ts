import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { IdArg } from '@kindred/common';
import { OrganisationAccess } from '@kindred/org';
import { ObjectiveTracker } from './objective-tracker';
import type { PlanAction } from './plan-action.entity';
import type { PlanChange } from './plan-change.entity';
import type { PlanObjective } from './plan-objective.entity';
import { isoDay, PlanService } from './plan.service';
import {
  AddObjectiveInput,
  AddPlanActionInput,
  MoveWorkforcePlanInput,
  ObjectivePointView,
  ObjectiveProgressView,
  PlanActionView,
  PlanChangeView,
  PlanObjectiveView,
  PlanVersionView,
  TrainingNeedsFilter,
  TrainingNeedView,
  UpdateObjectiveInput,
  UpdatePlanActionInput,
  UpdateWorkforcePlanInput,
  WorkforcePlanInput,
  WorkforcePlanView,
} from './plan.types';
import type { PlanVersion } from './plan-version.entity';
import { TrainingNeeds } from './training-needs';
import type { WorkforcePlan } from './workforce-plan.entity';

const THREE_MONTHS_MS = 91 * 86_400_000;

/** The workforce development plan: leads write it; partner admins and managers read it. */
@Resolver(() => WorkforcePlanView)
export class PlanResolver {
  constructor(
    private readonly plans: PlanService,
    private readonly needs: TrainingNeeds,
  ) {}

  @Allow('plan.read')
  @Query(() => [WorkforcePlanView])
  workforcePlans(): Promise<WorkforcePlan[]> {
    return this.plans.list();
  }

  @Allow('plan.read')
  @Query(() => WorkforcePlanView, { nullable: true })
  workforcePlan(@IdArg() id: string): Promise<WorkforcePlan | null> {
    return this.plans.get(id);
  }

  @Allow('plan.read')
  @Query(() => [TrainingNeedView], {
    description: 'Demand per course, site and organisation, with places booked and still needed.',
  })
  async trainingNeeds(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => TrainingNeedsFilter, nullable: true }) filter?: TrainingNeedsFilter | null,
  ): Promise<TrainingNeedView[]> {
    const now = new Date();
    const until = filter?.until ?? isoDay(new Date(now.getTime() + THREE_MONTHS_MS));
    const reach = OrganisationAccess.of(actor, 'plan.read');
    const rows = await this.needs.analyse(actor.partnershipId, isoDay(now), until);
    return rows.filter(
      (r) =>
        reach.reaches(r.organisationId) &&
        (!filter?.courseId || r.courseId === filter.courseId) &&
        (!filter?.siteId || r.siteId === filter.siteId) &&
        (!filter?.organisationId || r.organisationId === filter.organisationId),
    );
  }

  @Allow('plan.write')
  @Mutation(() => WorkforcePlanView)
  createWorkforcePlan(@CurrentActor() actor: Actor, @Args('input') input: WorkforcePlanInput): Promise<WorkforcePlan> {
    return this.plans.create(actor, input);
  }

  @Allow('plan.write')
  @Mutation(() => WorkforcePlanView, { description: 'Edits the plan; an approved plan keeps a version of each edit.' })
  updateWorkforcePlan(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateWorkforcePlanInput,
  ): Promise<WorkforcePlan> {
    return this.plans.update(actor, input.id, input);
  }

  @Allow('plan.write')
  @Mutation(() => WorkforcePlanView, { description: 'Moves the plan to its next status and keeps a version.' })
  moveWorkforcePlan(
    @CurrentActor() actor: Actor,
    @Args('input') input: MoveWorkforcePlanInput,
  ): Promise<WorkforcePlan> {
    return this.plans.moveTo(actor, input.id, input.status);
  }

  @Allow('plan.write')
  @Mutation(() => PlanObjectiveView)
  addPlanObjective(@CurrentActor() actor: Actor, @Args('input') input: AddObjectiveInput): Promise<PlanObjective> {
    return this.plans.addObjective(actor, input.planId, input);
  }

  @Allow('plan.write')
  @Mutation(() => PlanObjectiveView)
  updatePlanObjective(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateObjectiveInput,
  ): Promise<PlanObjective> {
    return this.plans.updateObjective(actor, input.id, input);
  }

  @Allow('plan.write')
  @Mutation(() => Boolean)
  removePlanObjective(@CurrentActor() actor: Actor, @IdArg() id: string): Promise<boolean> {
    return this.plans.removeObjective(actor, id);
  }

  @Allow('plan.write')
  @Mutation(() => PlanActionView)
  addPlanAction(@CurrentActor() actor: Actor, @Args('input') input: AddPlanActionInput): Promise<PlanAction> {
    return this.plans.addAction(actor, input.planId, input);
  }

  @Allow('plan.write')
  @Mutation(() => PlanActionView)
  updatePlanAction(@CurrentActor() actor: Actor, @Args('input') input: UpdatePlanActionInput): Promise<PlanAction> {
    return this.plans.updateAction(actor, input.id, input);
  }

  @Allow('plan.write')
  @Mutation(() => Boolean)
  removePlanAction(@CurrentActor() actor: Actor, @IdArg() id: string): Promise<boolean> {
    return this.plans.removeAction(actor, id);
  }

  @ResolveField(() => [PlanObjectiveView])
  objectives(@Parent() plan: WorkforcePlan): Promise<PlanObjective[]> {
    return this.plans.objectives(plan.id);
  }

  @ResolveField(() => [PlanActionView])
  actions(@Parent() plan: WorkforcePlan): Promise<PlanAction[]> {
    return this.plans.actions(plan.id);
  }

  @ResolveField(() => [PlanVersionView])
  async versions(@Parent() plan: WorkforcePlan): Promise<PlanVersionView[]> {
    return (await this.plans.versions(plan.id)).map((v: PlanVersion) => ({
      id: v.id,
      number: v.number,
      status: v.status,
      reason: v.reason,
      madeByUserId: v.madeByUserId,
      createdAt: v.createdAt,
      snapshot: JSON.stringify(v.snapshot),
    }));
  }

  @ResolveField(() => [PlanChangeView])
  async changes(@Parent() plan: WorkforcePlan): Promise<PlanChangeView[]> {
    return (await this.plans.changes(plan.id)).map((c: PlanChange) => ({
      id: c.id,
      action: c.action,
      entityType: c.entityType,
      entityId: c.entityId,
      actorUserId: c.actorUserId,
      changes: JSON.stringify(c.changes),
      createdAt: c.createdAt,
    }));
  }
}

/** Live progress on an objective; a partner admin sees the breakdown for their own organisation. */
@Resolver(() => PlanObjectiveView)
export class PlanObjectiveResolver {
  constructor(private readonly tracker: ObjectiveTracker) {}

  @ResolveField(() => ObjectiveProgressView)
  async progress(@CurrentActor() actor: Actor, @Parent() objective: PlanObjective): Promise<ObjectiveProgressView> {
    const plan = await objective.plan.load();
    const standing = await this.tracker.standing(objective, plan!.startsOn, isoDay(new Date()));
    const reach = OrganisationAccess.of(actor, 'plan.read');
    return { ...standing, byOrganisation: standing.byOrganisation.filter((o) => reach.reaches(o.organisationId)) };
  }

  @ResolveField(() => [ObjectivePointView], { description: 'The share over time, from the daily snapshots.' })
  history(@Parent() objective: PlanObjective): Promise<ObjectivePointView[]> {
    return this.tracker.history(objective);
  }
}
