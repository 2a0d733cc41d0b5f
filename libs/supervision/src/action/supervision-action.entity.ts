import { Entity, Enum, Index, ManyToOne, Property, type Ref, ref } from '@mikro-orm/core';
import { ConflictError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { assertIsoDate, type IsoDate, Person } from '@kindred/org';
import type { Sealed } from '../sealing/content-cipher';
import { SupervisionSession } from '../session/supervision-session.entity';

export enum ActionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}

/**
 * Something agreed in supervision: who does it and by when. Still open when a later session of the
 * same agreement is signed off, it is carried forward to that session.
 */
@Entity()
@Index({ properties: ['owner', 'status'] })
export class SupervisionAction extends PartnershipOwnedEntity {
  /** Where it was agreed. */
  @ManyToOne({ entity: () => SupervisionSession, ref: true, deleteRule: 'cascade' })
  session: Ref<SupervisionSession>;

  /** The latest session it was reviewed in; differs from `session` once carried forward. */
  @ManyToOne({ entity: () => SupervisionSession, ref: true, deleteRule: 'cascade' })
  currentSession: Ref<SupervisionSession>;

  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'cascade' })
  owner: Ref<Person>;

  @Property({ type: 'text', nullable: true })
  descriptionSealed: Sealed | null = null;

  @Property({ type: 'date' })
  dueDate: IsoDate;

  @Enum({ items: () => ActionStatus, nativeEnumName: 'supervision_action_status' })
  status: ActionStatus = ActionStatus.OPEN;

  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'integer' })
  timesCarriedForward = 0;

  constructor(session: SupervisionSession, owner: Person, dueDate: IsoDate) {
    super(session.partnership);
    this.session = ref(session);
    this.currentSession = ref(session);
    this.owner = ref(owner);
    this.dueDate = assertIsoDate(dueDate, 'Due date');
  }

  isOverdueOn(day: IsoDate): boolean {
    return this.status === ActionStatus.OPEN && this.dueDate < day;
  }

  setStatus(status: ActionStatus, at: Date): void {
    if (status === this.status) return;
    if (this.status !== ActionStatus.OPEN && status !== ActionStatus.OPEN)
      throw new ConflictError(`The action is already ${this.status.toLowerCase()}: reopen it first.`);
    this.status = status;
    this.closedAt = status === ActionStatus.OPEN ? null : at;
  }

  carryForwardTo(session: SupervisionSession): void {
    if (this.status !== ActionStatus.OPEN || this.currentSession.id === session.id) return;
    this.currentSession = ref(session);
    this.timesCarriedForward += 1;
  }
}
