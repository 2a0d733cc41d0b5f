import { setTimeout as sleep } from 'node:timers/promises';
import { JobQueue } from './job-queue';

const POLL_MS = 50;

/**
 * For tests: resolves once no job is waiting, running or delayed (a job waiting for a retry is
 * delayed), and rejects after `timeoutMs`.
 */
export async function waitForIdleQueues(queue: JobQueue, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = await queue.countPending();
    if (pending === 0) return;
    if (Date.now() >= deadline) {
      throw new Error(`Job queue still has ${pending} pending job(s) after ${timeoutMs} ms`);
    }
    await sleep(POLL_MS);
  }
}
