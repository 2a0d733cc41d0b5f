import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { createTestDatabase, startApi, launchChromium } from '@kindred/testing';

// Browser tests for the react-admin console served by the API (dist/console must be built first:
// `npx vite build --config apps/console/vite.config.ts`).

jest.setTimeout(60_000);

const PASSWORD = 'family-hubs-demo';
const PARTNERSHIP = 'Northshire Family Hubs Partnership';

/** The show page lists policies as a description list: term → definition. */
const policyValues = async (section: Locator): Promise<Record<string, string>> => {
  const terms = await section.getByRole('term').allTextContents();
  const definitions = await section.getByRole('definition').allTextContents();
  return Object.fromEntries(terms.map((term, index) => [term, definitions[index]]));
};

type Database = Awaited<ReturnType<typeof createTestDatabase>>;
type Api = Awaited<ReturnType<typeof startApi>>;

describe('console shell', () => {
  let database: Database;
  let api: Api;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;

  /** A fresh browser context, so no session survives from a previous sign-in. */
  const openPage = async () => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  };

  const loginPageHeading = () => page.getByRole('heading', { level: 1, name: 'Kindred' });

  const signIn = async (email: string, password = PASSWORD) => {
    await page.goto(api.url);
    await loginPageHeading().waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };

  const signedInAs = async (email: string) => {
    await openPage();
    await signIn(email);
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
    // The role sections render once permissions have loaded, and the menu uses the same permissions.
    await page.locator('section[aria-labelledby^="home-role-"]').first().waitFor();
  };

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: true });
    api = await startApi({ database });
    await api.seedDemo();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.close();
    await database?.drop();
  });

  it('signs a workforce lead in, shows the partnership settings and signs out', async () => {
    await signedInAs('lead@northshire.example');
    await page.getByRole('main').getByText(PARTNERSHIP, { exact: true }).waitFor();

    await page.getByRole('menuitem', { name: 'Partnership settings' }).click();
    await page.getByRole('cell', { name: PARTNERSHIP }).click();
    const policies = page.getByRole('region', { name: 'Policies' });
    await policies.getByRole('term').first().waitFor();
    expect(await policyValues(policies)).toMatchObject({ 'Minimum notice for sessions': '28 days' });

    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Logout' }).click();
    await loginPageHeading().waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByLabel('Email').isVisible()).toBe(true);
  });

  it('shows the server error and stays on the login page after a wrong password', async () => {
    await openPage();
    await signIn('trainer@northshire.example', 'not-the-right-password');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.trim()).not.toBe('');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await loginPageHeading().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Sign in' }).isEnabled()).toBe(true);
  });

  it('offers Failed jobs to a platform admin but not to a learner', async () => {
    await signedInAs('learner@northshire.example');
    await page.getByRole('menuitem', { name: 'Home' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Failed jobs' }).count()).toBe(0);

    await signedInAs('admin@northshire.example');
    await page.getByRole('menuitem', { name: 'Failed jobs' }).waitFor();
  });
});
