export { type CalendarInvite, feedFile, inviteFile } from './calendar/calendar-invite';
export {
  type DigestEntry,
  type DigestItem,
  type DigestSection,
  digestEntries,
  sendWeeklyDigest,
  WeeklyDigest,
  type WeeklyDigestData,
  WeeklyDigestSection,
  weeklyDigestSchedule,
} from './digest/weekly-digest';
export { Notification, NotificationKind, NotificationStatus } from './notification.entity';
export { NotifyModule } from './notify.module';
export { outboxRelaySchedule, relayOutbox, sendNotification } from './notify.jobs';
export { type OutgoingNotification, Outbox } from './outbox/outbox';
export { OutboxRelay } from './outbox/outbox-relay';
export { NotificationPreference } from './preferences/notification-preference.entity';
export { type Brand, MessageRenderer } from './sending/message-renderer';
export { NotificationSecrets } from './sending/notification-secrets';
