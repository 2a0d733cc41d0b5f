import { Injectable, Logger, type OnModuleInit, SetMetadata } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { Ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Partnership } from '@kindred/database';
import { defineJob, defineSchedule, JobHandler } from '@kindred/jobs';
import { NotificationKind } from '../notification.entity';
import { Outbox } from '../outbox/outbox';

export interface WeeklyDigestData {
  /** The moment to act as of (tests); now when left out. */
  now?: string;
}

export const sendWeeklyDigest = defineJob<WeeklyDigestData | null>('notify.weekly-digest');

/** Monday 07:00, before the working week starts. */
export const weeklyDigestSchedule = defineSchedule({
  name: 'notify.weekly-digest',
  cron: '0 7 * * 1',
  job: sendWeeklyDigest,
});

/** One line of a digest: who it is about, what, and the day it is about. */
export interface DigestItem {
  who: string;
  what: string;
  /** An ISO date or moment; the template writes it in UK time. */
  on: string;
}

/** What one lib has for one manager this week. */
export interface DigestEntry {
  recipient: { id: string; email: string; fullName: string; partnership: Ref<Partnership> };
  heading: string;
  items: DigestItem[];
  link: string;
}

/** A section of the weekly digest: everything it has for every manager, as of a moment. */
export type DigestSection = (tx: EntityManager, now: Date) => Promise<DigestEntry[]>;

/** A section's items gathered into one entry per manager they are for. */
export function digestEntries(
  pairs: [DigestEntry['recipient'], DigestItem][],
  heading: string,
  link: string,
): DigestEntry[] {
  const byManager = new Map<string, DigestEntry>();
  for (const [recipient, item] of pairs) {
    const entry = byManager.get(recipient.id) ?? { recipient, heading, items: [], link };
    entry.items.push(item);
    byManager.set(recipient.id, entry);
  }
  return [...byManager.values()];
}

const DIGEST_SECTION = 'kindred:weekly-digest-section';

/**
 * Marks a provider's method as a section of the managers' weekly digest, `order` placing it in the
 * email. Notify sits below the libs that own the data, so they bring their sections to it.
 */
export const WeeklyDigestSection = (order: number) => SetMetadata(DIGEST_SECTION, order);

/** `now`'s ISO week (2026-W15), named by the year of its Thursday: one digest per manager per week. */
function isoWeek(now: Date): string {
  const thursday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / (7 * 86_400_000)) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * The managers' weekly digest: the sections the libs bring, gathered per manager into one message,
 * a DIGEST the manager can turn off. A manager with nothing in any section gets nothing.
 */
@Injectable()
export class WeeklyDigest implements OnModuleInit {
  private readonly logger = new Logger(WeeklyDigest.name);
  private sections: { order: number; run: DigestSection }[] = [];

  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      for (const name of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const method = instance[name] as DigestSection;
        const order = this.reflector.get<number | undefined>(DIGEST_SECTION, method);
        if (order !== undefined) this.sections.push({ order, run: method.bind(instance) });
      }
    }
    this.sections.sort((a, b) => a.order - b.order);
  }

  @JobHandler(sendWeeklyDigest)
  async run(data: WeeklyDigestData | null): Promise<void> {
    const now = data?.now ? new Date(data.now) : new Date();
    const week = isoWeek(now);
    const written = await this.em.fork().transactional(async (tx) => {
      const byManager = new Map<string, DigestEntry[]>();
      for (const section of this.sections) {
        for (const entry of await section.run(tx, now)) {
          if (entry.items.length === 0) continue;
          byManager.set(entry.recipient.id, [...(byManager.get(entry.recipient.id) ?? []), entry]);
        }
      }
      let count = 0;
      for (const [managerId, entries] of byManager) {
        const { recipient } = entries[0];
        const sent = await this.outbox.enqueue(tx, {
          partnership: recipient.partnership,
          recipientEmail: recipient.email,
          recipientPersonId: managerId,
          type: 'weekly-digest',
          kind: NotificationKind.DIGEST,
          data: {
            recipientName: recipient.fullName,
            sections: entries.map(({ heading, items, link }) => ({ heading, items, link })),
          },
          dedupeKey: `digest:${managerId}:${week}`,
        });
        if (sent) count += 1;
      }
      return count;
    });
    if (written > 0) {
      this.logger.log(`Wrote ${written} weekly digest(s)`);
      await this.outbox.nudge();
    }
  }
}
