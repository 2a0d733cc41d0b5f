import { Entity, OneToOne, Property, type Ref, ref } from '@mikro-orm/core';
import { PartnershipOwnedEntity } from '@kindred/database';
import { Person } from '@kindred/org';

/** A person's choices about their log; without a row, entries are made automatically. */
@Entity()
export class CpdPreferences extends PartnershipOwnedEntity {
  @OneToOne({ entity: () => Person, ref: true, deleteRule: 'cascade', owner: true, unique: true })
  person: Ref<Person>;

  /** Make entries from attended training (and, later, supervision) without asking. */
  @Property({ type: 'boolean' })
  autoEntries = true;

  constructor(person: Person) {
    super(person.partnership);
    this.person = ref(person);
  }
}
