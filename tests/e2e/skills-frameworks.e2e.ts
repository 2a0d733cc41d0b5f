import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '@kindred/auth';
import { JobAssignment } from '@kindred/org';
import { setUpTestApi, launchChromium } from '@kindred/testing';

// The skills set-up pages of the console: scales, frameworks with their competency tree, role
// profiles and a job's role profile (dist/console must be built first:
// `npx vite build --config apps/console/vite.config.ts`). The test makes its own records.

jest.setTimeout(180_000);

const PASSWORD = 'a long test passphrase';
const LEAD = 'skills.lead@northshire.example';

describe('skills frameworks console', () => {
  const setup = setUpTestApi();
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;
  let personId: string;

  const signIn = async (email: string) => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(setup.api.url);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
  };

  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
  const menu = (name: string) => page.getByRole('menuitem', { name, exact: true });
  const save = () => page.getByRole('button', { name: 'Save', exact: true }).click();
  /** The notification after a save or a refusal; behind an open dialog it is hidden from the accessibility tree. */
  const notification = (text: string | RegExp) =>
    page.getByRole('alert', { includeHidden: true }).filter({ hasText: text }).waitFor();

  beforeAll(async () => {
    const { client: lead } = await setup.api.userIn('northshire', LEAD, [Role.WORKFORCE_LEAD], PASSWORD);
    const { createOrganisation } = await lead.data<{ createOrganisation: { id: string } }>(
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      { input: { name: 'Harbour Children’s Centre', code: 'HCC-E2E', kind: 'VCFSE', statutory: false } },
    );
    const { createPerson } = await lead.data<{ createPerson: { id: string } }>(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      {
        input: {
          givenName: 'Jo',
          familyName: 'Penrose',
          email: 'jo.penrose@northshire.example',
          assignment: {
            organisationId: createOrganisation.id,
            jobTitle: 'Family hub navigator',
            employmentType: 'STAFF',
            startDate: '2024-01-08',
          },
        },
      },
    );
    personId = createPerson.id;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('lets a workforce lead build a scale, a framework tree and a role profile, and set it on a job', async () => {
    await signIn(LEAD);
    const skills = page.getByRole('group', { name: 'Skills' });
    await skills.getByRole('menuitem').first().waitFor();
    expect(await skills.getByRole('menuitem').allTextContents()).toEqual(
      expect.arrayContaining(['Frameworks', 'Scales', 'Role profiles']),
    );

    // A scale: two levels to start with, a third added in the level editor.
    await menu('Scales').click();
    await page.getByText('No proficiency scales yet').waitFor();
    await page.getByRole('link', { name: 'Add scale' }).first().click();
    const main = page.getByRole('main');
    await main.getByRole('textbox', { name: 'Name', exact: true }).fill('Harbour practice levels');
    await main.getByRole('textbox', { name: 'Level 1 name' }).fill('Aware');
    await main.getByRole('textbox', { name: 'Level 2 name' }).fill('Practising');
    await main.getByRole('button', { name: 'Add a level' }).click();
    await main.getByRole('textbox', { name: 'Level 3 name' }).fill('Confident');
    await main.getByRole('textbox', { name: 'Level 3 description' }).fill('Guides colleagues.');
    await save();
    await heading('Harbour practice levels').waitFor();
    const levels = page.getByRole('table', { name: 'Levels, lowest first' });
    expect(await levels.getByRole('rowheader').allTextContents()).toEqual(['Aware', 'Practising', 'Confident']);

    // A framework on that scale.
    await menu('Frameworks').click();
    await page.getByText('No competency frameworks yet.').waitFor();
    await page.getByRole('link', { name: 'Add framework' }).click();
    await main.getByRole('textbox', { name: 'Name', exact: true }).fill('Harbour family practice');
    await main.getByRole('textbox', { name: 'Code', exact: true }).fill('harbour-practice');
    await main.getByRole('textbox', { name: 'Version', exact: true }).fill('2025.1');
    await main.getByRole('combobox', { name: 'Proficiency scale' }).fill('Harbour');
    await page.getByRole('option', { name: 'Harbour practice levels (3 levels)' }).click();
    await save();
    await heading('Harbour family practice 2025.1').waitFor();
    const tree = page.getByRole('region', { name: 'Domains and competencies' });
    await tree.getByText('has no domains or competencies yet', { exact: false }).waitFor();

    // A domain, then a competency under it with indicators at two levels.
    await tree.getByRole('button', { name: 'Add domain' }).click();
    const domainDialog = page.getByRole('dialog', { name: 'Add a domain' });
    await domainDialog.getByRole('textbox', { name: 'Code', exact: true }).fill('hfp.1');
    await domainDialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Working with families');
    await domainDialog.getByRole('button', { name: 'Add', exact: true }).click();
    await domainDialog.waitFor({ state: 'detached' });
    await tree.getByRole('heading', { name: 'HFP.1 Working with families' }).waitFor();

    await tree.getByRole('button', { name: 'Add a competency under HFP.1' }).click();
    const competencyDialog = page.getByRole('dialog', { name: 'Add a competency' });
    await competencyDialog.getByRole('textbox', { name: 'Code', exact: true }).fill('HFP.1.1');
    await competencyDialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Listening to parents');
    await competencyDialog.getByRole('spinbutton', { name: 'Evidence stays valid for (months)' }).fill('36');
    await competencyDialog.getByRole('textbox', { name: 'At Aware (level 1)' }).fill('Notices what parents say.');
    await competencyDialog.getByRole('textbox', { name: 'At Confident (level 3)' }).fill('Coaches others to listen.');
    await competencyDialog.getByRole('button', { name: 'Add', exact: true }).click();
    await competencyDialog.waitFor({ state: 'detached' });
    const competency = tree.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'HFP.1.1 Listening to parents' }),
    });
    await competency.getByText('Evidence valid for 36 months').waitFor();
    expect(await competency.getByRole('term').allTextContents()).toEqual(['Aware', 'Confident']);
    await competency.getByText('Coaches others to listen.').waitFor();

    // Moving the domain under its own competency would make a cycle: the API says so.
    await tree.getByRole('button', { name: 'Edit HFP.1', exact: true }).click();
    const editDialog = page.getByRole('dialog', { name: 'Edit HFP.1 Working with families' });
    await editDialog.getByRole('combobox', { name: 'Under' }).click();
    await page.getByRole('option', { name: /HFP\.1\.1 Listening to parents/ }).click();
    await editDialog.getByRole('button', { name: 'Save', exact: true }).click();
    await notification('Moving HFP.1 under HFP.1.1 would make a cycle: HFP.1.1 is inside HFP.1.');
    await editDialog.getByRole('button', { name: 'Cancel' }).click();
    await editDialog.waitFor({ state: 'detached' });

    // A domain with a competency under it is not deleted; the API explains.
    await tree.getByRole('button', { name: 'Delete HFP.1', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await notification(/HFP\.1 still has 1 competencies under it/);

    // A role profile requiring the competency (domains are not offered) at Practising.
    await menu('Role profiles').click();
    await page.getByRole('link', { name: 'Add role profile' }).first().click();
    await main.getByRole('textbox', { name: 'Name', exact: true }).fill('Harbour navigator');
    await save();
    await heading('Harbour navigator').waitFor();
    const requirements = page.getByRole('region', { name: 'Requirements' });
    await requirements.getByText('Harbour navigator requires no competencies yet.', { exact: false }).waitFor();
    await requirements.getByRole('button', { name: 'Add requirement' }).click();
    const requirementDialog = page.getByRole('dialog', { name: 'Add a requirement to Harbour navigator' });
    await requirementDialog.getByRole('combobox', { name: 'Framework' }).fill('Harbour');
    await page.getByRole('option', { name: 'Harbour family practice 2025.1' }).click();
    await requirementDialog.getByRole('combobox', { name: 'Competency' }).fill('HFP');
    await page.getByRole('option', { name: 'HFP.1.1 Listening to parents' }).waitFor();
    expect(await page.getByRole('option', { name: /Working with families/ }).count()).toBe(0);
    await page.getByRole('option', { name: 'HFP.1.1 Listening to parents' }).click();
    await requirementDialog.getByRole('combobox', { name: 'Required level' }).click();
    await page.getByRole('option', { name: '2. Practising' }).click();
    await requirementDialog.getByRole('spinbutton', { name: 'Due within (days of starting the job)' }).fill('90');
    await requirementDialog.getByRole('button', { name: 'Add requirement' }).click();
    await requirementDialog.waitFor({ state: 'detached' });
    const requirement = requirements.getByRole('row', { name: /HFP\.1\.1 Listening to parents/ });
    // The table refetches after the dialog closes: wait for the new row before reading it.
    await requirement.getByRole('cell', { name: 'Within 90 days of starting' }).waitFor();
    expect(await requirement.getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining(['Practising', 'Essential', 'Within 90 days of starting']),
    );

    // The person's job is measured against the profile.
    await page.goto(`${setup.api.url}/Person/${personId}/show`);
    await heading('Jo Penrose').waitFor();
    const job = page.getByRole('article', { name: 'Family hub navigator' });
    await job.getByRole('button', { name: 'Role profile for Family hub navigator' }).click();
    const profileDialog = page.getByRole('dialog', { name: 'Role profile for Family hub navigator' });
    await profileDialog.getByRole('combobox', { name: 'Role profile' }).fill('Harbour');
    await page.getByRole('option', { name: 'Harbour navigator' }).click();
    await profileDialog.getByRole('button', { name: 'Save role profile' }).click();
    await notification('Family hub navigator is now measured against Harbour navigator.');
    await job.getByRole('link', { name: 'Harbour navigator' }).waitFor();
    const saved = await setup.api.em().findOneOrFail(JobAssignment, { person: personId }, { filters: false });
    expect(saved.roleProfileId).not.toBeNull();

    // While the job names it, the profile stays; the API says why.
    await job.getByRole('link', { name: 'Harbour navigator' }).click();
    await heading('Harbour navigator').waitFor();
    await page.getByRole('region', { name: 'Details' }).getByText('1 current job').waitFor();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Delete Harbour navigator?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await notification('1 job assignments, current or ended, name Harbour navigator; give them another profile first.');
  });

  it('loads a shipped framework with its scale and tree', async () => {
    await signIn(LEAD);
    await menu('Frameworks').click();
    await page.getByRole('button', { name: 'Load a shipped framework' }).click();
    const dialog = page.getByRole('dialog', { name: 'Load a shipped framework' });
    const file = dialog.getByRole('row', { name: /Trauma-informed practice/ });
    await file.getByRole('button', { name: 'Load Trauma-informed practice' }).click();
    await notification('Trauma-informed practice 2025.1 loaded with its scale and competencies.');
    await heading('Trauma-informed practice 2025.1').waitFor();
    await page.getByRole('table', { name: 'Levels: NES trauma practice levels' }).waitFor();
    const tree = page.getByRole('region', { name: 'Domains and competencies' });
    await tree.getByRole('heading', { name: /^TIP\.1 / }).waitFor();

    await menu('Frameworks').click();
    await page.getByRole('link', { name: 'Trauma-informed practice' }).waitFor();
    await page.getByRole('button', { name: 'Load a shipped framework' }).click();
    await dialog
      .getByRole('row', { name: /Trauma-informed practice/ })
      .getByRole('link', { name: 'Loaded: open Trauma-informed practice' })
      .waitFor();
    expect(await dialog.getByRole('button', { name: 'Load Trauma-informed practice' }).count()).toBe(0);
  });
});
