import { Entity, Index, Property, type Ref } from '@mikro-orm/core';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';

export type AuditAction = 'CREATED' | 'UPDATED' | 'ENDED' | 'ROLE_GRANTED' | 'ROLE_REVOKED' | 'INVITED' | 'IMPORTED';

/**
 * Who changed what about a person, and when. Written in the same transaction as the change; never
 * updated or deleted.
 */
@Entity()
@Index({ properties: ['partnership', 'personId', 'createdAt'] })
export class AuditEntry extends PartnershipOwnedEntity {
  /** The person the change is about. */
  @Property({ type: 'uuid' })
  personId: string;

  /** The user who made it; null for the system (imports run by the worker carry their requester). */
  @Property({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Property({ type: 'string', length: 40 })
  action: AuditAction;

  /** What kind of record changed: Person, JobAssignment, DbsCheck, RoleGrant. */
  @Property({ type: 'string', length: 40 })
  entityType: string;

  @Property({ type: 'uuid' })
  entityId: string;

  /** Field → [before, after]; for a creation, the values set. */
  @Property({ type: 'json' })
  changes: Record<string, [unknown, unknown]>;

  constructor(
    partnership: Ref<Partnership>,
    entry: {
      personId: string;
      actorUserId: string | null;
      action: AuditAction;
      entityType: string;
      entityId: string;
      changes: Record<string, [unknown, unknown]>;
    },
  ) {
    super(partnership);
    this.personId = entry.personId;
    this.actorUserId = entry.actorUserId;
    this.action = entry.action;
    this.entityType = entry.entityType;
    this.entityId = entry.entityId;
    this.changes = entry.changes;
  }
}
