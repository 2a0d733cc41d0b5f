import { Entity, Enum, Property, type Ref, Unique } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';

export enum OrganisationKind {
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  HEALTH = 'HEALTH',
  EDUCATION = 'EDUCATION',
  SOCIAL_CARE = 'SOCIAL_CARE',
  VCFSE = 'VCFSE',
  HOUSING = 'HOUSING',
  POLICE = 'POLICE',
  OTHER = 'OTHER',
}

export enum OrganisationStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}

/** Who agrees before a person's own training booking takes a place. */
export enum BookingApproval {
  /** Their line manager, or for a volunteer their volunteer coordinator. */
  LINE_MANAGER = 'LINE_MANAGER',
  NONE = 'NONE',
}

/** An employer or partner in the partnership: the council, an NHS trust, a school, a charity. */
@Entity()
@Unique({ properties: ['partnership', 'name'] })
@Unique({ properties: ['partnership', 'code'] })
export class Organisation extends PartnershipOwnedEntity {
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** Short code HR exports use, e.g. "NCC-CS"; imports match on it as well as on the name. */
  @Property({ type: 'string', length: 32 })
  code!: string;

  @Enum({ items: () => OrganisationKind, nativeEnumName: 'organisation_kind' })
  kind: OrganisationKind;

  /** Statutory services (council, NHS, schools) as against VCFSE and other partners. */
  @Property({ type: 'boolean' })
  statutory: boolean;

  @Property({ type: 'string', length: 200, nullable: true })
  contactName: string | null = null;

  @Property({ type: 'string', length: 320, nullable: true })
  contactEmail: string | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  contactPhone: string | null = null;

  @Enum({ items: () => OrganisationStatus, nativeEnumName: 'organisation_status', default: OrganisationStatus.ACTIVE })
  status: OrganisationStatus = OrganisationStatus.ACTIVE;

  @Enum({ items: () => BookingApproval, nativeEnumName: 'booking_approval', default: BookingApproval.LINE_MANAGER })
  bookingApproval: BookingApproval = BookingApproval.LINE_MANAGER;

  constructor(
    partnership: Ref<Partnership>,
    details: { name: string; code: string; kind: OrganisationKind; statutory: boolean },
  ) {
    super(partnership);
    this.kind = details.kind;
    this.statutory = details.statutory;
    this.rename(details.name, details.code);
  }

  rename(name: string, code: string): void {
    if (!name.trim()) throw new BadInputError('An organisation needs a name.');
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/.test(code.trim())) {
      throw new BadInputError(`Organisation code "${code}" must be up to 32 letters, digits, "-" or "_".`);
    }
    this.name = name.trim();
    this.code = code.trim().toUpperCase();
  }
}
