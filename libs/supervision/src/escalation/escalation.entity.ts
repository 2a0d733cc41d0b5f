import { Entity, Enum, Index, ManyToOne, Property, type Ref, ref } from '@mikro-orm/core';
import { BadInputError, ConflictError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { Person } from '@kindred/org';
import type { Sealed } from '../sealing/content-cipher';
import { SupervisionSession } from '../session/supervision-session.entity';

export enum ConcernKind {
  SAFEGUARDING = 'SAFEGUARDING',
  CONDUCT = 'CONDUCT',
}

/**
 * Supervision is confidential but not secret: a safeguarding or conduct concern goes to a named
 * lead. The lead sees it; the supervisee is told that it was raised, to whom and when.
 */
@Entity()
@Index({ properties: ['lead', 'createdAt'] })
export class Escalation extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => SupervisionSession, ref: true, deleteRule: 'cascade' })
  session: Ref<SupervisionSession>;

  /** Whose supervision it arose in. */
  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'cascade' })
  supervisee: Ref<Person>;

  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'cascade' })
  raisedBy: Ref<Person>;

  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'cascade' })
  lead: Ref<Person>;

  @Enum({ items: () => ConcernKind, nativeEnumName: 'concern_kind' })
  concern: ConcernKind;

  @Property({ type: 'text', nullable: true })
  summarySealed: Sealed | null = null;

  /** The supervisee is told when it is raised: the escalation shows in their supervision. */
  @Property({ type: 'datetime' })
  superviseeInformedAt: Date;

  @Property({ type: 'datetime', nullable: true })
  acknowledgedAt: Date | null = null;

  constructor(
    session: SupervisionSession,
    details: { supervisee: Person; raisedBy: Person; lead: Person; concern: ConcernKind },
    at: Date,
  ) {
    super(session.partnership);
    if (details.lead.id === details.supervisee.id)
      throw new BadInputError('The named lead cannot be the supervisee the concern is about.');
    if (details.lead.id === details.raisedBy.id) throw new BadInputError('Escalate to someone other than yourself.');
    this.session = ref(session);
    this.supervisee = ref(details.supervisee);
    this.raisedBy = ref(details.raisedBy);
    this.lead = ref(details.lead);
    this.concern = details.concern;
    this.superviseeInformedAt = at;
  }

  acknowledge(at: Date): void {
    if (this.acknowledgedAt) throw new ConflictError('This escalation is already acknowledged.');
    this.acknowledgedAt = at;
  }
}
