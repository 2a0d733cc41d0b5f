import { TrainingSession } from '@kindred/training';
import { enable, setUpPluginSync } from './support/plugin-sync';

const PROVIDER = 'Northshire Safeguarding Children Partnership';
const LEVEL_3 = 'Safeguarding children Level 3';
const LEVEL_2 = 'Safeguarding children Level 2';

interface Event {
  uid?: string;
  summary: string;
  start?: string;
  end?: string;
  location?: string;
  url?: string;
  status?: string;
  tzid?: string;
}

/** A feed as providers write them: CRLF lines, folded long lines, escaped text, an alarm inside. */
function calendar(events: Event[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//NSCP//Training calendar//EN'];
  for (const e of events) {
    lines.push('BEGIN:VEVENT');
    if (e.uid) lines.push(`UID:${e.uid}`);
    lines.push(`SUMMARY:${e.summary.replace(/,/g, '\\,')}`);
    if (e.start) lines.push(e.tzid ? `DTSTART;TZID=${e.tzid}:${e.start}` : `DTSTART:${e.start}`);
    if (e.end) lines.push(e.tzid ? `DTEND;TZID=${e.tzid}:${e.end}` : `DTEND:${e.end}`);
    if (e.location) lines.push(`LOCATION:${e.location.slice(0, 40)}\r\n ${e.location.slice(40)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    if (e.status) lines.push(`STATUS:${e.status}`);
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'TRIGGER:-PT1H', 'END:VALARM');
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

const level3 = (n: number, extra: Partial<Event> = {}): Event => ({
  uid: `l3-${n}@nscp.example`,
  summary: `Multi-agency safeguarding, Level 3 (cohort ${n})`,
  start: `2027030${n}T093000`,
  end: `2027030${n}T160000`,
  tzid: 'Europe/London',
  location: 'Northshire Civic Centre, Committee Room 2, Market Street, Northshire NS1 1AA',
  ...extra,
});
const level2Online: Event = {
  uid: 'l2-online@nscp.example',
  summary: 'Safeguarding Level 2 (online)',
  start: '20270615T090000Z',
  end: '20270615T123000Z',
  url: 'https://meet.nscp.example/l2',
};
const briefing: Event = {
  uid: 'briefing@nscp.example',
  summary: 'Partnership annual conference',
  start: '20270701T090000Z',
  end: '20270701T170000Z',
  location: 'Town hall',
};

describe('ical-feed: sessions from a provider calendar', () => {
  const feeds: Record<string, () => { status?: number; body: string; delayMs?: number }> = {};
  const sync = setUpPluginSync((stub) => [
    enable('ical-feed', 'nscp-calendar', PROVIDER, {
      feeds: [`${stub.url}/level3.ics`, `${stub.url}/level2.ics`],
      rules: [
        { match: 'Level 3', course: LEVEL_3, capacity: 30 },
        { match: '/level\\s*2/', course: LEVEL_2 },
      ],
      timeoutMs: 300,
    }),
  ]);
  const serveFeeds = () =>
    sync.stub.reset(async (req, res) => {
      const feed = feeds[req.url ?? ''];
      if (!feed) return void res.writeHead(404).end();
      const { status = 200, body, delayMs } = feed();
      if (delayMs) await new Promise((done) => setTimeout(done, delayMs));
      res.writeHead(status, { 'content-type': 'text/calendar' }).end(body);
    });
  const imported = () =>
    sync.api
      .em()
      .find(
        TrainingSession,
        { externalId: { $ne: null } },
        { filters: false, populate: ['course', 'externalProvider'], orderBy: { startsAt: 'ASC' } },
      );

  beforeEach(() => {
    feeds['/level3.ics'] = () => ({ body: calendar([level3(1), level3(2), briefing]) });
    feeds['/level2.ics'] = () => ({ body: calendar([level2Online]) });
    serveFeeds();
  });

  it('reads each feed as a page, maps events to courses by the rules and logs the ones it leaves out', async () => {
    const run = await sync.syncNow('nscp-calendar');
    expect(run).toMatchObject({ status: 'SUCCEEDED', attempts: 1, pages: 2, created: 3, updated: 0, errors: 0 });
    expect(run.lines).toContainEqual({
      level: 'WARN',
      record: 'briefing@nscp.example',
      message: 'No rule maps "Partnership annual conference" to a course.',
    });
    const sessions = await imported();
    expect(
      sessions.map((s) => [s.externalId, s.course.getEntity().title, s.status, s.capacity, s.venue, s.onlineUrl]),
    ).toEqual([
      [
        'l3-1@nscp.example',
        LEVEL_3,
        'PUBLISHED',
        30,
        'Northshire Civic Centre, Committee Room 2, Market Street, Northshire NS1 1AA',
        null,
      ],
      [
        'l3-2@nscp.example',
        LEVEL_3,
        'PUBLISHED',
        30,
        'Northshire Civic Centre, Committee Room 2, Market Street, Northshire NS1 1AA',
        null,
      ],
      ['l2-online@nscp.example', LEVEL_2, 'PUBLISHED', 20, null, 'https://meet.nscp.example/l2'],
    ]);
    // 09:30 in London in March is 09:30 UTC (GMT); the provider owns the sessions it published.
    expect(sessions[0].startsAt.toISOString()).toBe('2027-03-01T09:30:00.000Z');
    expect(sessions.every((s) => s.externalProvider?.getEntity().name === PROVIDER)).toBe(true);
  });

  it('changes nothing when run again, and updates or cancels what the provider changed', async () => {
    const before = await imported();
    const again = await sync.syncNow('nscp-calendar');
    expect(again).toMatchObject({ status: 'SUCCEEDED', created: 0, updated: 0, unchanged: 3 });
    expect((await imported()).map((s) => [s.id, s.updatedAt.getTime()])).toEqual(
      before.map((s) => [s.id, s.updatedAt.getTime()]),
    );

    feeds['/level3.ics'] = () => ({
      body: calendar([
        level3(1, { start: '20270301T100000', location: 'Hub North' }),
        level3(2, { status: 'CANCELLED' }),
      ]),
    });
    const changed = await sync.syncNow('nscp-calendar');
    expect(changed).toMatchObject({ status: 'SUCCEEDED', created: 0, updated: 2, unchanged: 1 });
    const [first, second] = await imported();
    expect([first.startsAt.toISOString(), first.venue]).toEqual(['2027-03-01T10:00:00.000Z', 'Hub North']);
    expect([second.status, second.cancellationReason]).toEqual(['CANCELLED', `Cancelled by ${PROVIDER}.`]);
  });

  it('resumes after the last page written when a run fails part way', async () => {
    let failures = 1;
    feeds['/level2.ics'] = () =>
      failures-- > 0
        ? { status: 503, body: 'busy' }
        : { body: calendar([{ ...level2Online, uid: 'l2-new@nscp.example' }]) };
    const run = await sync.syncNow('nscp-calendar');
    expect(run).toMatchObject({ status: 'SUCCEEDED', attempts: 2, pages: 2, created: 1 });
    // The first feed was written once; the retry started at the second.
    expect([sync.stub.hits('/level3.ics'), sync.stub.hits('/level2.ics')]).toEqual([1, 2]);
    expect(run.lines.map((l) => l.level)).toContain('ERROR');
    expect(run.lines.find((l) => l.level === 'ERROR')?.message).toMatch(/answered HTTP 503 .* Trying again shortly\./);
  });

  it('fails a feed that is not a calendar, or has an event it cannot read, and writes nothing of it', async () => {
    const before = await imported();
    feeds['/level3.ics'] = () => ({ body: '<html><body>Site maintenance</body></html>' });
    const garbage = await sync.syncNow('nscp-calendar');
    expect(garbage).toMatchObject({ status: 'FAILED', attempts: 1, pages: 0, created: 0 });
    expect(garbage.message).toBe(
      `${sync.stub.url}/level3.ics is not an iCalendar feed (it does not begin with BEGIN:VCALENDAR).`,
    );

    feeds['/level3.ics'] = () => ({
      body: calendar([
        level3(1, { start: '20270301T083000' }),
        level3(3, { end: undefined }),
        level3(4, { uid: undefined }),
      ]),
    });
    const bad = await sync.syncNow('nscp-calendar');
    expect(bad).toMatchObject({ status: 'FAILED', attempts: 1, created: 0, updated: 0, errors: 2 });
    expect(bad.lines.filter((l) => l.level === 'ERROR' && l.record)).toEqual([
      { level: 'ERROR', record: 'l3-3@nscp.example', message: 'The event has no readable start and end.' },
      {
        level: 'ERROR',
        record: '"Multi-agency safeguarding, Level 3 (cohort 4)"',
        message: 'The event has no UID, so it cannot be told apart from others.',
      },
    ]);
    // The good event on the refused page was not written either.
    expect((await imported()).map((s) => [s.id, s.startsAt.toISOString(), s.updatedAt.getTime()])).toEqual(
      before.map((s) => [s.id, s.startsAt.toISOString(), s.updatedAt.getTime()]),
    );
  });

  it('fails at once, without retrying, when the provider refuses the credentials', async () => {
    feeds['/level3.ics'] = () => ({ status: 401, body: 'no' });
    const run = await sync.syncNow('nscp-calendar');
    expect(run).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(run.message).toBe(
      `${PROVIDER} refused the credentials (HTTP 401) at ${sync.stub.url}/level3.ics: check the secret in the environment.`,
    );
  });

  it('retries a provider that does not answer in time, then fails the run and keeps the data', async () => {
    const before = await imported();
    feeds['/level3.ics'] = () => ({ body: calendar([level3(1, { location: 'Somewhere else' })]), delayMs: 1_000 });
    const run = await sync.syncNow('nscp-calendar');
    expect(run).toMatchObject({ status: 'FAILED', attempts: 3, created: 0, updated: 0 });
    expect(run.message).toBe(`${PROVIDER} did not answer ${sync.stub.url}/level3.ics within 0.3 s.`);
    expect((await imported()).map((s) => s.venue)).toEqual(before.map((s) => s.venue));
  });
});
