import { randomUUID } from 'node:crypto';
import { ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Partnership } from './partnership.entity';

/** Every row: a uuid made by the application (so it is known before flush) and timestamps. */
export abstract class BaseEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * A row that belongs to one partnership. The tenancy filter scopes every query of such an entity
 * to the caller's partnership, found by the `partnership` property, so no repository can forget.
 */
export abstract class PartnershipOwnedEntity extends BaseEntity {
  @ManyToOne({ entity: () => Partnership, ref: true, deleteRule: 'cascade', index: true })
  partnership: Ref<Partnership>;

  protected constructor(partnership: Ref<Partnership>) {
    super();
    this.partnership = partnership;
  }
}
