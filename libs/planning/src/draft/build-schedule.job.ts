import { Injectable } from '@nestjs/common';
import { defineJob, JobHandler, type JobRun } from '@kindred/jobs';
import { DraftBuilder } from './draft-builder';

export interface BuildScheduleJobData {
  draftId: string;
  partnershipId: string;
  /** The day the lead asked, so notice counts from then even if the job waits in the queue. */
  today: string;
}

/** The solver's time limit: the ten seconds, less what gathering the problem takes. */
const SOLVER_TIME_LIMIT_MS = 8000;

export const buildScheduleJob = defineJob<BuildScheduleJobData>('planning.build-schedule', { attempts: 2 });

@Injectable()
export class BuildScheduleJob {
  constructor(private readonly builder: DraftBuilder) {}

  @JobHandler(buildScheduleJob)
  async run(data: BuildScheduleJobData, run: JobRun): Promise<void> {
    try {
      await this.builder.build(data.draftId, data.partnershipId, data.today, SOLVER_TIME_LIMIT_MS);
    } catch (error) {
      if (run.attemptsMade + 1 >= (buildScheduleJob.options.attempts ?? 1)) {
        await this.builder.fail(data.draftId, data.partnershipId, 'Building the draft failed; try again.');
      }
      throw error;
    }
  }
}
