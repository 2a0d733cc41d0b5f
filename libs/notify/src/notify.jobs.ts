import { defineJob, defineSchedule } from '@kindred/jobs';

/** Sends one outbox row. Its job id is the row's id (and retry round), so a row is on the queue at most once. */
// Several at once: a send mostly waits on the mail server, and each holds only its own row.
export const sendNotification = defineJob<{ notificationId: string; partnershipId?: string }>('notify.send', {
  concurrency: 16,
});

/** Moves pending outbox rows onto the queue. */
export const relayOutbox = defineJob<null>('notify.relay');

/**
 * The relay's heartbeat. Changes nudge it as they commit; the schedule catches whatever a nudge
 * missed, such as rows committed while Redis was down.
 */
export const outboxRelaySchedule = defineSchedule({
  name: 'notify.relay',
  cron: '*/10 * * * * *',
  job: relayOutbox,
  data: null,
});
