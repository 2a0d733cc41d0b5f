import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ref } from '@mikro-orm/core';
import type { Actor } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { JobQueue } from '@kindred/jobs';
import { OrganisationAccess } from '../access/organisation-access';
import { detectFormat } from './file-format';
import { ImportRun, ImportStatus } from './import-run.entity';
import { importPeopleJob } from './people-import.job';
import { readPeopleTable } from './people-table';

/** The largest people file accepted: about 50,000 rows of CSV. */
export const MAX_UPLOAD_MB = 10;

export interface PeopleUpload {
  fileName: string;
  bytes: Buffer;
  dryRun: boolean;
  skipInvalid: boolean;
}

/**
 * Takes an uploaded people file: refuses one that cannot be imported at all (not a spreadsheet,
 * empty, no header row) before anything is stored, and queues the rest for the worker.
 */
@Injectable()
export class PeopleUploads {
  constructor(
    private readonly em: EntityManager,
    private readonly queue: JobQueue,
  ) {}

  async accept(actor: Actor, upload: PeopleUpload): Promise<ImportRun> {
    const format = detectFormat(upload.bytes);
    await readPeopleTable(format, upload.bytes);
    const reach = OrganisationAccess.of(actor, 'person.import').organisationIds;
    const run = new ImportRun(ref(Partnership, actor.partnershipId), {
      requestedBy: actor.userId,
      fileName: upload.fileName.slice(0, 255) || 'people',
      format,
      file: upload.bytes,
      dryRun: upload.dryRun,
      skipInvalid: upload.skipInvalid,
      limitedToOrganisations: reach ? [...reach] : null,
    });
    await this.em.persist(run).flush();
    try {
      await this.queue.add(
        importPeopleJob,
        { importRunId: run.id, partnershipId: actor.partnershipId },
        { jobId: run.id },
      );
    } catch (error) {
      run.status = ImportStatus.FAILED;
      run.finishedAt = new Date();
      await this.em.flush();
      throw error;
    }
    return run;
  }
}
