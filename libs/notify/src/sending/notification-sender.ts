import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig } from '@kindred/config';
import { Partnership } from '@kindred/database';
import { JobHandler, type JobRun } from '@kindred/jobs';
import { inviteFile } from '../calendar/calendar-invite';
import { Notification, NotificationKind, NotificationStatus } from '../notification.entity';
import { sendNotification } from '../notify.jobs';
import { NotificationPreference } from '../preferences/notification-preference.entity';
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
  /** Partnership slugs by id: they never change, and every message needs its own. */
  private readonly slugs = new Map<string, string>();

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
    const failure = await this.em.fork().transactional(async (em) => {
      const notification = await em.findOne(
        Notification,
        { id: data.notificationId },
        { filters: false, lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!notification || notification.status === NotificationStatus.SENT) return null;
      if (notification.status === NotificationStatus.SKIPPED) return null;
      if (!(await this.wanted(em, notification))) {
        notification.markSkipped();
        return null;
      }
      notification.attempts += 1;
      try {
        const message = await this.compose(em, notification);
        await this.mailer.send(message);
        notification.markSent(message.subject);
        return null;
      } catch (error) {
        notification.recordFailure(error instanceof Error ? error.message : String(error), lastTry);
        return error;
      }
    });
    if (failure) throw failure;
  }

  private async slugOf(em: EntityManager, partnershipId: string): Promise<string | null> {
    let slug = this.slugs.get(partnershipId);
    if (!slug) {
      slug = (await em.findOne(Partnership, { id: partnershipId }, { filters: false }))?.slug;
      if (slug) this.slugs.set(partnershipId, slug);
    }
    return slug ?? null;
  }

  /** Reminders and digests go only to those who have not turned them off. */
  private async wanted(em: EntityManager, notification: Notification): Promise<boolean> {
    if (notification.kind === NotificationKind.TRANSACTIONAL || !notification.recipientPersonId) return true;
    const preference = await em.findOne(
      NotificationPreference,
      { personId: notification.recipientPersonId },
      { filters: false },
    );
    return preference?.wants(notification.kind) ?? true;
  }

  private async compose(em: EntityManager, notification: Notification): Promise<OutgoingMessage> {
    const slug = notification.partnership ? await this.slugOf(em, notification.partnership.id) : null;
    const settings = slug ? this.config.partnership(slug) : undefined;
    const brand: Brand = settings
      ? { name: settings.name, ...settings.branding, logoUrl: settings.branding.logoUrl ?? null, slug: settings.slug }
      : PLATFORM_BRAND;
    const from = settings ? { name: settings.name, address: settings.senderEmail } : this.config.mail.from;
    const data = this.secrets.reveal(notification.type, notification.data);
    const invite = notification.invite;
    return {
      from,
      to: notification.recipientEmail,
      messageId: `<${notification.id}@kindred>`,
      ...this.renderer.render(notification.type, data, brand),
      ...(invite && {
        icalEvent: {
          method: invite.method,
          filename: invite.method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
          content: inviteFile(
            invite,
            { name: brand.name, email: typeof from === 'string' ? senderAddress(from) : from.address },
            { name: String(data.recipientName ?? notification.recipientEmail), email: notification.recipientEmail },
          ),
        },
      }),
    };
  }
}

/** The address in "Name <address>". */
function senderAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}
