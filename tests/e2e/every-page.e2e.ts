import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import type { Browser, Page } from 'playwright-core';
import { Role } from '@kindred/auth';
import type { AppConfig } from '@kindred/config';
import { DEMO_PASSWORD, DEMO_USERS } from '@kindred/demo';
import { expectAccessible, launchChromium, setUpTestApi } from '@kindred/testing';

// Every page of the console passes axe-core's WCAG 2.2 AA check on the Northshire demo (`npm run
// build:console` first). The pages come from the menu, not from a list kept here: the workforce lead
// signs in, then each role that sees a menu entry nobody before it saw, and every entry is opened;
// from there the test follows the links a page offers (a record's page, its tabs, its edit form, a
// create form) and opens the first row of each list, one page per route. A page added to the menu
// is checked without touching this file. With KINDRED_SCREENSHOTS=1 it also saves the README's
// screenshots to docs/screenshots (CI leaves the committed ones alone).

jest.setTimeout(240_000);

const MENU_SOURCE = join(__dirname, '../../apps/console/src/layout/Menu.tsx');
const SCREENSHOTS = process.env.KINDRED_SCREENSHOTS === '1' ? join(__dirname, '../../docs/screenshots') : null;

/** The menu's entries and the permission each needs, read from its source: all it can ever show. */
const MENU = [
  ...readFileSync(MENU_SOURCE, 'utf8').matchAll(
    /\bto: '(\/[^']*)',\s*label: (?:'[^']*'|"[^"]*"),\s*permission: '([^']+)'/g,
  ),
].map(([, path, permission]) => ({ path, permission }));

/** The console's own routes beside the resources', from App.tsx; `:sessionId` and the like as `:id`. */
const APP_ROUTES = [
  ...readFileSync(join(__dirname, '../../apps/console/src/App.tsx'), 'utf8').matchAll(/<Route path="([^"]+)"/g),
].map(([, path]) => path.replace(/:\w+/g, ':id'));

/** One page per route: record ids become `:id`, the query string is dropped. */
const route = (path: string) =>
  path.split('?')[0].replace(/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\/|$)/gi, '/:id');

/** A react-admin resource's list (`/Person`), whose rows open the record. */
const isResourceList = (path: string) => /^\/[A-Z]\w*$/.test(path);

/** Opened from an approver's email with a token, outside the console's layout. */
const OUTSIDE_THE_CONSOLE = new Set(['/booking-decision']);

