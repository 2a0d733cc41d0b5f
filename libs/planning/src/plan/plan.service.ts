import { Injectable } from '@nestjs/common';
import { FlushMode, ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor } from '@kindred/auth';
import { ConflictError, NotFoundError } from '@kindred/common';
import { Partnership } from '@kindred/database';
import { changesBetween, Organisation, Person, Site } from '@kindred/org';
import { Competency, RoleProfile } from '@kindred/skills';
import { Course } from '@kindred/training';
import { SurveyStatement } from '../culture/survey/pulse-survey.entity';
import { ObjectiveProgress } from './objective-progress';
import { ObjectiveSnapshot } from './objective-snapshot.entity';
import { PlanAction, type PlanActionDetails, PlanActionStatus } from './plan-action.entity';
import { PlanChange, type PlanChangeAction } from './plan-change.entity';
import { type ObjectiveDetails, PlanObjective } from './plan-objective.entity';
import { PlanVersion } from './plan-version.entity';
import type { ObjectiveInput, PlanActionInput, WorkforcePlanInput } from './plan.types';
import { actionFields, objectiveFields, planFields } from './snapshots';
import { type PlanDetails, type PlanStatus, WorkforcePlan } from './workforce-plan.entity';

type PlanRecord = WorkforcePlan | PlanObjective | PlanAction;

export const isoDay = (now: Date): string => now.toISOString().slice(0, 10);

/**
 * The workforce development plan, its objectives and actions. Every write checks the ids it is
 * given against the caller's partnership (another partnership's ids are not found), records what
 * changed, and, for a status change or an edit of an approved plan, stores a numbered version.
 */
@Injectable()
export class PlanService {
  constructor(
    private readonly em: EntityManager,
    private readonly progress: ObjectiveProgress,
  ) {}

  list(): Promise<WorkforcePlan[]> {
    return this.em.find(WorkforcePlan, {}, { orderBy: { startsOn: 'DESC', id: 'ASC' } });
  }

  get(id: string): Promise<WorkforcePlan | null> {
    return this.em.findOne(WorkforcePlan, { id });
  }

  objectives(planId: string): Promise<PlanObjective[]> {
    return this.em.find(
      PlanObjective,
      { plan: planId },
      { orderBy: { deadline: 'ASC', createdAt: 'ASC', title: 'ASC', id: 'ASC' } },
    );
  }

  actions(planId: string): Promise<PlanAction[]> {
    return this.em.find(PlanAction, { plan: planId }, { orderBy: { dueOn: 'ASC', createdAt: 'ASC', id: 'ASC' } });
  }

  versions(planId: string): Promise<PlanVersion[]> {
    return this.em.find(PlanVersion, { plan: planId }, { orderBy: { number: 'DESC' } });
  }

  changes(planId: string): Promise<PlanChange[]> {
    return this.em.find(PlanChange, { planId }, { orderBy: { createdAt: 'DESC', id: 'ASC' }, limit: 200 });
  }

  async create(actor: Actor, input: WorkforcePlanInput): Promise<WorkforcePlan> {
    const details = await this.planDetails(input);
    await this.assertPeriodFree(details.period);
    const plan = new WorkforcePlan(ref(Partnership, actor.partnershipId), details);
    this.em.persist(plan);
    this.audit(actor, plan, 'CREATED', 'WorkforcePlan', plan.id, changesBetween({}, planFields(plan)));
    return this.flush(plan);
  }

  async update(actor: Actor, id: string, input: WorkforcePlanInput): Promise<WorkforcePlan> {
    const plan = await this.found(id);
    plan.assertEditable();
    const details = await this.planDetails(input);
    await this.assertPeriodFree(details.period, plan.id);
    const before = planFields(plan);
    plan.change(details);
    await this.changed(actor, plan, 'UPDATED', plan, changesBetween(before, planFields(plan)), 'Plan changed');
    return this.flush(plan);
  }

  async moveTo(actor: Actor, id: string, status: PlanStatus, now = new Date()): Promise<WorkforcePlan> {
    const plan = await this.found(id);
    const before = plan.status;
    plan.moveTo(status, now);
    this.audit(actor, plan, 'STATUS_CHANGED', 'WorkforcePlan', plan.id, { status: [before, status] });
    await this.version(actor, plan, `Moved to ${status.toLowerCase()}`);
    return this.flush(plan);
  }

