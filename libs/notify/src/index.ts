export { Notification, NotificationStatus } from './notification.entity';
export { NotifyModule } from './notify.module';
export { outboxRelaySchedule, sendNotification } from './notify.jobs';
export { type OutgoingNotification, Outbox } from './outbox/outbox';
export { OutboxRelay } from './outbox/outbox-relay';
export { NotificationSecrets } from './sending/notification-secrets';
