import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig } from '@kindred/config';
import { Partnership } from '@kindred/database';
import { JobHandler, type JobRun } from '@kindred/jobs';
import { Notification, NotificationStatus } from '../notification.entity';
import { sendNotification } from '../notify.jobs';
import { Mailer, type OutgoingMessage } from './mailer';
import { type Brand, MessageRenderer } from './message-renderer';
import { NotificationSecrets } from './notification-secrets';

/** Messages that belong to no partnership carry Kindred's own name and colours. */
const PLATFORM_BRAND: Brand = { name: 'Kindred', primaryColour: '#1d5c63', secondaryColour: '#f2a541', logoUrl: null };

/**
 * Renders and sends one outbox row, then records the outcome. A row already SENT is skipped, so a
 * job that runs again never sends twice; the row stays locked while it is sent, so two runs of
 * the same job at once (a stalled job taken over) cannot both send.
 */
@Injectable()
export class NotificationSender {
  constructor(
    private readonly em: EntityManager,
    private readonly renderer: MessageRenderer,
    private readonly mailer: Mailer,
    private readonly secrets: NotificationSecrets,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @JobHandler(sendNotification)
  async send(data: { notificationId: string }, run: JobRun): Promise<void> {
    const lastTry = run.attemptsMade + 1 >= (sendNotification.options.attempts ?? this.config.jobs.attempts);
    // The outcome is committed before the job fails, so FAILED and the error survive the throw.
    const failure = await this.em.transactional(async (em) => {
      const notification = await em.findOne(
        Notification,
        { id: data.notificationId },
        { filters: false, lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!notification || notification.status === NotificationStatus.SENT) return null;
      notification.attempts += 1;
      try {
        await this.mailer.send(await this.compose(em, notification));
        notification.markSent();
        return null;
      } catch (error) {
        notification.recordFailure(error instanceof Error ? error.message : String(error), lastTry);
        return error;
      }
    });
    if (failure) throw failure;
  }

  private async compose(em: EntityManager, notification: Notification): Promise<OutgoingMessage> {
    const row = notification.partnership
      ? await em.findOne(Partnership, { id: notification.partnership.id }, { filters: false })
      : null;
    const settings = row ? this.config.partnership(row.slug) : undefined;
    const brand: Brand = settings
      ? { name: settings.name, ...settings.branding, logoUrl: settings.branding.logoUrl ?? null }
      : PLATFORM_BRAND;
    const data = this.secrets.reveal(notification.type, notification.data);
    return {
      from: settings ? { name: settings.name, address: settings.senderEmail } : this.config.mail.from,
      to: notification.recipientEmail,
      ...this.renderer.render(notification.type, data, brand),
    };
  }
}
