import { Entity, Enum, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { assertIsoDate, type Person } from '@kindred/org';
import type { DevelopmentPathway } from './development-pathway.entity';

export enum EnrolmentStatus {
  ACTIVE = 'ACTIVE',
  WITHDRAWN = 'WITHDRAWN',
}

export interface EnrolmentDetails {
  startedOn: string;
  targetOn: string | null;
}

/**
 * A person on a pathway. Whether they have completed it is not stored: it is read from the data
 * each time, so a course that lapses shows as a step to do again.
 */
@Entity()
@Unique({ properties: ['pathway', 'person'] })
export class PathwayEnrolment extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => 'DevelopmentPathway', ref: true, deleteRule: 'cascade' })
  pathway: Ref<DevelopmentPathway>;

  @ManyToOne({ entity: () => 'Person', ref: true, deleteRule: 'cascade', index: true })
  person: Ref<Person>;

  @Property({ type: 'date' })
  startedOn!: string;

  @Property({ type: 'date', nullable: true })
  targetOn: string | null = null;

  @Enum({ items: () => EnrolmentStatus, nativeEnumName: 'pathway_enrolment_status' })
  status: EnrolmentStatus = EnrolmentStatus.ACTIVE;

  /** The manager or lead who enrolled them. */
  @Property({ type: 'uuid' })
  enrolledByUserId: string;

  constructor(pathway: DevelopmentPathway, person: Person, details: EnrolmentDetails, enrolledByUserId: string) {
    super(pathway.partnership);
    pathway.assertOpen();
    this.pathway = ref(pathway);
    this.person = ref(person);
    this.enrolledByUserId = enrolledByUserId;
    this.change(details, EnrolmentStatus.ACTIVE);
  }

  change(details: EnrolmentDetails, status: EnrolmentStatus): void {
    assertIsoDate(details.startedOn, 'The start date');
    if (details.targetOn !== null) {
      assertIsoDate(details.targetOn, 'The target date');
      if (details.targetOn <= details.startedOn) throw new BadInputError('The target date must fall after the start.');
    }
    this.startedOn = details.startedOn;
    this.targetOn = details.targetOn;
    this.status = status;
  }
}
