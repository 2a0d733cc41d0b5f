import { Entity, Enum, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';
import { Organisation } from '@kindred/org';

export enum ProviderKind {
  /** The partnership's own workforce development team. */
  IN_HOUSE = 'IN_HOUSE',
  /** A partner organisation training others (the NHS trust's infant feeding team). */
  PARTNER = 'PARTNER',
  /** A provider outside the partnership; plugins import their catalogues. */
  EXTERNAL = 'EXTERNAL',
}

export interface ProviderDetails {
  name: string;
  kind: ProviderKind;
  organisation: Organisation | null;
  contactEmail: string | null;
  website: string | null;
}

/** Who runs a course. */
@Entity()
@Unique({ properties: ['partnership', 'name'] })
export class TrainingProvider extends PartnershipOwnedEntity {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => ProviderKind, nativeEnumName: 'provider_kind' })
  kind!: ProviderKind;

  @ManyToOne({ entity: () => Organisation, ref: true, nullable: true, deleteRule: 'set null' })
  organisation: Ref<Organisation> | null = null;

  @Property({ type: 'string', length: 320, nullable: true })
  contactEmail: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  website: string | null = null;

  constructor(partnership: Ref<Partnership>, details: ProviderDetails) {
    super(partnership);
    this.update(details);
  }

  update(details: ProviderDetails): void {
    if (!details.name.trim()) throw new BadInputError('A training provider needs a name.');
    if (details.kind === ProviderKind.PARTNER && !details.organisation) {
      throw new BadInputError('A partner provider names the partner organisation it belongs to.');
    }
    this.name = details.name.trim();
    this.kind = details.kind;
    this.organisation = details.organisation ? ref(details.organisation) : null;
    this.contactEmail = details.contactEmail?.trim() || null;
    this.website = details.website?.trim() || null;
  }
}
