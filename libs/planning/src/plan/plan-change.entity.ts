import { Entity, Index, Property } from '@mikro-orm/core';
import { PartnershipOwnedEntity } from '@kindred/database';
import type { WorkforcePlan } from './workforce-plan.entity';

export type PlanChangeAction = 'CREATED' | 'UPDATED' | 'DELETED' | 'STATUS_CHANGED';

/**
 * Who changed what in a plan, its objectives or actions, and when: the plan's audit trail, kept
 * as the people audit is (field → [before, after]), written in the same transaction as the change.
 */
@Entity()
@Index({ properties: ['planId', 'createdAt'] })
export class PlanChange extends PartnershipOwnedEntity {
  @Property({ type: 'uuid' })
  planId: string;

  @Property({ type: 'uuid' })
  actorUserId: string;

  @Property({ type: 'string', length: 20 })
  action: PlanChangeAction;

  /** WorkforcePlan, PlanObjective or PlanAction. */
  @Property({ type: 'string', length: 40 })
  entityType: string;

  @Property({ type: 'uuid' })
  entityId: string;

  @Property({ type: 'json' })
  changes: Record<string, [unknown, unknown]>;

  constructor(
    plan: WorkforcePlan,
    entry: {
      actorUserId: string;
      action: PlanChangeAction;
      entityType: string;
      entityId: string;
      changes: Record<string, [unknown, unknown]>;
    },
  ) {
    super(plan.partnership);
    this.planId = plan.id;
    this.actorUserId = entry.actorUserId;
    this.action = entry.action;
    this.entityType = entry.entityType;
    this.entityId = entry.entityId;
    this.changes = entry.changes;
  }
}
