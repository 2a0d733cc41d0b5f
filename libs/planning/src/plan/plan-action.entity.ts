import { Entity, Enum, Index, ManyToOne, Property, type Ref, ref } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { assertIsoDate } from '@kindred/org';
import { PlanObjective } from './plan-objective.entity';
import { WorkforcePlan } from './workforce-plan.entity';

export enum PlanActionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}

export interface PlanActionDetails {
  title: string;
  ownerId: string;
  dueOn: string;
  status: PlanActionStatus;
}

/** Something someone will do towards the plan, usually towards one objective. */
@Entity()
@Index({ properties: ['plan'] })
export class PlanAction extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => WorkforcePlan, ref: true, deleteRule: 'cascade' })
  plan: Ref<WorkforcePlan>;

  @ManyToOne({ entity: () => PlanObjective, ref: true, nullable: true, deleteRule: 'set null' })
  objective: Ref<PlanObjective> | null;

  @Property({ type: 'string', length: 300 })
  title!: string;

  /** The person who will do it. */
  @Property({ type: 'uuid' })
  ownerId!: string;

  @Property({ type: 'date' })
  dueOn!: string;

  @Enum({ items: () => PlanActionStatus, nativeEnumName: 'plan_action_status' })
  status!: PlanActionStatus;

  constructor(plan: WorkforcePlan, objective: PlanObjective | null, details: PlanActionDetails) {
    super(plan.partnership);
    this.plan = ref(plan);
    this.objective = objective ? ref(objective) : null;
    this.change(objective, details);
  }

  get objectiveId(): string | null {
    return this.objective?.id ?? null;
  }

  change(objective: PlanObjective | null, details: PlanActionDetails): void {
    const title = details.title.trim();
    if (!title || title.length > 300) throw new BadInputError('An action needs a title of at most 300 characters.');
    assertIsoDate(details.dueOn, 'The due date');
    if (objective && objective.plan.id !== this.plan.id) {
      throw new BadInputError('An action can only be linked to an objective of its own plan.');
    }
    this.objective = objective ? ref(objective) : null;
    this.title = title;
    this.ownerId = details.ownerId;
    this.dueOn = details.dueOn;
    this.status = details.status;
  }
}
