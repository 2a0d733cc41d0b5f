import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Notification } from './notification.entity';
import { Outbox } from './outbox/outbox';
import { OutboxRelay } from './outbox/outbox-relay';
import { Mailer } from './sending/mailer';
import { MessageRenderer } from './sending/message-renderer';
import { NotificationSecrets } from './sending/notification-secrets';
import { NotificationSender } from './sending/notification-sender';

/** Notifications: the outbox, its relay to the queue, templates and sending. */
@Module({
  imports: [MikroOrmModule.forFeature([Notification])],
  providers: [Outbox, OutboxRelay, NotificationSecrets, MessageRenderer, Mailer, NotificationSender],
  exports: [Outbox, NotificationSecrets],
})
export class NotifyModule {}