  async addObjective(actor: Actor, planId: string, input: ObjectiveInput, now = new Date()): Promise<PlanObjective> {
    const plan = await this.found(planId);
    plan.assertEditable();
    const details = await this.objectiveDetails(input);
    const objective = new PlanObjective(plan, details);
    // The baseline is where the straight line to the target starts (decision 0061).
    const figures = await this.progress.ofObjective(plan.partnership.id, objective, isoDay(now));
    // A withheld figure sets no baseline: the line then starts at 0, as with nothing to measure.
    objective.baselinePercent = figures.percent;
    this.em.persist(figures.withheld ? objective : [objective, new ObjectiveSnapshot(objective, isoDay(now), figures)]);
    await this.changed(
      actor,
      plan,
      'CREATED',
      objective,
      changesBetween({}, objectiveFields(objective)),
      'Objective added',
    );
    return this.flush(objective);
  }

  async updateObjective(actor: Actor, id: string, input: ObjectiveInput): Promise<PlanObjective> {
    const objective = await this.em.findOne(PlanObjective, { id }, { populate: ['plan'] });
    if (!objective) throw new NotFoundError('Objective', id);
    const plan = objective.plan.getEntity();
    plan.assertEditable();
    const details = await this.objectiveDetails(input);
    const before = objectiveFields(objective);
    objective.change(plan, details);
    await this.changed(
      actor,
      plan,
      'UPDATED',
      objective,
      changesBetween(before, objectiveFields(objective)),
      'Objective changed',
    );
    return this.flush(objective);
  }

  async removeObjective(actor: Actor, id: string): Promise<boolean> {
    const objective = await this.em.findOne(PlanObjective, { id }, { populate: ['plan'] });
    if (!objective) throw new NotFoundError('Objective', id);
    const plan = objective.plan.getEntity();
    plan.assertEditable();
    // Its actions stay on the plan, no longer linked to an objective.
    const linked = await this.em.find(PlanAction, { objective });
    linked.forEach((a) => (a.objective = null));
    this.em.remove(objective);
    await this.changed(
      actor,
      plan,
      'DELETED',
      objective,
      changesBetween(objectiveFields(objective), {}),
      'Objective removed',
    );
    await this.em.flush();
    return true;
  }

  async addAction(actor: Actor, planId: string, input: PlanActionInput): Promise<PlanAction> {
    const plan = await this.found(planId);
    plan.assertEditable();
    const [objective, details] = await this.actionDetails(input);
    const action = new PlanAction(plan, objective, details);
    this.em.persist(action);
    await this.changed(actor, plan, 'CREATED', action, changesBetween({}, actionFields(action)), 'Action added');
    return this.flush(action);
  }

  async updateAction(actor: Actor, id: string, input: PlanActionInput): Promise<PlanAction> {
    const action = await this.em.findOne(PlanAction, { id }, { populate: ['plan'] });
    if (!action) throw new NotFoundError('Action', id);
    const plan = action.plan.getEntity();
    plan.assertEditable();
    const [objective, details] = await this.actionDetails(input);
    const before = actionFields(action);
    action.change(objective, details);
    await this.changed(actor, plan, 'UPDATED', action, changesBetween(before, actionFields(action)), 'Action changed');
    return this.flush(action);
  }

  async removeAction(actor: Actor, id: string): Promise<boolean> {
    const action = await this.em.findOne(PlanAction, { id }, { populate: ['plan'] });
    if (!action) throw new NotFoundError('Action', id);
    const plan = action.plan.getEntity();
    plan.assertEditable();
    this.em.remove(action);
    await this.changed(actor, plan, 'DELETED', action, changesBetween(actionFields(action), {}), 'Action removed');
    await this.em.flush();
    return true;
  }

  private async found(id: string): Promise<WorkforcePlan> {
    const plan = await this.get(id);
    if (!plan) throw new NotFoundError('Workforce plan', id);
    return plan;
  }

