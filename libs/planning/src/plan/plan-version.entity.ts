import { Entity, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { PartnershipOwnedEntity } from '@kindred/database';
import type { PlanStatus } from './workforce-plan.entity';
import { WorkforcePlan } from './workforce-plan.entity';

/** What a version holds: the plan, its objectives and actions as they were. */
export interface PlanSnapshot {
  plan: Record<string, unknown>;
  objectives: Record<string, unknown>[];
  actions: Record<string, unknown>[];
}

/**
 * A numbered copy of the plan, stored at each status change and each edit of an approved plan,
 * so the partnership can show what was agreed and what changed since. Never updated.
 */
@Entity()
@Unique({ properties: ['plan', 'number'] })
export class PlanVersion extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => WorkforcePlan, ref: true, deleteRule: 'cascade' })
  plan: Ref<WorkforcePlan>;

  @Property({ type: 'integer' })
  number: number;

  @Property({ type: 'string', length: 20 })
  status: PlanStatus;

  /** Why the version was taken: "Moved to consultation", "Objective changed". */
  @Property({ type: 'string', length: 200 })
  reason: string;

  @Property({ type: 'uuid' })
  madeByUserId: string;

  @Property({ type: 'json' })
  snapshot: PlanSnapshot;

  constructor(plan: WorkforcePlan, reason: string, madeByUserId: string, snapshot: PlanSnapshot) {
    super(plan.partnership);
    this.plan = ref(plan);
    this.number = plan.takeVersionNumber();
    this.status = plan.status;
    this.reason = reason;
    this.madeByUserId = madeByUserId;
    this.snapshot = snapshot;
  }
}
