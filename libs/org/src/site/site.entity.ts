import { Collection, Entity, Enum, ManyToOne, OneToMany, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';

export enum SiteKind {
  FAMILY_HUB = 'FAMILY_HUB',
  SPOKE = 'SPOKE',
  OUTREACH = 'OUTREACH',
  VIRTUAL = 'VIRTUAL',
}

/**
 * Where the partnership works with families: a family hub, its spokes and outreach venues, or a
 * virtual hub. Rooms at a site are training venues later.
 */
@Entity()
@Unique({ properties: ['partnership', 'name'] })
export class Site extends PartnershipOwnedEntity {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => SiteKind, nativeEnumName: 'site_kind' })
  kind: SiteKind;

  /** The family hub a spoke or outreach venue belongs to. */
  @ManyToOne({ entity: () => Site, ref: true, nullable: true, deleteRule: 'set null' })
  hub: Ref<Site> | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  addressLine1: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  addressLine2: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  town: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  postcode: string | null = null;

  /** The area the site serves, as the partnership names it (e.g. "Northshire Coast"). */
  @Property({ type: 'string', length: 100 })
  locality!: string;

  @OneToMany({ entity: () => Room, mappedBy: 'site', orphanRemoval: true })
  rooms = new Collection<Room>(this);

  constructor(partnership: Ref<Partnership>, details: { name: string; kind: SiteKind; locality: string }) {
    super(partnership);
    this.kind = details.kind;
    this.describe(details.name, details.locality);
  }

  describe(name: string, locality: string): void {
    if (!name.trim()) throw new BadInputError('A site needs a name.');
    if (!locality.trim()) throw new BadInputError('A site needs a locality.');
    this.name = name.trim();
    this.locality = locality.trim();
  }

  /** Only spokes and outreach venues hang off a hub, and only off a family hub. */
  attachTo(hub: Site | null): void {
    if (hub === null) {
      this.hub = null;
      return;
    }
    if (hub.id === this.id) throw new BadInputError('A site cannot be its own hub.');
    if (hub.kind !== SiteKind.FAMILY_HUB) throw new BadInputError(`${hub.name} is not a family hub.`);
    if (this.kind === SiteKind.FAMILY_HUB) throw new BadInputError('A family hub does not belong to another hub.');
    this.hub = ref(hub);
  }
}

/** A room at a site, with what a trainer needs to know before booking it. */
@Entity()
@Unique({ properties: ['site', 'name'] })
export class Room extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => Site, ref: true, deleteRule: 'cascade' })
  site: Ref<Site>;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'integer' })
  capacity!: number;

  /** Step-free access, hearing loop, baby-changing, parking: in the site's own words. */
  @Property({ type: 'text', nullable: true })
  accessibilityNotes: string | null = null;

  constructor(site: Site, details: { name: string; capacity: number; accessibilityNotes?: string | null }) {
    super(site.partnership);
    this.site = ref(site);
    this.update(details);
  }

  update(details: { name: string; capacity: number; accessibilityNotes?: string | null }): void {
    if (!details.name.trim()) throw new BadInputError('A room needs a name.');
    if (!Number.isInteger(details.capacity) || details.capacity < 1 || details.capacity > 1000) {
      throw new BadInputError('Room capacity must be a whole number from 1 to 1000.');
    }
    this.name = details.name.trim();
    this.capacity = details.capacity;
    this.accessibilityNotes = details.accessibilityNotes?.trim() || null;
  }
}
