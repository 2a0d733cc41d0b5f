import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '@kindred/auth';
import { CpdEntry } from '@kindred/cpd';
import { Person } from '@kindred/org';
import { launchChromium, setUpTestApi } from '@kindred/testing';

// A social worker adds a CPD entry with a certificate as evidence, edits it, sees their progress against
// Social Work England's rules, and downloads their portfolio as a PDF; their manager sees the
// team's figures.

const PASSWORD = 'a long test passphrase';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;

describe('CPD console', () => {
  const setup = setUpTestApi();
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;
  const ids: Record<string, string> = {};

  const signIn = async (email: string) => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(setup.api.url);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
  };
  const menu = (name: string) => page.getByRole('group', { name: 'CPD' }).getByRole('menuitem', { name });

  beforeAll(async () => {
    const { api } = setup;
    const lead = (await api.userIn('northshire', 'cpd.e2e.lead@northshire.example', [Role.WORKFORCE_LEAD])).client;
    const org = (
      await lead.data(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, {
        input: { name: 'Riverside Council', code: 'RSC', kind: 'LOCAL_AUTHORITY', statutory: true },
      })
    ).createOrganisation.id;
    const person = async (key: string, givenName: string, extra: Record<string, unknown> = {}) => {
      ids[key] = (
        await lead.data(CREATE_PERSON, {
          input: {
            givenName,
            familyName: 'Riverside',
            email: `${key}@riverside.example`,
            assignment: {
              organisationId: org,
              jobTitle: 'Social worker',
              employmentType: 'STAFF',
              startDate: '2024-01-01',
              ...extra,
            },
          },
        })
      ).createPerson.id;
    };
    await person('manager', 'Rana');
    await person('worker', 'Sol', { lineManagerId: ids.manager });
    const em = api.em();
    for (const [key, role] of [
      ['manager', Role.MANAGER],
      ['worker', Role.LEARNER],
    ] as const) {
      const { user } = await api.userIn('northshire', `${key}.e2e@riverside.example`, [role]);
      (await em.findOneOrFail(Person, ids[key], { filters: false })).linkUser(user);
    }
    await em.flush();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('adds an entry with evidence, shows Social Work England progress and downloads the portfolio PDF', async () => {
    await signIn('worker.e2e@riverside.example');
    await menu('My CPD').click();
    await page.getByRole('heading', { name: 'My CPD', level: 1 }).waitFor();
    await page.getByText('No CPD recorded yet').waitFor();

    // Registering with Social Work England switches the rules from the partnership's target.
    await page.getByRole('button', { name: 'Add or change registration' }).click();
    const registration = page.getByRole('dialog', { name: 'Professional registration' });
    await registration.getByLabel('Registration number').fill('SW654321');
    await registration.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('article', { name: 'Social Work England' }).waitFor();

    await page.getByRole('button', { name: 'Add CPD' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add CPD' });
    await dialog.getByLabel('Title').fill('Court skills for social workers');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await dialog.getByLabel(/^Date/).fill(yesterday);
    await dialog.getByLabel('Hours').fill('3.5');
    await dialog.getByLabel('What I learned').fill('How to present evidence in care proceedings.');
    await dialog.getByLabel('I reflected on this with a peer (Social Work England)').check();
    await dialog.getByLabel('Peer reflection with').fill('Ade, practice educator');
    await dialog.getByLabel('Peer reflection date').fill(yesterday);
    await dialog.getByLabel('Peer reflection summary').fill('We went through my last statement together.');
    await dialog
      .getByLabel(/Evidence files/)
      .setInputFiles({ name: 'court-skills.pdf', mimeType: 'application/pdf', buffer: PDF });
    await dialog.getByRole('button', { name: 'Add to my log' }).click();

    const log = page.getByRole('table', { name: 'My CPD log' });
    const row = log.getByRole('row', { name: /Court skills for social workers/ });
    await row.getByText('court-skills.pdf').waitFor();
    await row.getByText('Peer reflection').waitFor();
    const requirements = page.getByRole('list', { name: 'Social Work England requirements' });
    await requirements.getByText('Records with peer reflection: 1 of 1 (met)').waitFor();
    await requirements.getByText('CPD records this registration year: 1 of 2 (missing)').waitFor();

    // The evidence downloads again; the entry can be edited, keeping its evidence.
    const evidenceDownload = page.waitForEvent('download');
    await row.getByRole('button', { name: 'court-skills.pdf', exact: true }).click();
    expect((await evidenceDownload).suggestedFilename()).toBe('court-skills.pdf');
    await row.getByRole('button', { name: 'Edit Court skills for social workers' }).click();
    const editing = page.getByRole('dialog', { name: 'Edit Court skills for social workers' });
    await editing.getByLabel('Hours').fill('4');
    await editing.getByRole('button', { name: 'Save' }).click();
    await row.getByRole('cell', { name: '4', exact: true }).waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Portfolio PDF' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^cpd-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = await readFile((await file.path())!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const [entry] = await setup.api
      .em()
      .find(CpdEntry, { person: ids.worker }, { filters: false, populate: ['evidence'] });
    expect(entry).toMatchObject({ minutes: 240, title: 'Court skills for social workers' });
    expect(entry.evidence.getItems().map((e) => e.fileName)).toEqual(['court-skills.pdf']);
  });

  it('shows the manager the team’s figures without what anyone wrote', async () => {
    await signIn('manager.e2e@riverside.example');
    await menu('Team CPD').click();
    await page.getByRole('table', { name: 'CPD compliance' }).waitFor();
    // The page's address opens it directly too: it is the console's, not one of the api's /cpd/ files.
    await page.reload();
    const table = page.getByRole('table', { name: 'CPD compliance' });
    const row = table.getByRole('row', { name: /Sol Riverside/ });
    await row.getByRole('cell', { name: 'SWE', exact: true }).waitFor();
    await row.getByText(/CPD records this registration year 1\/2/).waitFor();
    expect(await page.getByText('care proceedings').count()).toBe(0);
  });
});
