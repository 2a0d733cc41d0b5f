import { Entity, ManyToOne, Property, type Ref, ref } from '@mikro-orm/core';
import { PartnershipOwnedEntity } from '@kindred/database';
import { Person } from '@kindred/org';
import type { Sealed } from '../sealing/content-cipher';
import type { SupervisionSession } from './supervision-session.entity';

/** A later note on a signed-off session, which itself is never changed. Kept for good. */
@Entity()
export class SessionAddendum extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => 'SupervisionSession', ref: true, deleteRule: 'cascade' })
  session: Ref<SupervisionSession>;

  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'cascade' })
  author: Ref<Person>;

  @Property({ type: 'text', nullable: true })
  textSealed: Sealed | null = null;

  constructor(session: SupervisionSession, author: Person) {
    super(session.partnership);
    this.session = ref(session);
    this.author = ref(author);
  }
}
