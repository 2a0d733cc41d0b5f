import { Entity, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';
import { SyncRun } from '../run/sync-run.entity';

/** A webhook delivery applied once: a provider sending it again changes nothing. */
@Entity()
@Unique({ properties: ['partnership', 'instance', 'deliveryId'] })
export class WebhookDelivery extends PartnershipOwnedEntity {
  @Property({ type: 'string', length: 64 })
  instance: string;

  @Property({ type: 'string', length: 200 })
  deliveryId: string;

  /** The run that applied it. */
  @ManyToOne({ entity: () => SyncRun, ref: true, deleteRule: 'cascade' })
  run: Ref<SyncRun>;

  constructor(partnership: Ref<Partnership>, run: SyncRun, deliveryId: string) {
    super(partnership);
    this.instance = run.instance;
    this.deliveryId = deliveryId;
    this.run = ref(run);
  }
}
