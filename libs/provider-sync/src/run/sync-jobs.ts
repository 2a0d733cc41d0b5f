import { defineJob, defineSchedule } from '@kindred/jobs';

export interface RunSyncData {
  runId: string;
  partnershipId: string;
}

/** One run of a plugin's capability; retried with the queue's backoff when the provider fails. */
export const runSync = defineJob<RunSyncData>('provider-sync.run', { attempts: 3 });

export interface SyncTickData {
  /** The moment to act as of (tests); now when left out. */
  now?: string;
}

export const syncTick = defineJob<SyncTickData | null>('provider-sync.tick');

/**
 * Every minute the worker looks for plugin schedules due in that minute and queues their runs with
 * ids made from the tick, so several workers queue each run once.
 */
export const syncTickSchedule = defineSchedule({ name: 'provider-sync.tick', cron: '* * * * *', job: syncTick });
