import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { defineJob, defineSchedule, JobHandler } from '@kindred/jobs';
import { ContentCipher } from './content-cipher';
import { sealContext } from './sealed-json';
import { SEALED_COLUMNS } from './sealed-columns';

export const resealContent = defineJob('supervision.reseal-content');

/**
 * Nightly as well as on demand: text a migration left unsealed and values under a retired current
 * key are sealed under the current key without waiting for someone to ask; a night with nothing to
 * do costs one scan of each sealed column.
 */
export const resealSchedule = defineSchedule({
  name: 'supervision.reseal-content',
  cron: '15 3 * * *',
  job: resealContent,
});

const BATCH = 200;

/**
 * After a key rotation (a new key made current in `encryption`), seals again under the current key
 * everything sealed with another, a batch per transaction, so the old key can then be retired. Text
 * a migration left unsealed (CPD's, from before it was sealed) is sealed the same way. Safe to run
 * again: rows already under the current key are skipped.
 */
@Injectable()
export class ContentResealer {
  private readonly logger = new Logger(ContentResealer.name);

  constructor(
    private readonly em: EntityManager,
    private readonly cipher: ContentCipher,
  ) {}

  @JobHandler(resealContent)
  async run(): Promise<number> {
    let resealed = 0;
    for (const { table, recordType, columns } of SEALED_COLUMNS) {
      for (const [column, field] of Object.entries(columns)) {
        for (;;) {
          const count = await this.em.transactional(async (tx) => {
            const rows = await tx.execute<{ id: string; sealed: string }[]>(
              `select id, ${column} as sealed from ${table}
               where ${column} is not null and split_part(${column}, '.', 1) <> ? limit ? for update skip locked`,
              [this.cipher.currentKeyId, BATCH],
            );
            for (const row of rows) {
              const sealed = this.cipher.reseal(row.sealed, sealContext(recordType, row.id, field));
              await tx.execute(`update ${table} set ${column} = ? where id = ?`, [sealed, row.id]);
            }
            return rows.length;
          });
          resealed += count;
          if (count < BATCH) break;
        }
      }
    }
    this.logger.log(`Sealed ${resealed} supervision and CPD values again under key ${this.cipher.currentKeyId}`);
    return resealed;
  }
}
