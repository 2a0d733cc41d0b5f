import { Entity, Enum, Index, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { BadInputError, ConflictError } from '@kindred/common';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';
import { Person } from '@kindred/org';
import type { CompletionRecord } from '@kindred/plugin-sdk';

export enum UnmatchedStatus {
  OPEN = 'OPEN',
  /** Matched to a person (by hand, or by a later sync once they were added): a record was made. */
  RESOLVED = 'RESOLVED',
  DISMISSED = 'DISMISSED',
}

/**
 * A completion a provider reported for someone Kindred could not match by email or employee
 * number. It is kept for a workforce lead to match to a person or dismiss, never dropped.
 */
@Entity()
@Unique({ properties: ['partnership', 'instance', 'externalId'] })
@Index({ properties: ['partnership', 'status'] })
export class UnmatchedCompletion extends PartnershipOwnedEntity {
  @Property({ type: 'string', length: 64 })
  instance: string;

  @Property({ type: 'string', length: 200 })
  provider: string;

  @Property({ type: 'string', length: 200 })
  externalId: string;

  @Property({ type: 'string', length: 320, nullable: true })
  learnerEmail: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  learnerEmployeeNumber: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  learnerName: string | null;

  @Property({ type: 'string', length: 200 })
  courseTitle: string;

  @Property({ type: 'date' })
  completedOn: string;

  @Enum({ items: () => UnmatchedStatus, nativeEnumName: 'unmatched_status' })
  status: UnmatchedStatus = UnmatchedStatus.OPEN;

  @ManyToOne({ entity: () => Person, ref: true, nullable: true, deleteRule: 'set null' })
  person: Ref<Person> | null = null;

  @Property({ type: 'uuid', nullable: true })
  resolvedBy: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  dismissReason: string | null = null;

  constructor(partnership: Ref<Partnership>, instance: string, provider: string, completion: CompletionRecord) {
    super(partnership);
    this.instance = instance;
    this.provider = provider;
    this.externalId = completion.externalId;
    this.learnerEmail = completion.learner.email?.trim().toLowerCase() || null;
    this.learnerEmployeeNumber = completion.learner.employeeNumber?.trim() || null;
    this.learnerName = completion.learner.name?.trim() || null;
    this.courseTitle = completion.courseTitle;
    this.completedOn = completion.completedOn;
  }

  /** The completion as the provider reported it, to record it once a person is found. */
  get completion(): CompletionRecord {
    return {
      externalId: this.externalId,
      learner: { email: this.learnerEmail, employeeNumber: this.learnerEmployeeNumber, name: this.learnerName },
      courseTitle: this.courseTitle,
      completedOn: this.completedOn,
    };
  }

  resolve(person: Person, by: string | null, now: Date): void {
    this.assertOpen();
    this.status = UnmatchedStatus.RESOLVED;
    this.person = ref(person);
    this.resolvedBy = by;
    this.resolvedAt = now;
  }

  dismiss(reason: string, by: string, now: Date): void {
    this.assertOpen();
    if (!reason.trim()) throw new BadInputError('Say why the completion is dismissed.');
    this.status = UnmatchedStatus.DISMISSED;
    this.dismissReason = reason.trim();
    this.resolvedBy = by;
    this.resolvedAt = now;
  }

  private assertOpen(): void {
    if (this.status !== UnmatchedStatus.OPEN) {
      throw new ConflictError(`This completion is already ${this.status.toLowerCase()}.`);
    }
  }
}
