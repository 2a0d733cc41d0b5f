import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig } from '@kindred/config';
import { defineJob, defineSchedule, JobHandler } from '@kindred/jobs';
import { NotificationKind, Outbox } from '@kindred/notify';
import { Person } from './person.entity';

export interface DbsRecheckRemindersData {
  /** The moment to act as of (tests); now when left out. */
  now?: string;
}

export const sendDbsRecheckReminders = defineJob<DbsRecheckRemindersData | null>('org.dbs-recheck-reminders');

/** Daily: recheck dates are days, so one tick a day is enough, and a missed one is caught up next day. */
export const dbsRecheckRemindersSchedule = defineSchedule({
  name: 'org.dbs-recheck-reminders',
  cron: '20 6 * * *',
  job: sendDbsRecheckReminders,
});

const DAY = 86_400_000;
/** How far ahead of the recheck date the coordinator hears, to leave time for a new application. */
const NOTICE_DAYS = 30;

interface DueCheck {
  id: string;
  person_id: string;
  recheck_due: string;
  coordinator_id: string;
}

/**
 * Volunteers' DBS rechecks, to their volunteer coordinators (the line manager on their volunteer
 * job): once when the recheck is 30 days off, once when it is overdue. Only a volunteer's latest
 * check counts, since a newer certificate replaces an older one; a check on the Update Service has
 * no recheck date and is never chased. The dedupe key names the check, its due date and the stage.
 */
@Injectable()
export class DbsRecheckReminders {
  private readonly logger = new Logger(DbsRecheckReminders.name);

  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @JobHandler(sendDbsRecheckReminders)
  async run(data: DbsRecheckRemindersData | null): Promise<void> {
    const now = data?.now ? new Date(data.now) : new Date();
    const today = now.toISOString().slice(0, 10);
    const horizon = new Date(now.getTime() + NOTICE_DAYS * DAY).toISOString().slice(0, 10);
    const written = await this.em.fork().transactional(async (tx) => {
      const due = await tx.execute<DueCheck[]>(
        `select c.id, c.person_id, to_char(c.recheck_due, 'YYYY-MM-DD') as recheck_due, ja.line_manager_id as coordinator_id
         from (select distinct on (person_id) * from dbs_check order by person_id, certificate_date desc, created_at desc) c
         join job_assignment ja on ja.person_id = c.person_id
         where c.recheck_due is not null and c.recheck_due <= ?
           and ja.employment_type = 'VOLUNTEER' and ja.line_manager_id is not null
           and ja.line_manager_id <> c.person_id
           and ja.start_date <= ? and (ja.end_date is null or ja.end_date >= ?)`,
        [horizon, today, today],
      );
      if (due.length === 0) return 0;
      const people = await tx.find(
        Person,
        { id: { $in: [...new Set(due.flatMap((d) => [d.person_id, d.coordinator_id]))] } },
        { filters: false },
      );
      const byId = new Map(people.map((p) => [p.id, p]));
      let count = 0;
      for (const check of due) {
        const volunteer = byId.get(check.person_id)!;
        const coordinator = byId.get(check.coordinator_id)!;
        const overdue = check.recheck_due < today;
        const sent = await this.outbox.enqueue(tx, {
          partnership: volunteer.partnership,
          recipientEmail: coordinator.email,
          recipientPersonId: coordinator.id,
          type: 'dbs-recheck-due',
          kind: NotificationKind.REMINDER,
          data: {
            recipientName: coordinator.fullName,
            volunteerName: volunteer.fullName,
            recheckDue: check.recheck_due,
            overdue,
            personLink: `${this.config.http.publicUrl}/Person/${volunteer.id}/show`,
          },
          dedupeKey: `dbs:${check.id}:${check.recheck_due}:${overdue ? 'overdue' : 'due'}:${coordinator.id}`,
        });
        if (sent) count += 1;
      }
      return count;
    });
    if (written > 0) {
      this.logger.log(`Wrote ${written} DBS recheck reminder(s)`);
      await this.outbox.nudge();
    }
  }
}
