import { createHash, randomBytes } from 'node:crypto';
import { Entity, OneToOne, Property, type Ref, ref } from '@mikro-orm/core';
import { PartnershipOwnedEntity } from '@kindred/database';
import { Person } from '@kindred/org';

/**
 * A person's private calendar subscription: `/calendar/<token>.ics` lists their confirmed
 * sessions. Only the token's hash is kept; a new token replaces the old one, and revoking deletes
 * the row, so a leaked address stops working.
 */
@Entity()
export class CalendarFeed extends PartnershipOwnedEntity {
  @OneToOne({ entity: () => Person, ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  person: Ref<Person>;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash: string;

  /** Makes the feed and its token; the token is shown once and never stored. */
  static issue(person: Person): { feed: CalendarFeed; token: string } {
    const token = randomBytes(24).toString('base64url');
    return { feed: new CalendarFeed(person, CalendarFeed.hash(token)), token };
  }

  static hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  private constructor(person: Person, tokenHash: string) {
    super(person.partnership);
    this.person = ref(person);
    this.tokenHash = tokenHash;
  }

  /** A new token in place of the old one. */
  rotate(): string {
    const token = randomBytes(24).toString('base64url');
    this.tokenHash = CalendarFeed.hash(token);
    return token;
  }
}
