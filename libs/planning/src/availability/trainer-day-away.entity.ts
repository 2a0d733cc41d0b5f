import { Entity, Index, ManyToOne, Property, type Ref, ref } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { assertIsoDate, type Person } from '@kindred/org';

/** A long absence is booked as leave elsewhere; a year is the longest the scheduler looks ahead. */
const LONGEST_DAYS = 366;
const DAY_MS = 86_400_000;

/**
 * Days a trainer is away (leave, a conference, another commitment), inclusive: the term scheduler
 * plans none of their sessions on them. Recorded by the trainer or a workforce lead.
 */
@Entity()
@Index({ properties: ['partnership', 'trainer'] })
export class TrainerDayAway extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => 'Person', ref: true, deleteRule: 'cascade' })
  trainer: Ref<Person>;

  @Property({ type: 'date' })
  startsOn: string;

  @Property({ type: 'date' })
  endsOn: string;

  @Property({ type: 'string', length: 200, nullable: true })
  reason: string | null;

  /** The user who recorded it. */
  @Property({ type: 'uuid' })
  recordedBy: string;

  constructor(trainer: Person, away: { startsOn: string; endsOn: string; reason?: string | null }, recordedBy: string) {
    super(trainer.partnership);
    assertIsoDate(away.startsOn, 'The first day away');
    assertIsoDate(away.endsOn, 'The last day away');
    if (away.endsOn < away.startsOn) throw new BadInputError('The last day away is before the first.');
    if ((Date.parse(away.endsOn) - Date.parse(away.startsOn)) / DAY_MS >= LONGEST_DAYS) {
      throw new BadInputError(`Days away last at most ${LONGEST_DAYS} days; record a longer absence in parts.`);
    }
    const reason = away.reason?.trim() || null;
    if (reason && reason.length > 200) throw new BadInputError('A reason is at most 200 characters.');
    this.trainer = ref(trainer);
    this.startsOn = away.startsOn;
    this.endsOn = away.endsOn;
    this.reason = reason;
    this.recordedBy = recordedBy;
  }

  get trainerId(): string {
    return this.trainer.id;
  }
}