describe('Every page of the console', () => {
  const setup = setUpTestApi({ seedDemo: true });
  let browser: Browser;
  let page: Page;
  /** Route → the path opened for it and who opened it, in order. */
  const visited = new Map<string, string>();
  const failures: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    // As in the UK: dates in date fields read day first.
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
  });

  afterAll(async () => {
    // The acceptance asks the test to list the pages it checked.
    console.log(`axe-core checked ${visited.size} pages:\n${[...visited.values()].join('\n')}`);
    await browser?.close();
  });

  /** Nothing is loading: no spinner or placeholder left (a progress bar with a value is a figure). */
  const settled = async () => {
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
    await page.locator('#main-content').waitFor();
    await page
      .locator('#main-content [role="progressbar"]:not([aria-valuenow]), .MuiSkeleton-root')
      .first()
      .waitFor({ state: 'detached' });
  };

  /** Moves within the console as a click on a link would, without reloading it. */
  const go = async (path: string) => {
    await page.evaluate(
      `history.pushState({}, '', ${JSON.stringify(path)}); dispatchEvent(new PopStateEvent('popstate'))`,
    );
    await settled();
  };

  /** Where the links matching a selector lead. (A string runs in the page: the tests compile without the DOM's types.) */
  const hrefs = (selector: string) =>
    page.evaluate<string[]>(
      `[...document.querySelectorAll(${JSON.stringify(selector)})].map((a) => a.getAttribute('href'))`,
    );

  const signIn = async (role: Role) => {
    const demo = DEMO_USERS.find((u) => u.role === role)!;
    // Signing out is forgetting the session the console keeps in local storage.
    if (page.url().startsWith(setup.api.url)) await page.evaluate('localStorage.clear()');
    await page.goto(`${setup.api.url}/login`);
    await page.getByLabel('Email').fill(demo.email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: `Welcome, ${demo.displayName}` }).waitFor();
    await settled();
  };

  /** Checks the page's content (`whole` adds the menu and app bar), collecting what fails. */
  const check = async (path: string, who: string, whole = false) => {
    try {
      await expectAccessible(page, `${path} (${who})`, whole ? undefined : '#main-content');
    } catch (error) {
      failures.push((error as Error).message);
    }
  };

  /** Opens a page, checks it, then each page it leads to that has not been checked yet. */
  const crawl = async (path: string, who: string): Promise<void> => {
    if (visited.has(route(path)) || OUTSIDE_THE_CONSOLE.has(route(path))) return;
    await go(path);
    visited.set(route(path), `${route(path)}  (${who}: ${path})`);
    await check(path, who);
    const found = await hrefs('#main-content a[href^="/"]');
    if (isResourceList(route(path))) {
      // Rows open their record on a click rather than through a link.
      const row = page.locator('#main-content table tbody tr').first();
      if ((await row.count()) > 0) {
        await row.locator('td').nth(1).click();
        await page.waitForURL((url) => url.pathname !== path);
        found.push(new URL(page.url()).pathname);
      }
    }
    for (const next of found) await crawl(next, who);
  };

  it('passes axe-core on every page reached from the menu', async () => {
    // Who signs in: the lead, who sees most, then each role that sees an entry nobody before has.
    const signers: Role[] = [];
    const uncovered = new Set(MENU.map((entry) => entry.path));
    for (const role of [Role.WORKFORCE_LEAD, ...new Set(DEMO_USERS.map((u) => u.role))]) {
      const { me } = await (
        await setup.api.loginAs(role)
      ).data<{ me: { permissions: string[] } }>('{ me { permissions } }');
      const sees = MENU.filter((entry) => uncovered.has(entry.path) && me.permissions.includes(entry.permission));
      if (sees.length === 0) continue;
      signers.push(role);
      sees.forEach((entry) => uncovered.delete(entry.path));
    }
    expect([...uncovered]).toEqual([]);

    const opened = new Set<string>();
    for (const role of signers) {
      await signIn(role);
      // The home page and the menu around it, whole; after this only each page's content.
      visited.set(`/ (${role})`, `/  (${role}, with the menu)`);
      await check('/', role, true);
      const menu = await hrefs('a[role="menuitem"][href]');
      menu.forEach((path) => opened.add(path));
      for (const path of menu.filter((to) => to !== '/')) await crawl(path, role);
      if (SCREENSHOTS && role === Role.WORKFORCE_LEAD) await screenshots(page, go, setup.api.config);
    }

    // Routes no menu entry or link reached for these roles: a session's feedback form (linked
    // from an attendee's My training) with a session the crawl met, and the approver's page from
    // an email, which has no layout of its own (without a token, and with one that is not genuine).
    const sessionPage = [...visited.values()].find((v) => v.startsWith('/TrainingSession/:id/show'))!;
    const sessionId = /TrainingSession\/([0-9a-f-]{36})\/show/.exec(sessionPage)![1];
    for (const path of APP_ROUTES.filter((r) => !visited.has(r))) {
      const url = path.replace(':id', sessionId);
      if (OUTSIDE_THE_CONSOLE.has(path)) {
        await page.goto(`${setup.api.url}${url}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        visited.set(path, `${path}  (anyone: ${url}, whole)`);
        await check(url, 'anyone', true);
        // The decline form, and the refusal a link that is not genuine gets.
        await page.goto(`${setup.api.url}${url}#token=not-a-token&decision=decline`);
        await page.reload(); // a new address only in its fragment does not load the page again
        await page.getByLabel(/Why it is declined/).fill('The session clashes with a home visit.');
        await page.getByRole('button', { name: 'Decline' }).click();
        await page
          .getByRole('alert')
          .getByText(/not valid/)
          .waitFor();
        await check(`${url} (declining, refused)`, 'anyone', true);
      } else {
        await crawl(url, signers[signers.length - 1]);
      }
    }
    expect(APP_ROUTES.filter((r) => !visited.has(r))).toEqual([]);

    // Every entry of the menu was opened from the menu itself, and checked.
    expect(MENU.map((entry) => entry.path).filter((path) => !opened.has(path) || !visited.has(path))).toEqual([]);
    // Beyond the menu: records' pages and their forms.
    expect([...visited.keys()].filter((r) => r.includes(':id')).length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });
});

/**
 * The README's pictures, from the demo data as the lead sees it, with a term drafted (a worker
 * builds the draft, as in production); and finding training on a phone.
 */
async function screenshots(page: Page, go: (path: string) => Promise<void>, config: AppConfig) {
  mkdirSync(SCREENSHOTS!, { recursive: true });
  const shoot = (name: string) => page.screenshot({ path: join(SCREENSHOTS!, `${name}.png`) });
  // The lead's home whole, down to compliance by organisation; the gaps page at its heatmap.
  await go('/');
  await page.screenshot({ path: join(SCREENSHOTS!, 'lead-home.png'), fullPage: true });
  await go('/skills-gap');
  await page.getByRole('heading', { name: /^Heatmap by / }).evaluate((h) => h.scrollIntoView());
  await shoot('skills-gaps');
  for (const [name, path] of [
    ['workforce-plan', '/workforce-plan'],
    ['supervision-compliance', '/supervision-compliance'],
  ]) {
    await go(path);
    await page.evaluate('window.scrollTo(0, 0)'); // the console keeps the last page's scroll
    await shoot(name);
  }
  const { WorkerModule } = await import('../../apps/worker/src/worker.module');
  const worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] }).compile();
  await worker.init();
  await go('/term-schedule');
  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Term starts').fill(day(35));
  await page.getByLabel('Term ends').fill(day(77));
  await page.getByRole('button', { name: 'Draft the term' }).click();
  await page.getByText('Ready to publish', { exact: true }).waitFor({ timeout: 60_000 });
  await shoot('term-schedule');
  await worker.close();
  await page.setViewportSize({ width: 390, height: 844 });
  await go('/find-training');
  await shoot('find-training-phone');
  await page.setViewportSize({ width: 1400, height: 900 });
}
