import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Notification } from './notification.entity';

/** Notifications: the outbox, its relay to the queue, templates and sending. */
@Module({
  imports: [MikroOrmModule.forFeature([Notification])],
})
export class NotifyModule {}
