import type { Browser, Page } from 'playwright-core';
import { ref } from '@mikro-orm/core';
import { Partnership } from '@kindred/database';
import { DEMO_PASSWORD } from '@kindred/demo';
import { UnmatchedCompletion, UnmatchedStatus } from '@kindred/provider-sync';
import { launchChromium } from '@kindred/testing';
import { JobQueue, waitForIdleQueues } from '@kindred/jobs';
import { JobAssignment } from '@kindred/org';
import { BookingPush, BookingPushAction, TrainingProvider, TrainingSession } from '@kindred/training';
import { enable, setUpPluginSync } from '../integration/support/plugin-sync';

// The provider plugin pages of the console (dist/console must be built first). The demo
// partnership's safeguarding calendar plugin points at a local server playing the provider; a
// workforce lead presses "Sync now", watches the run succeed, reads its log and finds the imported
// sessions in the training calendar. The same provider takes bookings through a REST plugin: a
// push it refuses is listed as failed, and the lead retries it once the provider is fixed.

jest.setTimeout(180_000);

const PROVIDER = 'Northshire Safeguarding Children Partnership';
const FEED = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//NSCP//Training//EN',
  'BEGIN:VEVENT',
  'UID:nscp-l3-march@nscp.example',
  'SUMMARY:Safeguarding Level 3: working together',
  'DTSTART;TZID=Europe/London:20270310T093000',
  'DTEND;TZID=Europe/London:20270310T160000',
  'LOCATION:Northshire Civic Centre',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:nscp-l2-march@nscp.example',
  'SUMMARY:Safeguarding Level 2 refresher',
  'DTSTART:20270317T100000Z',
  'DTEND:20270317T123000Z',
  'URL:https://meet.nscp.example/l2',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('provider plugins console', () => {
  const sync = setUpPluginSync((stub) => [
    enable('ical-feed', 'nscp-calendar', PROVIDER, {
      feeds: [`${stub.url}/calendar.ics`],
      rules: [
        { match: 'Level 3', course: 'Safeguarding children Level 3', capacity: 30 },
        { match: 'Level 2', course: 'Safeguarding children Level 2' },
      ],
    }),
    enable('http-json', 'nscp-bookings', PROVIDER, {
      baseUrl: `${stub.url}/api/`,
      bookings: { create: { path: 'sessions/{sessionId}/bookings' }, cancel: { path: 'bookings/{reference}' } },
      timeoutMs: 1_000,
    }),
  ]);
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    sync.stub.reset((_req, res) => res.writeHead(200, { 'content-type': 'text/calendar' }).end(FEED));
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, timezoneId: 'Europe/London' });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
  });
  afterAll(() => browser?.close());

  it('runs "sync now" on the demo partnership and shows the run, its log and the imported sessions', async () => {
    await page.goto(sync.api.url);
    await page.getByLabel('Email').fill('lead@northshire.example');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();

    await page.getByRole('group', { name: 'Training' }).getByRole('menuitem', { name: 'Provider plugins' }).click();
    const plugins = page.getByRole('table', { name: 'Provider plugins' });
    const row = plugins.getByRole('row', { name: /nscp-calendar/ });
    await row.getByText('Never run').waitFor();
    await row.getByRole('button', { name: 'Sync nscp-calendar now' }).click();
    await row.getByText('Succeeded').waitFor();

    const runs = page.getByRole('table', { name: 'Sync runs' });
    const run = runs.getByRole('row', { name: /nscp-calendar/ });
    await run.getByText('2 created, 0 updated, 0 unchanged, 0 unmatched').waitFor();
    await run.getByRole('button', { name: 'Show the log' }).click();
    await page
      .getByRole('table', { name: 'Run log' })
      .getByText('Finished: 2 created, 0 updated, 0 unchanged, 0 unmatched.')
      .waitFor();

    // A second press while nothing is queued starts another run, which finds nothing new.
    await row.getByRole('button', { name: 'Sync nscp-calendar now' }).click();
    await runs.getByText('0 created, 0 updated, 2 unchanged, 0 unmatched').waitFor();

    const provider = await sync.api.em().findOneOrFail(TrainingProvider, { name: PROVIDER }, { filters: false });
    await page.goto(`${sync.api.url}/training-calendar?date=2027-03-01&providerId=${provider.id}`);
    await page.getByRole('heading', { name: /March 2027/ }).waitFor();
    await page.getByText('Safeguarding children Level 3').first().waitFor();
    await page.getByText('Safeguarding children Level 2').first().waitFor();
  });

  it('lets the lead dismiss a completion nobody could be matched to, with a reason', async () => {
    const em = sync.api.em();
    const northshire = await em.findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false });
    const waiting = new UnmatchedCompletion(ref(northshire), 'nscp-calendar', PROVIDER, {
      externalId: 'stmt-77',
      learner: { email: 'visiting.student@university.example', name: 'Robin Visiting' },
      courseTitle: 'Safeguarding children Level 2',
      completedOn: '2026-10-02',
    });
    await em.persistAndFlush(waiting);

    await page
      .getByRole('group', { name: 'Training' })
      .getByRole('menuitem', { name: 'Unmatched completions' })
      .click();
    const row = page.getByRole('table', { name: 'Unmatched completions' }).getByRole('row', { name: /Robin Visiting/ });
    await row.getByText('Safeguarding children Level 2').waitFor();
    await row.getByRole('button', { name: 'Dismiss' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dismiss this completion' });
    await dialog.getByLabel('Why').fill('A student on placement from the university, not in our workforce.');
    await dialog.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByText('Nothing to match').waitFor();
    const dismissed = await sync.api.em().findOneOrFail(UnmatchedCompletion, waiting.id, { filters: false });
    expect([dismissed.status, dismissed.dismissReason]).toEqual([
      UnmatchedStatus.DISMISSED,
      'A student on placement from the university, not in our workforce.',
    ]);
  });

  it('lists a booking the provider refused, and pushes it again when the lead presses Retry', async () => {
    let refusing = true;
    sync.stub.reset((req, res) =>
      req.method !== 'POST'
        ? res.writeHead(200, { 'content-type': 'text/calendar' }).end(FEED)
        : refusing
          ? res.writeHead(401).end()
          : res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'NSCP-BK-1' })),
    );
    const em = sync.api.em();
    const session = await em.findOneOrFail(
      TrainingSession,
      { externalId: 'nscp-l3-march@nscp.example' },
      { filters: false, populate: ['course'] },
    );
    // Someone the course is open to.
    const { roleProfileIds, employmentTypes, organisationIds } = session.course.getEntity().audience;
    const [job] = await em.find(
      JobAssignment,
      {
        partnership: session.partnership,
        endDate: null,
        person: { email: { $ne: 'lead@northshire.example' } },
        ...(roleProfileIds.length ? { roleProfileId: { $in: roleProfileIds } } : {}),
        ...(employmentTypes.length ? { employmentType: { $in: employmentTypes } } : {}),
        ...(organisationIds.length ? { organisation: { $in: organisationIds } } : {}),
      },
      { filters: false, populate: ['person'], limit: 1, orderBy: { person: { email: 'ASC' } } },
    );
    const learner = job.person.getEntity();
    const { bookSession } = await sync.lead.data(
      'mutation($input: BookSessionInput!) { bookSession(input: $input) { booking { id status } } }',
      {
        input: { sessionId: session.id, personId: learner.id, overrideReason: 'Needed for the safeguarding lead role' },
      },
    );
    expect(bookSession.booking.status).toBe('CONFIRMED');
    await waitForIdleQueues(sync.api.app.get(JobQueue), 30_000);

    await page.getByRole('group', { name: 'Training' }).getByRole('menuitem', { name: 'Provider plugins' }).click();
    const failed = page.getByRole('table', { name: 'Failed booking pushes' });
    const row = failed.getByRole('row', { name: new RegExp(learner.fullName) });
    await row.getByText(/refused the credentials \(HTTP 401\)/).waitFor();
    refusing = false;
    await row.getByRole('button', { name: `Retry the booking for ${learner.fullName}` }).click();
    await page.getByText('No failed pushes').waitFor();
    await waitForIdleQueues(sync.api.app.get(JobQueue), 30_000);
    const push = await sync.api
      .em()
      .findOneOrFail(
        BookingPush,
        { booking: bookSession.booking.id, action: BookingPushAction.BOOK },
        { filters: false },
      );
    expect([push.status, push.reference]).toEqual(['SUCCEEDED', 'NSCP-BK-1']);
  });
});
