import { Entity, Index, ManyToOne, Property, type Ref, ref } from '@mikro-orm/core';
import { ConflictError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { assertIsoDate, type IsoDate, Person } from '@kindred/org';
import type { Sealed } from '../sealing/content-cipher';

/**
 * A learner's own reflection on practice. Private to its author until they share it with one of
 * their supervisors.
 */
@Entity()
@Index({ properties: ['author', 'occurredOn'] })
export class ReflectiveLogEntry extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'cascade' })
  author: Ref<Person>;

  @Property({ type: 'date' })
  occurredOn: IsoDate;

  /** Title, text and the optional Gibbs stages, as one sealed JSON document. */
  @Property({ type: 'text', nullable: true })
  contentSealed: Sealed | null = null;

  @ManyToOne({ entity: () => Person, ref: true, nullable: true, deleteRule: 'set null' })
  sharedWith: Ref<Person> | null = null;

  @Property({ type: 'datetime', nullable: true })
  sharedAt: Date | null = null;

  constructor(author: Person, occurredOn: IsoDate) {
    super(author.partnership);
    this.author = ref(author);
    this.occurredOn = assertIsoDate(occurredOn, 'The date of the entry');
  }

  shareWith(supervisor: Person, at: Date): void {
    if (this.sharedWith) throw new ConflictError('This entry is already shared.');
    this.sharedWith = ref(supervisor);
    this.sharedAt = at;
  }
}
