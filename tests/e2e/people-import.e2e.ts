import { resolve } from 'node:path';
import { ref } from '@mikro-orm/core';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Browser, Page } from 'playwright-core';
import { Partnership } from '@kindred/database';
import { Organisation, OrganisationKind, Team } from '@kindred/org';
import { createTestDatabase, startApi, launchChromium } from '@kindred/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';

// The import wizard in the built console (dist/console: `npx vite build --config
// apps/console/vite.config.ts`), with a worker running the imports in this process.

jest.setTimeout(90_000);

const FIXTURES = resolve(__dirname, '../fixtures/people');

type Database = Awaited<ReturnType<typeof createTestDatabase>>;
type Api = Awaited<ReturnType<typeof startApi>>;

describe('people import wizard', () => {
  let database: Database;
  let api: Api;
  let worker: TestingModule;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: true });
    api = await startApi({ database });
    await api.seedDemo();
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(api.config)] }).compile();
    await worker.init();

    // The organisations the fixture files name.
    const em = api.em();
    const partnership = ref(await em.findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false }));
    const organisation = (name: string, code: string, kind: OrganisationKind) =>
      new Organisation(partnership, { name, code, kind, statutory: kind !== OrganisationKind.VCFSE });
    const earlyHelp = organisation(
      'Brightwater Borough Council Early Help',
      'BBC-EH',
      OrganisationKind.LOCAL_AUTHORITY,
    );
    const healthVisiting = organisation('Brightwater Health Visiting Service', 'BHV', OrganisationKind.HEALTH);
    const harbourLights = organisation('Harbour Lights Family Support', 'HLFS', OrganisationKind.VCFSE);
    em.persist([
      new Team(earlyHelp, 'Early Help East'),
      new Team(earlyHelp, 'Family Hub Reception'),
      new Team(healthVisiting, 'Health Visiting North'),
      new Team(harbourLights, 'Volunteers'),
    ]);
    await em.flush();

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await api?.close();
    await database?.drop();
  });

  const checkFile = async (name: string) => {
    await page.getByLabel('People file (CSV or Excel)').setInputFiles(resolve(FIXTURES, name));
    await page.getByRole('button', { name: 'Check file' }).click();
    return page.getByRole('region', { name: '2. Check report' });
  };

  it('checks a file, reports its bad rows, imports the good ones and shows the result', async () => {
    await page.goto(api.url);
    await page.getByLabel('Email').fill('lead@northshire.example');
    await page.getByLabel('Password').fill('family-hubs-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();

    await page.goto(`${api.url}/people-import`);
    await page.getByRole('heading', { level: 1, name: 'Import people' }).waitFor();

    const report = await checkFile('bad-rows.csv');
    await report.getByText('10 of 12 rows have problems.', { exact: false }).waitFor();
    const problems = report.getByRole('table');
    expect(await problems.getByRole('row').count()).toBe(11);
    await problems.getByRole('row', { name: /3 Email \(empty\) Email is required\./ }).waitFor();
    await problems.getByRole('row', { name: /6 Organisation Northshire Police/ }).waitFor();

    const importButton = report.getByRole('button', { name: 'Import 2 people' });
    expect(await importButton.isDisabled()).toBe(true);
    await report.getByLabel('Skip the rows with problems and import the rest').check();
    await importButton.click();

    const result = page.getByRole('region', { name: '3. Import' });
    await result.getByText(/^Imported the rows without problems: 2 new, 0 updated, 0 unchanged\./).waitFor();
    await result.getByRole('button', { name: 'Import another file' }).click();

    const cleanReport = await checkFile('clean.xlsx');
    await cleanReport
      .getByText('No problems found. All 11 rows can be imported: 10 new, 0 updated, 0 unchanged.')
      .waitFor();
    await cleanReport.getByRole('button', { name: 'Import 10 people' }).click();
    await result.getByText('Import finished: 10 new, 0 updated, 0 unchanged.').waitFor();
  });

  it('explains a file it cannot read without leaving the first step', async () => {
    await page.goto(`${api.url}/people-import`);
    await page.getByLabel('People file (CSV or Excel)').setInputFiles(resolve(FIXTURES, 'photo.csv'));
    await page.getByRole('button', { name: 'Check file' }).click();
    await page
      .getByRole('region', { name: '1. Choose a file' })
      .getByRole('alert')
      .getByText(/not a CSV or Excel \(\.xlsx\) file/)
      .waitFor();
    expect(await page.getByRole('region', { name: '2. Check report' }).count()).toBe(0);
  });
});