  private async flush<T>(result: T): Promise<T> {
    try {
      await this.em.flush();
    } catch (error) {
      // Two writers at once: the same period taken, or the same version number stored.
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError(
          error.message.includes('plan_version')
            ? 'The plan changed at the same time; reload it and try again.'
            : 'The partnership already has a plan for that period.',
        );
      }
      throw error;
    }
    return result;
  }

  private async assertPeriodFree(period: string, exceptId?: string): Promise<void> {
    const clash = await this.em.findOne(WorkforcePlan, { period, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
    if (clash) throw new ConflictError(`The partnership already has a plan for ${period}.`);
  }

  private audit(
    actor: Actor,
    plan: WorkforcePlan,
    action: PlanChangeAction,
    entityType: string,
    entityId: string,
    changes: Record<string, [unknown, unknown]>,
  ): void {
    if (action === 'UPDATED' && Object.keys(changes).length === 0) return;
    this.em.persist(new PlanChange(plan, { actorUserId: actor.userId, action, entityType, entityId, changes }));
  }

  /** Records an edit; an approved plan also keeps a version of itself as it now stands. */
  private async changed(
    actor: Actor,
    plan: WorkforcePlan,
    action: PlanChangeAction,
    record: PlanRecord,
    changes: Record<string, [unknown, unknown]>,
    reason: string,
  ): Promise<void> {
    if (action === 'UPDATED' && Object.keys(changes).length === 0) return;
    this.audit(actor, plan, action, record.constructor.name, record.id, changes);
    if (!plan.editsAreVersioned) return;
    await this.version(
      actor,
      plan,
      reason,
      action === 'CREATED' ? { added: record } : action === 'DELETED' ? { removed: record } : {},
    );
  }

  /**
   * Stores the plan with its objectives and actions as they stand in this unit of work: a record
   * added here is not in the database yet, and one removed here still is.
   */
  private async version(
    actor: Actor,
    plan: WorkforcePlan,
    reason: string,
    pending: { added?: PlanRecord; removed?: PlanRecord } = {},
  ): Promise<void> {
    const [objectives, actions] = await Promise.all([
      this.em.find(PlanObjective, { plan }, { orderBy: { deadline: 'ASC', id: 'ASC' }, flushMode: FlushMode.COMMIT }),
      this.em.find(PlanAction, { plan }, { orderBy: { dueOn: 'ASC', id: 'ASC' }, flushMode: FlushMode.COMMIT }),
    ]);
    const current = <T extends PlanRecord>(list: T[], type: new (...args: never[]) => T): T[] =>
      [...new Set([...list, ...(pending.added instanceof type ? [pending.added] : [])])].filter(
        (r) => r !== pending.removed,
      );
    this.em.persist(
      new PlanVersion(plan, reason, actor.userId, {
        plan: planFields(plan),
        objectives: current(objectives, PlanObjective).map(objectiveFields),
        actions: current(actions, PlanAction).map(actionFields),
      }),
    );
  }

  private async planDetails(input: WorkforcePlanInput): Promise<PlanDetails> {
    const partners = input.partnerOrganisationIds ?? [];
    await this.assertFound(Person, [input.ownerId], 'Person');
    await this.assertFound(Organisation, partners, 'Organisation');
    return {
      period: input.period,
      title: input.title,
      summary: input.summary ?? '',
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      ownerId: input.ownerId,
      partnerOrganisationIds: partners,
    };
  }

  private async objectiveDetails(input: ObjectiveInput): Promise<ObjectiveDetails> {
    const population = {
      organisationIds: input.population?.organisationIds ?? [],
      organisationKinds: input.population?.organisationKinds ?? [],
      roleProfileIds: input.population?.roleProfileIds ?? [],
      employmentTypes: input.population?.employmentTypes ?? [],
      siteIds: input.population?.siteIds ?? [],
    };
    await this.assertFound(Organisation, population.organisationIds, 'Organisation');
    await this.assertFound(RoleProfile, population.roleProfileIds, 'Role profile');
    await this.assertFound(Site, population.siteIds, 'Site');
    if (input.competencyId) await this.assertFound(Competency, [input.competencyId], 'Competency');
    if (input.courseId) await this.assertFound(Course, [input.courseId], 'Course');
    if (input.statementId) await this.assertFound(SurveyStatement, [input.statementId], 'Survey statement');
    return {
      title: input.title,
      population,
      measure: {
        kind: input.measure,
        competencyId: input.competencyId ?? null,
        level: input.level ?? null,
        courseId: input.courseId ?? null,
        statementId: input.statementId ?? null,
      },
      targetPercent: input.targetPercent,
      deadline: input.deadline,
    };
  }

  private async actionDetails(input: PlanActionInput): Promise<[PlanObjective | null, PlanActionDetails]> {
    await this.assertFound(Person, [input.ownerId], 'Person');
    const objective = input.objectiveId ? await this.em.findOne(PlanObjective, { id: input.objectiveId }) : null;
    if (input.objectiveId && !objective) throw new NotFoundError('Objective', input.objectiveId);
    return [
      objective,
      { title: input.title, ownerId: input.ownerId, dueOn: input.dueOn, status: input.status ?? PlanActionStatus.OPEN },
    ];
  }

  /** Ids are looked up through the tenancy filter: another partnership's are simply not found. */
  private async assertFound(
    entity:
      | typeof Person
      | typeof Organisation
      | typeof Site
      | typeof RoleProfile
      | typeof Competency
      | typeof Course
      | typeof SurveyStatement,
    ids: string[],
    what: string,
  ): Promise<void> {
    if (ids.length === 0) return;
    const found = await this.em.find(entity as typeof Person, { id: { $in: ids } }, { fields: ['id'] });
    const missing = ids.find((id) => !found.some((f) => f.id === id));
    if (missing) throw new NotFoundError(what, missing);
  }
}
