import { Entity, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { Organisation } from '../organisation/organisation.entity';
import { Site } from '../site/site.entity';
import type { Person } from '../people/person.entity';

/** A team inside one organisation, optionally based at a site, with a manager. */
@Entity()
@Unique({ properties: ['organisation', 'name'] })
export class Team extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => Organisation, ref: true, deleteRule: 'cascade' })
  organisation: Ref<Organisation>;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @ManyToOne({ entity: () => Site, ref: true, nullable: true, deleteRule: 'set null' })
  site: Ref<Site> | null = null;

  @ManyToOne({ entity: () => 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  manager: Ref<Person> | null = null;

  constructor(organisation: Organisation, name: string) {
    super(organisation.partnership);
    this.organisation = ref(organisation);
    this.rename(name);
  }

  rename(name: string): void {
    if (!name.trim()) throw new BadInputError('A team needs a name.');
    this.name = name.trim();
  }

  baseAt(site: Site | null): void {
    this.site = site ? ref(site) : null;
  }

  managedBy(manager: Person | null): void {
    this.manager = manager ? ref(manager) : null;
  }
}
