import { Entity, Enum, Index, Property, type Ref } from '@mikro-orm/core';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';

export enum SupervisionAuditAction {
  /** Someone read sealed content. */
  READ = 'READ',
  /** A subject access export included the record. */
  EXPORTED = 'EXPORTED',
  /** The retention policy erased the record's content. */
  ERASED = 'ERASED',
}

/**
 * Who read which supervision record's content, and when; also exports and erasures. Written with
 * the read, never updated or deleted.
 */
@Entity()
@Index({ properties: ['partnership', 'subjectPersonId', 'createdAt'] })
@Index({ properties: ['recordId'] })
export class SupervisionAudit extends PartnershipOwnedEntity {
  /** Null for the system (the retention job). */
  @Property({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Enum({ items: () => SupervisionAuditAction, nativeEnumName: 'supervision_audit_action' })
  action: SupervisionAuditAction;

  /** SupervisionSession, SupervisionAgreement, ReflectiveLogEntry, Escalation, SupervisionAction… */
  @Property({ type: 'string', length: 40 })
  recordType: string;

  @Property({ type: 'uuid' })
  recordId: string;

  /** Whose supervision the record is. */
  @Property({ type: 'uuid' })
  subjectPersonId: string;

  constructor(
    partnership: Ref<Partnership>,
    entry: {
      actorUserId: string | null;
      action: SupervisionAuditAction;
      recordType: string;
      recordId: string;
      subjectPersonId: string;
    },
  ) {
    super(partnership);
    this.actorUserId = entry.actorUserId;
    this.action = entry.action;
    this.recordType = entry.recordType;
    this.recordId = entry.recordId;
    this.subjectPersonId = entry.subjectPersonId;
  }
}
