import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { WeeklyDigest } from './digest/weekly-digest';
import { Notification } from './notification.entity';
import { NotificationPreference } from './preferences/notification-preference.entity';
import { Outbox } from './outbox/outbox';
import { OutboxRelay } from './outbox/outbox-relay';
import { Mailer } from './sending/mailer';
import { MessageRenderer } from './sending/message-renderer';
import { NotificationSecrets } from './sending/notification-secrets';
import { NotificationSender } from './sending/notification-sender';

/** Notifications: the outbox, its relay to the queue, templates and sending. */
@Module({
  imports: [MikroOrmModule.forFeature([Notification, NotificationPreference]), DiscoveryModule],
  providers: [Outbox, OutboxRelay, NotificationSecrets, MessageRenderer, Mailer, NotificationSender, WeeklyDigest],
  exports: [Outbox, NotificationSecrets, MessageRenderer],
})
export class NotifyModule {}
