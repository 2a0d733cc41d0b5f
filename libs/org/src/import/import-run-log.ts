import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeToPartnership } from '@kindred/database';
import { type ImportProblem, ImportRun, ImportStatus } from './import-run.entity';
import type { ImportCounts } from './import-writer';

export interface ImportOutcome extends ImportCounts {
  status: ImportStatus;
  problems: ImportProblem[];
}

// A file of nothing but bad rows could report hundreds of thousands of problems; this many are
// plenty to fix a file by, and the last entry says how many more there were.
const MAX_PROBLEMS = 2000;
const PROGRESS_INTERVAL_MS = 500;

/**
 * Writes a run's status and progress, each in its own short statement outside the import's
 * transaction, so the console sees progress while the rows are still uncommitted.
 */
export class ImportRunLog {
  private progressWrittenAt = 0;

  constructor(
    private readonly em: EntityManager,
    private readonly partnershipId: string,
    private readonly id: string,
  ) {}

  start(): Promise<void> {
    return this.update({ status: ImportStatus.RUNNING, processedRows: 0 });
  }

  total(totalRows: number): Promise<void> {
    return this.update({ totalRows });
  }

  /** At most twice a second: the console asks about once a second, and every write is a commit. */
  async progress(processedRows: number): Promise<void> {
    if (Date.now() - this.progressWrittenAt < PROGRESS_INTERVAL_MS) return;
    this.progressWrittenAt = Date.now();
    await this.update({ processedRows });
  }

  /** The outcome, with the stored file cleared: it is not needed again. */
  finish(outcome: ImportOutcome, processedRows: number): Promise<void> {
    return this.update({
      ...outcome,
      problems: capped(outcome.problems),
      processedRows,
      file: null,
      finishedAt: new Date(),
    });
  }

  /** Something broke that was not the file's fault; the file stays so that a retry can run. */
  fail(): Promise<void> {
    return this.update({ status: ImportStatus.FAILED, finishedAt: new Date() });
  }

  private async update(data: Partial<ImportRun>): Promise<void> {
    const em = this.em.fork();
    scopeToPartnership(em, this.partnershipId);
    await em.nativeUpdate(ImportRun, { id: this.id }, data);
  }
}

function capped(problems: ImportProblem[]): ImportProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.slice(MAX_PROBLEMS);
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    {
      row: rest[0].row,
      column: null,
      value: null,
      reason: `${rest.length} more problems from this row on are not listed. Fix the ones above and check the file again.`,
    },
  ];
}
