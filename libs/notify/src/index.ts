export { Notification, NotificationStatus } from './notification.entity';
export { NotifyModule } from './notify.module';
