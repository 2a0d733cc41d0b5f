import { defineJob } from './job-definition';
import { defineSchedule, tickJobId } from './schedule';

const digest = defineJob('test.digest');
const at = (iso: string) => new Date(iso);

describe('tickJobId', () => {
  const everySecond = defineSchedule({ name: 'every-second', cron: '* * * * * *', job: digest });
  const everyFiveSeconds = defineSchedule({ name: 'every-five-seconds', cron: '*/5 * * * * *', job: digest });
  const nightly = defineSchedule({ name: 'nightly', cron: '0 3 * * *', job: digest });

  it('names the schedule and the nominal tick time, not the moment the tick fired', () => {
    expect(tickJobId(everySecond, at('2025-03-01T12:00:05.003Z'))).toBe('every-second:2025-03-01T12:00:05.000Z');
    expect(tickJobId(nightly, at('2025-03-01T03:00:00.250Z'))).toBe('nightly:2025-03-01T03:00:00.000Z');
  });

  it('gives workers firing the same tick at different moments the same id', () => {
    const early = tickJobId(everyFiveSeconds, at('2025-03-01T12:00:05.001Z'));
    const late = tickJobId(everyFiveSeconds, at('2025-03-01T12:00:07.900Z'));
    expect(early).toBe('every-five-seconds:2025-03-01T12:00:05.000Z');
    expect(late).toBe(early);
  });

  it('gives the next tick a different id', () => {
    expect(tickJobId(everySecond, at('2025-03-01T12:00:06.000Z'))).toBe('every-second:2025-03-01T12:00:06.000Z');
    expect(tickJobId(everyFiveSeconds, at('2025-03-01T12:00:10.000Z'))).toBe(
      'every-five-seconds:2025-03-01T12:00:10.000Z',
    );
  });

  it('keeps a firing that runs well behind its tick on that tick', () => {
    expect(tickJobId(nightly, at('2025-03-01T03:04:30.000Z'))).toBe('nightly:2025-03-01T03:00:00.000Z');
    expect(tickJobId(nightly, at('2025-03-02T02:59:59.999Z'))).toBe('nightly:2025-03-01T03:00:00.000Z');
  });

  it('reads expressions in UTC whatever the machine time zone', () => {
    const midday = defineSchedule({ name: 'midday', cron: '0 0 12 * * *', job: digest });
    const machineZone = process.env.TZ;
    process.env.TZ = 'Europe/London'; // an hour ahead of UTC on this date
    try {
      expect(tickJobId(midday, at('2025-07-01T12:00:00.400Z'))).toBe('midday:2025-07-01T12:00:00.000Z');
    } finally {
      process.env.TZ = machineZone;
    }
  });
});

describe('defineSchedule', () => {
  it('rejects an invalid cron expression when the schedule is defined', () => {
    expect(() => defineSchedule({ name: 'broken', cron: '61 * * * *', job: digest })).toThrow(
      /Schedule "broken": invalid cron "61 \* \* \* \*"/,
    );
  });
});
