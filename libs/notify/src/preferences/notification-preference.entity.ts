import { Entity, Property, type Ref, Unique } from '@mikro-orm/core';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';
import { NotificationKind } from '../notification.entity';

/**
 * What a person has turned off. Only reminders and digests can be: messages about a change to
 * their own bookings and records always go. No row means everything is on.
 */
@Entity()
@Unique({ properties: ['personId'] })
export class NotificationPreference extends PartnershipOwnedEntity {
  /** Not a foreign key: notify sits below the lib that owns people. */
  @Property({ type: 'uuid' })
  personId: string;

  @Property({ type: 'boolean' })
  reminders = true;

  @Property({ type: 'boolean' })
  digests = true;

  constructor(partnership: Ref<Partnership>, personId: string) {
    super(partnership);
    this.personId = personId;
  }

  wants(kind: NotificationKind): boolean {
    if (kind === NotificationKind.REMINDER) return this.reminders;
    if (kind === NotificationKind.DIGEST) return this.digests;
    return true;
  }
}
