import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig } from '@kindred/config';
import { defineJob, defineSchedule, JobHandler } from '@kindred/jobs';
import { addMonths } from '../agreement/schedule';
import { isoToday } from '../agreement/agreement-standing';

export interface RetentionData {
  /** The day to act as of (tests); today when left out. */
  asOf?: string;
}

export const applyRetention = defineJob<RetentionData | null>('supervision.retention');

export const retentionSchedule = defineSchedule({
  name: 'supervision.retention',
  cron: '30 2 * * *',
  job: applyRetention,
});

/**
 * The partnership's retention policy: N years after a person's last job ended, the content of their
 * supervision (their 1:1 sessions with actions and addenda, their agreements, escalations about them)
 * is erased and their reflective log deleted. Dates, durations and counts stay, so compliance and
 * CPD history still add up. Each person is one transaction, and each erasure is audited.
 */
@Injectable()
export class RetentionPolicy {
  private readonly logger = new Logger(RetentionPolicy.name);

  constructor(
    private readonly em: EntityManager,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @JobHandler(applyRetention)
  async run(data: RetentionData | null): Promise<number> {
    const asOf = data?.asOf ?? isoToday();
    let erased = 0;
    const partnerships = await this.em
      .getConnection()
      .execute<{ id: string; slug: string }[]>('select id, slug from partnership');
    for (const partnership of partnerships) {
      const settings = this.config.partnership(partnership.slug);
      if (!settings) continue;
      const cutoff = addMonths(asOf, -12 * settings.supervision.retentionYears);
      const leavers = await this.em.getConnection().execute<{ id: string }[]>(
        `select p.id from person p
         where p.partnership_id = ?
           and exists (select 1 from job_assignment ja where ja.person_id = p.id)
           and not exists (select 1 from job_assignment ja where ja.person_id = p.id and (ja.end_date is null or ja.end_date >= ?))
           and (exists (select 1 from supervision_session s where s.supervisee_id = p.id and s.content_erased_at is null)
                or exists (select 1 from supervision_agreement a where a.supervisee_id = p.id and a.sharing_sealed is not null)
                or exists (select 1 from reflective_log_entry r where r.author_id = p.id)
                or exists (select 1 from escalation e where e.supervisee_id = p.id and e.summary_sealed is not null))`,
        [partnership.id, cutoff],
      );
      for (const { id } of leavers) await this.erase(partnership.id, id);
      erased += leavers.length;
      if (leavers.length)
        this.logger.log(`Erased the supervision content of ${leavers.length} people who left before ${cutoff}`);
    }
    return erased;
  }

  private async erase(partnershipId: string, personId: string): Promise<void> {
    await this.em.transactional(async (tx) => {
      const run = (sql: string) => tx.execute(sql, [personId]);
      const audit = (recordType: string, from: string) =>
        tx.execute(
          `insert into supervision_audit (id, partnership_id, actor_user_id, action, record_type, record_id, subject_person_id)
           select gen_random_uuid(), ?, null, 'ERASED', ?, r.id, ? from ${from}`,
          [partnershipId, recordType, personId, personId],
        );
      await audit(
        'SupervisionSession',
        'supervision_session r where r.supervisee_id = ? and r.content_erased_at is null',
      );
      await audit(
        'SupervisionAgreement',
        'supervision_agreement r where r.supervisee_id = ? and r.sharing_sealed is not null',
      );
      await audit('ReflectiveLogEntry', 'reflective_log_entry r where r.author_id = ?');
      await run(`update session_addendum set text_sealed = null
                 where session_id in (select id from supervision_session where supervisee_id = ?)`);
      await run(`update supervision_action set description_sealed = null
                 where session_id in (select id from supervision_session where supervisee_id = ?)`);
      await run(`update supervision_session set content_sealed = null, status_reason_sealed = null,
                   supervisee_comment_sealed = null, content_erased_at = now()
                 where supervisee_id = ? and content_erased_at is null`);
      await run('update supervision_agreement set sharing_sealed = null where supervisee_id = ?');
      await run('update escalation set summary_sealed = null where supervisee_id = ?');
      await run('delete from reflective_log_entry where author_id = ?');
    });
  }
}
