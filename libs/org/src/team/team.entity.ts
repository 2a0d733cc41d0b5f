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

  /** The largest share of the team that may be away on training at once (backfill); null for no limit. */
  @Property({ type: 'smallint', nullable: true })
  trainingAwayLimitPercent: number | null = null;

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

  limitTrainingAway(percent: number | null): void {
    if (percent !== null && (!Number.isInteger(percent) || percent < 1 || percent > 100)) {
      throw new BadInputError('The share of a team away on training at once is 1 to 100 per cent, or no limit.');
    }
    this.trainingAwayLimitPercent = percent;
  }

  managedBy(manager: Person | null): void {
    this.manager = manager ? ref(manager) : null;
  }
}
