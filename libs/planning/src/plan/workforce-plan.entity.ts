import { Entity, Enum, Property, type Ref, Unique } from '@mikro-orm/core';
import { BadInputError, ConflictError } from '@kindred/common';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';
import { assertIsoDate } from '@kindred/org';

export enum PlanStatus {
  DRAFT = 'DRAFT',
  CONSULTATION = 'CONSULTATION',
  APPROVED = 'APPROVED',
  CLOSED = 'CLOSED',
}

/** Each status may move only to the next one: a plan is never sent back (decision 0060). */
const NEXT: Record<PlanStatus, PlanStatus | null> = {
  [PlanStatus.DRAFT]: PlanStatus.CONSULTATION,
  [PlanStatus.CONSULTATION]: PlanStatus.APPROVED,
  [PlanStatus.APPROVED]: PlanStatus.CLOSED,
  [PlanStatus.CLOSED]: null,
};

export interface PlanDetails {
  period: string;
  title: string;
  summary: string;
  startsOn: string;
  endsOn: string;
  ownerId: string;
  partnerOrganisationIds: string[];
}

/**
 * The partnership's multi-agency workforce development plan for one period (Model Framework 5.2):
 * who owns it, which partner organisations have signed up, and where it is on its way from draft
 * through consultation to approval and close.
 */
@Entity()
@Unique({ properties: ['partnership', 'period'] })
export class WorkforcePlan extends PartnershipOwnedEntity {
  /** How the partnership names the period, e.g. "2026–27"; one plan per period. */
  @Property({ type: 'string', length: 40 })
  period!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  /** The person accountable for the plan. */
  @Property({ type: 'uuid' })
  ownerId!: string;

  /** The partner organisations that have signed up to the plan. */
  @Property({ type: 'json' })
  partnerOrganisationIds: string[] = [];

  @Enum({ items: () => PlanStatus, nativeEnumName: 'workforce_plan_status' })
  status: PlanStatus = PlanStatus.DRAFT;

  /** The number the next stored version takes. */
  @Property({ type: 'integer' })
  nextVersion = 1;

  @Property({ type: 'datetime', nullable: true })
  approvedAt: Date | null = null;

  constructor(partnership: Ref<Partnership>, details: PlanDetails) {
    super(partnership);
    this.apply(details);
  }

  /** Changes the plan's details; a closed plan is a record and stays as it was. */
  change(details: PlanDetails): void {
    this.assertEditable();
    this.apply(details);
  }

  /** Moves the plan one step on; anything else (a skip, a step back) is refused. */
  moveTo(status: PlanStatus, now: Date): void {
    if (NEXT[this.status] !== status) {
      throw new ConflictError(
        NEXT[this.status]
          ? `A ${this.status.toLowerCase()} plan can only move to ${NEXT[this.status]!.toLowerCase()}, not ${status.toLowerCase()}.`
          : 'This plan is closed; it cannot change status.',
      );
    }
    if (status === PlanStatus.APPROVED) {
      if (this.partnerOrganisationIds.length === 0) {
        throw new ConflictError('A plan needs at least one partner organisation signed up before approval.');
      }
      this.approvedAt = now;
    }
    this.status = status;
  }

  /** Edits of an approved plan are kept as versions, as are status changes. */
  get editsAreVersioned(): boolean {
    return this.status === PlanStatus.APPROVED;
  }

  assertEditable(): void {
    if (this.status === PlanStatus.CLOSED) throw new ConflictError('This plan is closed; it can no longer be changed.');
  }

  takeVersionNumber(): number {
    return this.nextVersion++;
  }

  private apply(details: PlanDetails): void {
    const period = details.period.trim();
    const title = details.title.trim();
    if (!period || period.length > 40) throw new BadInputError('The period is a short name such as "2026–27".');
    if (!title || title.length > 200) throw new BadInputError('The plan needs a title of at most 200 characters.');
    assertIsoDate(details.startsOn, 'The start date');
    assertIsoDate(details.endsOn, 'The end date');
    if (details.endsOn <= details.startsOn) throw new BadInputError('The plan must end after it starts.');
    this.period = period;
    this.title = title;
    this.summary = details.summary.trim();
    this.startsOn = details.startsOn;
    this.endsOn = details.endsOn;
    this.ownerId = details.ownerId;
    this.partnerOrganisationIds = [...new Set(details.partnerOrganisationIds)];
  }
}
