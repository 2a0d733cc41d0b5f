import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig } from '@kindred/config';
import { Outbox } from '@kindred/notify';
import { Person } from '@kindred/org';
import type { TrainingSession } from '@kindred/training';
import { NeedPriority, type PlannedSession } from '../scheduler';
import type { ScheduleDraft } from './schedule-draft.entity';

/**
 * Invites the people a published draft session was meant for, written to the outbox in the
 * transaction that publishes the session: an invitation never goes out for a session whose
 * publication rolled back. They are invited, not booked: the link opens the session's page in
 * the console, where they (or their manager) book a place.
 */
@Injectable()
export class ScheduleInvitations {
  constructor(
    private readonly outbox: Outbox,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /**
   * One message per person per proposed session, ever: the key names the draft and the session's
   * key, so publishing again, or a real session made twice for one proposal, invites nobody twice.
   */
  async invite(
    tx: EntityManager,
    draft: ScheduleDraft,
    planned: PlannedSession,
    session: TrainingSession,
  ): Promise<number> {
    const people = await tx.find(Person, { id: { $in: planned.invitees.map((i) => i.personId) } });
    const byId = new Map(people.map((p) => [p.id, p]));
    const about = await this.describe(tx, session);
    let written = 0;
    for (const invitee of planned.invitees) {
      // Someone removed since the draft was built has no one to write to.
      const person = byId.get(invitee.personId);
      if (!person) continue;
      const sent = await this.outbox.enqueue(tx, {
        partnership: draft.partnership,
        recipientEmail: person.email,
        recipientPersonId: person.id,
        type: 'session-invitation',
        data: {
          ...about,
          recipientName: person.fullName,
          givenName: person.givenName,
          essential: invitee.priority === NeedPriority.ESSENTIAL,
          overdue: invitee.overdue,
        },
        dedupeKey: `schedule-draft:${draft.id}:${planned.key}:invite:${person.id}`,
      });
      if (sent) written += 1;
    }
    return written;
  }

  /** Call after the commits: the worker relays the messages now rather than at its next tick. */
  nudge(): Promise<void> {
    return this.outbox.nudge();
  }

  private async describe(tx: EntityManager, session: TrainingSession): Promise<Record<string, unknown>> {
    await tx.populate(session, ['course', 'parts', 'room', 'site']);
    const place = [session.room?.getEntity().name, session.site?.getEntity().name].filter(Boolean).join(', ');
    return {
      courseTitle: session.course.getEntity().title,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      parts: session.parts
        .getItems()
        .map((p) => ({ startsAt: p.startsAt.toISOString(), endsAt: p.endsAt.toISOString() })),
      location: place || (session.onlineUrl ? 'Online' : null),
      onlineUrl: session.onlineUrl,
      registrationClosesAt: session.registrationClosesAt.toISOString(),
      bookingLink: `${this.config.http.publicUrl}/TrainingSession/${session.id}/show`,
    };
  }
}
