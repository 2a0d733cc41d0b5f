import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig } from '@kindred/config';
import { defineJob, defineSchedule, JobHandler } from '@kindred/jobs';
import { NotificationKind, Outbox } from '@kindred/notify';
import type { IsoDate, Person } from '@kindred/org';
import { ActionStatus, SupervisionAction } from '../action/supervision-action.entity';
import { isoToday, standingOf } from '../agreement/agreement-standing';
import { addDays, DueState } from '../agreement/schedule';
import { SupervisionAgreement } from '../agreement/supervision-agreement.entity';

export interface SupervisionRemindersData {
  /** The moment to act as of (tests); now when left out. */
  now?: string;
}

export const sendSupervisionReminders = defineJob<SupervisionRemindersData | null>('supervision.reminders');

/** Daily, before the working day: due dates are days. */
export const supervisionRemindersSchedule = defineSchedule({
  name: 'supervision.reminders',
  cron: '40 6 * * *',
  job: sendSupervisionReminders,
});

/** Actions overdue for longer than this are left to the next session's review, not emailed. */
const ACTION_LOOKBACK_DAYS = 30;

/**
 * Supervision falling due (within the week) and overdue, to both parties of the agreement, and
 * actions due tomorrow or overdue, to their owners. Supervision text is sealed and stays out of
 * email: these messages carry names, dates and a link, never what was discussed or agreed. The
 * dedupe keys name the agreement's due date or the action's, so a new cycle (a session held, a due
 * date moved) is a new message and a repeated tick is not.
 */
@Injectable()
export class SupervisionReminders {
  private readonly logger = new Logger(SupervisionReminders.name);

  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @JobHandler(sendSupervisionReminders)
  async run(data: SupervisionRemindersData | null): Promise<void> {
    const now = data?.now ? new Date(data.now) : new Date();
    const today = isoToday(now);
    const written = await this.em.fork().transactional(async (tx) => {
      return (await this.supervisionDue(tx, now, today)) + (await this.actionsDue(tx, today));
    });
    if (written > 0) {
      this.logger.log(`Wrote ${written} supervision reminder(s)`);
      await this.outbox.nudge();
    }
  }

  private async supervisionDue(tx: EntityManager, now: Date, today: IsoDate): Promise<number> {
    const agreements = await tx.find(
      SupervisionAgreement,
      { startDate: { $lte: today }, $or: [{ endDate: null }, { endDate: { $gte: today } }] },
      { populate: ['supervisee', 'supervisor'], filters: false },
    );
    const standing = await standingOf(tx, agreements, today);
    // A session already booked by the due date makes "due soon" noise; overdue still tells.
    const booked = agreements.length
      ? await tx.execute<{ agreement_id: string; first: string }[]>(
          `select agreement_id, to_char(min(starts_at at time zone 'UTC'), 'YYYY-MM-DD') as first
           from supervision_session where status = 'SCHEDULED' and starts_at >= ? and agreement_id = any(?::uuid[])
           group by agreement_id`,
          [now, `{${agreements.map((a) => a.id).join(',')}}`],
        )
      : [];
    const firstBooked = new Map(booked.map((b) => [b.agreement_id, b.first]));
    let written = 0;
    for (const agreement of agreements) {
      const { dueState, nextDueOn } = standing.get(agreement.id)!;
      if (dueState === DueState.ON_TRACK) continue;
      const overdue = dueState === DueState.OVERDUE;
      const first = firstBooked.get(agreement.id);
      if (!overdue && first !== undefined && first <= nextDueOn) continue;
      const supervisee = agreement.supervisee.getEntity();
      const supervisor = agreement.supervisor.getEntity();
      for (const [recipient, link] of [
        [supervisee, 'my-supervision'],
        [supervisor, 'my-supervisees'],
      ] as const) {
        const sent = await this.outbox.enqueue(tx, {
          partnership: agreement.partnership,
          recipientEmail: recipient.email,
          recipientPersonId: recipient.id,
          type: 'supervision-due',
          kind: NotificationKind.REMINDER,
          data: {
            recipientName: recipient.fullName,
            forSupervisee: recipient === supervisee,
            superviseeName: supervisee.fullName,
            supervisorName: supervisor.fullName,
            dueOn: nextDueOn,
            overdue,
            link: `${this.config.http.publicUrl}/${link}`,
          },
          dedupeKey: `agreement:${agreement.id}:${overdue ? 'overdue' : 'due'}-${nextDueOn}:${recipient.id}`,
        });
        if (sent) written += 1;
      }
    }
    return written;
  }

  private async actionsDue(tx: EntityManager, today: IsoDate): Promise<number> {
    const tomorrow = addDays(today, 1);
    const actions = await tx.find(
      SupervisionAction,
      { status: ActionStatus.OPEN, dueDate: { $gte: addDays(today, -ACTION_LOOKBACK_DAYS), $lte: tomorrow } },
      { populate: ['owner', 'session'], filters: false },
    );
    let written = 0;
    for (const action of actions) {
      // Due today was "due tomorrow" yesterday; it is chased once it is past.
      if (action.dueDate === today) continue;
      const overdue = action.dueDate < today;
      const owner: Person = action.owner.getEntity();
      const sent = await this.outbox.enqueue(tx, {
        partnership: action.partnership,
        recipientEmail: owner.email,
        recipientPersonId: owner.id,
        type: 'supervision-action-due',
        kind: NotificationKind.REMINDER,
        data: {
          recipientName: owner.fullName,
          dueOn: action.dueDate,
          overdue,
          agreedOn: action.session.getEntity().startsAt.toISOString(),
          link: `${this.config.http.publicUrl}/my-supervision`,
        },
        dedupeKey: `supervision-action:${action.id}:${overdue ? 'overdue' : 'tomorrow'}-${action.dueDate}`,
      });
      if (sent) written += 1;
    }
    return written;
  }
}
