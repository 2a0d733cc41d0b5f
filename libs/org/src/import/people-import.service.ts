import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '@kindred/common';
import { Partnership, scopeToPartnership } from '@kindred/database';
import { checkRows } from './import-check';
import { type ImportOutcome, ImportRunLog } from './import-run-log';
import { ImportRun, ImportStatus } from './import-run.entity';
import { prepareWrites, saveWrites, type WriteContext } from './import-writer';
import { type PeopleTable, readPeopleTable } from './people-table';
import { readRow } from './row-fields';
import { WorkforceDirectory } from './workforce-directory';

const NOTHING_WRITTEN = { created: 0, updated: 0, unchanged: 0 };

/**
 * Runs an uploaded people file: reads it, checks every row, and writes the people and their jobs
 * in one transaction, or only reports what it would do (a dry run). Bad rows reject the whole
 * file unless the run asked to skip them.
 */
@Injectable()
export class PeopleImportService {
  constructor(private readonly em: EntityManager) {}

  /** A run that already has its outcome is left alone, so a job delivered twice imports once. */
  async run(importRunId: string, partnershipId: string): Promise<void> {
    const em = this.scoped(partnershipId);
    const run = await em.findOne(ImportRun, { id: importRunId }, { populate: ['file'] });
    if (!run?.file || ![ImportStatus.QUEUED, ImportStatus.RUNNING, ImportStatus.FAILED].includes(run.status)) return;

    const log = new ImportRunLog(this.em, partnershipId, run.id);
    await log.start();
    let table: PeopleTable;
    try {
      table = await readPeopleTable(run.format, run.file);
    } catch (error) {
      // The upload checked the file already; this only happens to a file it let through.
      if (!(error instanceof BadInputError)) throw error;
      const problem = { row: 1, column: null, value: null, reason: error.message };
      return log.finish({ status: ImportStatus.REJECTED, problems: [problem], ...NOTHING_WRITTEN }, 0);
    }
    await log.total(table.rows.length);
    const work = this.scoped(partnershipId);
    const outcome = run.dryRun
      ? await this.importRows(work, run, table, log)
      : await work.transactional((tx) => this.importRows(tx, run, table, log));
    await log.finish(outcome, table.rows.length);
  }

  /** Marks a run whose job gave up, so the person waiting sees it stopped. */
  async fail(importRunId: string, partnershipId: string): Promise<void> {
    await new ImportRunLog(this.em, partnershipId, importRunId).fail();
  }

  private async importRows(
    em: EntityManager,
    run: ImportRun,
    table: PeopleTable,
    log: ImportRunLog,
  ): Promise<ImportOutcome> {
    const rows = table.rows.map((row) => readRow(row, table.headings));
    const ctx: WriteContext = {
      directory: await WorkforceDirectory.load(em, rows),
      headings: table.headings,
      reach: run.limitedToOrganisations,
      partnership: em.getReference(Partnership, run.partnership.id, { wrapped: true }),
      requestedBy: run.requestedBy,
    };
    const check = checkRows(rows, ctx);
    const rejected = check.badRows > 0 && (!run.skipInvalid || check.people.length === 0);
    const status =
      check.badRows === 0 ? ImportStatus.SUCCEEDED : rejected ? ImportStatus.REJECTED : ImportStatus.PARTIAL;
    if (rejected && !run.dryRun) return { status, problems: check.problems, ...NOTHING_WRITTEN };
    // A dry run prepares exactly what the real import would write, and stops there.
    const writes = prepareWrites(em, check.people, ctx);
    if (!run.dryRun) {
      const rows = table.rows.length;
      await saveWrites(em, writes, (share) => log.progress(Math.floor(share * rows)));
    }
    return { status, problems: check.problems, ...writes.counts };
  }

  private scoped(partnershipId: string): EntityManager {
    const em = this.em.fork();
    scopeToPartnership(em, partnershipId);
    return em;
  }
}
