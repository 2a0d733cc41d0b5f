import { Injectable } from '@nestjs/common';
import { defineJob, JobHandler, type JobRun } from '@kindred/jobs';
import { PeopleImportService } from './people-import.service';

export interface PeopleImportJobData {
  importRunId: string;
  partnershipId: string;
}

/** Enqueued with the run's id as the job id, so one upload is one job. */
export const importPeopleJob = defineJob<PeopleImportJobData>('org.import-people', { attempts: 3 });

@Injectable()
export class PeopleImportJob {
  constructor(private readonly imports: PeopleImportService) {}

  @JobHandler(importPeopleJob)
  async run(data: PeopleImportJobData, run: JobRun): Promise<void> {
    try {
      await this.imports.run(data.importRunId, data.partnershipId);
    } catch (error) {
      // Each try rolls back, so only the last one needs telling the person who uploaded.
      if (run.attemptsMade + 1 >= (importPeopleJob.options.attempts ?? 1)) {
        await this.imports.fail(data.importRunId, data.partnershipId);
      }
      throw error;
    }
  }
}
