import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { scopeToPartnership } from '@kindred/database';
import { defineJob, defineSchedule, JobHandler } from '@kindred/jobs';
import type { IsoDate } from '@kindred/org';
import { today } from '../dates';
import { SkillHolding } from './skill-holding.entity';
import { SkillLedger } from './skill-ledger';

export interface LapseEvidenceData {
  /** The day to lapse evidence as of; today when left out. */
  asOf?: IsoDate;
}

export const lapseEvidence = defineJob<LapseEvidenceData | null>('skills.lapse-evidence');

/** Early each morning, so the day's heatmap shows levels that lapsed overnight. */
export const lapseEvidenceSchedule = defineSchedule({
  name: 'skills.lapse-evidence',
  cron: '23 2 * * *',
  job: lapseEvidence,
});

const BATCH = 200;

/**
 * Lowers levels whose evidence has run out (a safeguarding refresher not renewed in 3 years): each
 * holding due for review gets EXPIRED records for the lapsed evidence and its level recomputed.
 */
@Injectable()
export class EvidenceLapse {
  private readonly logger = new Logger(EvidenceLapse.name);

  constructor(private readonly em: EntityManager) {}

  @JobHandler(lapseEvidence)
  async run(data: LapseEvidenceData | null): Promise<void> {
    const asOf = data?.asOf ?? today();
    const partnerships = await this.em
      .getConnection()
      .execute<{ id: string }[]>('select distinct partnership_id as id from skill_holding where review_on < ?', [asOf]);
    let lapsed = 0;
    for (const { id } of partnerships) lapsed += await this.lapsePartnership(id, asOf);
    this.logger.log(`Recorded ${lapsed} lapsed pieces of evidence as of ${asOf}`);
  }

  private async lapsePartnership(partnershipId: string, asOf: IsoDate): Promise<number> {
    let lapsed = 0;
    // Each batch settles its holdings past asOf, so the next query finds the rest.
    for (;;) {
      const em = this.em.fork();
      scopeToPartnership(em, partnershipId);
      const due = await em.find(
        SkillHolding,
        { reviewOn: { $lt: asOf } },
        { populate: ['person', 'competency.framework.scale'], limit: BATCH },
      );
      if (due.length === 0) return lapsed;
      await em.transactional(async (tx) => {
        for (const holding of due) {
          const ledgers = await SkillLedger.load(tx, holding.person.getEntity(), [holding.competency.getEntity()]);
          const ledger = ledgers.get(holding.competency.id)!;
          lapsed += ledger.recordLapses(tx, asOf);
          ledger.settle(tx, asOf);
        }
      });
    }
  }
}
