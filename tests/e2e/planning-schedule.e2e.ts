import { Test, type TestingModule } from '@nestjs/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '@kindred/auth';
import { DEMO_PASSWORD, DEMO_USERS } from '@kindred/demo';
import { expectAccessible, launchChromium, setUpTestApi } from '@kindred/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';

// The term schedule page on the Northshire demo (`npm run build` first): the workforce lead records
// the trainer's leave, drafts a six-week term around it, pins a proposed session, re-runs the draft,
// publishes it, and finds the pinned session in the training calendar. A worker module builds the drafts, as in production.

jest.setTimeout(240_000);

const TIME_ZONE = 'Europe/London';
const DAY = 86_400_000;
const isoIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const ukDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

describe('term schedule console', () => {
  const setup = setUpTestApi({ seedDemo: true });
  let worker: TestingModule;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(setup.api.config)] }).compile();
    await worker.init();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await worker?.close();
  });

  it('drafts, pins, re-runs and publishes the term, which then shows in the training calendar', async () => {
    const lead = DEMO_USERS.find((u) => u.role === Role.WORKFORCE_LEAD)!;
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, timezoneId: TIME_ZONE });
    page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(setup.api.url);
    await page.getByLabel('Email').fill(lead.email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();

    await page.getByRole('group', { name: 'Training' }).getByRole('menuitem', { name: 'Term schedule' }).click();
    const [start, end] = [isoIn(35), isoIn(77)];

    // The demo's one trainer is away the term's first week (the demo's own leave is later on).
    const away = page.getByRole('region', { name: 'Trainers’ days away' });
    await away.getByLabel('First day away').fill(start);
    await away.getByLabel('Last day away').fill(isoIn(41));
    await away.getByLabel('Reason (optional)').fill('Safeguarding conference');
    await away.getByRole('button', { name: 'Add days away' }).click();
    const leave = away.getByRole('row').filter({ hasText: 'Safeguarding conference' });
    await leave.waitFor();
    expect(await leave.textContent()).toContain('Helen Carter');
    // A day added by mistake is removed after confirming.
    await away.getByLabel('First day away').fill(isoIn(90));
    await away.getByLabel('Reason (optional)').fill('Added by mistake');
    await away.getByRole('button', { name: 'Add days away' }).click();
    const mistake = away.getByRole('row').filter({ hasText: 'Added by mistake' });
    await mistake.waitFor();
    await mistake.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await mistake.waitFor({ state: 'detached' });
    await expectAccessible(page, 'term schedule');

    await page.getByLabel('Term starts').fill(start);
    await page.getByLabel('Term ends').fill(end);
    await page.getByRole('button', { name: 'Draft the term' }).click();
    const draft = page.getByRole('region', { name: `Draft ${ukDate(start)} to ${ukDate(end)}` });
    await draft.getByText('Ready to publish', { exact: true }).waitFor();

    const sessions = draft.getByRole('table', { name: 'Proposed sessions' });
    // Nothing in the trainer's week away.
    const sessionDays = await sessions
      .locator('tbody tr td:nth-child(2) time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    expect(sessionDays.length).toBeGreaterThan(0);
    expect(sessionDays.filter((d) => d <= isoIn(41))).toEqual([]);
    // A session in a room (an online one shows a field for its link).
    const first = sessions
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: 'Pin' }) })
      .filter({ hasNot: page.getByRole('textbox', { name: 'Online link' }) })
      .first();
    const course = (await first.getByRole('cell').first().textContent())!;
    const days = (await first.getByRole('cell').nth(1).textContent())!;
    const firstDay = (await first.getByRole('cell').nth(1).locator('time').first().getAttribute('datetime'))!;
    await first.getByRole('button', { name: 'Pin' }).click();
    const row = sessions.getByRole('row').filter({ hasText: course }).filter({ hasText: days });
    await row.getByText('Pinned', { exact: true }).waitFor();

    // The worker may build it again before the page ever shows it building: wait on the draft
    // itself rather than on a passing state, then for the page to show it ready again.
    const rerun = page.waitForResponse((r) => (r.request().postData() ?? '').includes('rerunScheduleDraft'));
    await draft.getByRole('button', { name: 'Re-run' }).click();
    expect((await rerun).ok()).toBe(true);
    const latestStatus = async () =>
      (
        await setup.api
          .em()
          .getConnection()
          .execute(`select status from schedule_draft order by requested_at desc limit 1`)
      )[0].status as string;
    for (let tries = 0; (await latestStatus()) !== 'READY' && tries < 120; tries++) {
      await new Promise((done) => setTimeout(done, 500));
    }
    expect(await latestStatus()).toBe('READY');
    await draft.getByText('Ready to publish', { exact: true }).waitFor();
    await row.getByText('Pinned', { exact: true }).waitFor();

    // Online sessions meet at the link the lead gives the draft; without one they would be refused.
    const online = sessions.getByRole('row').filter({ has: page.getByRole('textbox', { name: 'Online link' }) });
    expect(await online.count()).toBeGreaterThan(0);
    await draft.getByRole('textbox', { name: 'Online link for every online session' }).fill('https://meet.example/hub');
    await draft
      .getByRole('form', { name: 'Online link for every online session' })
      .getByRole('button', { name: 'Save link' })
      .click();
    // Each online session without a link of its own now shows the draft's.
    await online.first().locator('input[value="https://meet.example/hub"]').waitFor();

    await draft.getByRole('button', { name: 'Publish' }).click();
    await draft.getByText('Published', { exact: true }).waitFor();
    expect(await row.getByRole('alert').count()).toBe(0);
    expect(await sessions.getByRole('alert').filter({ hasText: 'online link' }).count()).toBe(0);

    await page.goto(`${setup.api.url}/training-calendar?view=week&date=${firstDay}`);
    await page
      .getByRole('table', { name: /^Training sessions, Week of / })
      .getByRole('link', { name: new RegExp(course.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .first()
      .waitFor();
  });
});
