import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '@kindred/auth';
import { Person } from '@kindred/org';
import { type GraphQLClient, launchChromium, setUpTestApi } from '@kindred/testing';

// The skills pages of the console (dist/console must be built first:
// `npx vite build --config apps/console/vite.config.ts`). The test makes its own small fixture
// through the API: a scale, a framework with two competencies, a role profile that requires both,
// four people in two organisations measured against it, and a few assessments.

jest.setTimeout(120_000);

const PASSWORD = 'a long test passphrase';
const LEAD = 'skills.lead@northshire.example';
const MANAGER = 'morgan.reed@northshire.example';
const LEARNER = 'cara.penn@northshire.example';

const FRAMEWORK = 'Family practice (test)';
const HARBOUR = 'Harbour Council (test)';
const RIVERSIDE = 'Riverside Health (test)';

describe('skills console', () => {
  const setup = setUpTestApi();
  let lead: GraphQLClient;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;

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

  const menu = (name: string) => page.getByRole('group', { name: 'Skills' }).getByRole('menuitem', { name });
  const notification = (text: string | RegExp) => page.getByRole('alert').filter({ hasText: text }).waitFor();

  const make = async <T = { id: string }>(mutation: string, input: object): Promise<T> => {
    const name = /\{\s*(\w+)/.exec(mutation)![1];
    const data = await lead.data<Record<string, T>>(mutation, { input });
    return data[name];
  };

  /** A person with one job as a family support worker, measured against the role profile. */
  const person = async (
    givenName: string,
    familyName: string,
    organisationId: string,
    roleProfileId: string,
    lineManagerId?: string,
  ) => {
    const created = await make<{ id: string; assignments: { id: string }[] }>(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id assignments { id } } }`,
      {
        givenName,
        familyName,
        email: `${givenName}.${familyName}@northshire.example`.toLowerCase(),
        assignment: {
          organisationId,
          jobTitle: 'Family support worker',
          employmentType: 'STAFF',
          startDate: '2024-01-08',
          lineManagerId,
        },
      },
    );
    await make(`mutation($input: JobRoleProfileInput!) { setJobRoleProfile(input: $input) { id } }`, {
      jobAssignmentId: created.assignments[0].id,
      roleProfileId,
    });
    return created.id;
  };

  /** Signs a person in with their own account. */
  const account = async (email: string, role: Role, personId: string) => {
    const { user } = await setup.api.userIn('northshire', email, [role], PASSWORD);
    const em = setup.api.em();
    const record = await em.findOneOrFail(Person, { id: personId }, { filters: false });
    record.linkUser(user);
    await em.flush();
  };

  beforeAll(async () => {
    ({ client: lead } = await setup.api.userIn('northshire', LEAD, [Role.WORKFORCE_LEAD], PASSWORD));

    const scale = await make(
      `mutation($input: ProficiencyScaleInput!) { createProficiencyScale(input: $input) { id } }`,
      {
        name: 'Practice levels (test)',
        cumulative: true,
        levels: [{ name: 'Aware' }, { name: 'Skilled' }, { name: 'Expert' }],
      },
    );
    const framework = await make(
      `mutation($input: CreateCompetencyFrameworkInput!) { createCompetencyFramework(input: $input) { id } }`,
      { code: 'fp-e2e', name: FRAMEWORK, version: '1', effectiveFrom: '2020-01-01', scaleId: scale.id },
    );
    const competency = (code: string, name: string, skilled: string) =>
      make(`mutation($input: CreateCompetencyInput!) { createCompetency(input: $input) { id } }`, {
        frameworkId: framework.id,
        code,
        name,
        indicators: [{ level: 2, text: skilled }],
      });
    const listening = await competency('FP1', 'Listening to families', 'Reflects back what a family says they need.');
    const safeguarding = await competency('FP2', 'Safeguarding practice', 'Recognises and escalates concerns.');
    const profile = await make(`mutation($input: RoleProfileInput!) { createRoleProfile(input: $input) { id } }`, {
      name: 'Family support worker (test)',
    });
    for (const required of [listening, safeguarding]) {
      await make(`mutation($input: RoleRequirementInput!) { setRoleRequirement(input: $input) { id } }`, {
        roleProfileId: profile.id,
        competencyId: required.id,
        level: 2,
      });
    }
    const organisation = (name: string, code: string) =>
      make(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, {
        name,
        code,
        kind: 'LOCAL_AUTHORITY',
        statutory: true,
      });
    const harbour = await organisation(HARBOUR, 'HC-E2E');
    const riverside = await organisation(RIVERSIDE, 'RH-E2E');

    // Morgan manages Cara, has no role profile, and so is in no figure.
    const morgan = await make<{ id: string }>(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      {
        givenName: 'Morgan',
        familyName: 'Reed',
        email: MANAGER,
        assignment: {
          organisationId: harbour.id,
          jobTitle: 'Team manager',
          employmentType: 'STAFF',
          startDate: '2020-01-06',
        },
      },
    );
    const ada = await person('Ada', 'Lowe', harbour.id, profile.id);
    const ben = await person('Ben', 'Okoye', harbour.id, profile.id);
    const cara = await person('Cara', 'Penn', harbour.id, profile.id, morgan.id);
    const dev = await person('Dev', 'Sandhu', riverside.id, profile.id);

    // Listening: Ada and Dev (Expert, which includes Skilled) meet it; Ben is below; Cara has nothing.
    const assess = (personId: string, level: number) =>
      make(`mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`, {
        personId,
        competencyId: listening.id,
        level,
        assessedOn: '2025-01-15',
      });
    await assess(ada, 2);
    await assess(ben, 1);
    await assess(dev, 3);

    await account(MANAGER, Role.MANAGER, morgan.id);
    await account(LEARNER, Role.LEARNER, cara);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('shows a workforce lead the heatmap, and the people behind a cell', async () => {
    await signIn(LEAD);
    await menu('Skills gaps').click();
    await page.getByRole('heading', { level: 1, name: 'Skills gaps' }).waitFor();
    await page.getByRole('combobox', { name: 'Framework' }).click();
    await page.getByRole('option', { name: `${FRAMEWORK} (version 1)` }).click();

    // The summary puts the essential gaps first: nobody holds safeguarding yet.
    const summary = page.getByRole('table', { name: 'Gaps by competency' });
    const rows = summary.getByRole('row');
    await rows.nth(1).waitFor();
    expect(await rows.nth(1).getByRole('cell').allTextContents()).toEqual(['4', '0', '0%', '4', '0']);
    expect(await rows.nth(2).getByRole('cell').allTextContents()).toEqual(['4', '2', '50%', '2', '0']);
    await page.getByText('4 people in scope have requirements in this framework', { exact: false }).waitFor();

    const heatmap = page.getByRole('table', { name: 'Skills heatmap' });
    expect(await heatmap.getByRole('columnheader').allTextContents()).toEqual(['Competency', HARBOUR, RIVERSIDE]);
    const harbourListening = heatmap.getByRole('button', { name: `Listening to families at ${HARBOUR}: 1 of 3 meet` });
    expect(await harbourListening.textContent()).toBe('33%1/3');
    const riversideListening = heatmap.getByRole('button', {
      name: `Listening to families at ${RIVERSIDE}: 1 of 1 meet`,
    });
    expect(await riversideListening.textContent()).toBe('100%1/1');

    // Drill into Harbour: its three people, gaps first, and not Dev from Riverside.
    await harbourListening.click();
    const dialog = page.getByRole('dialog', { name: `Listening to families at ${HARBOUR}` });
    const people = dialog.getByRole('table', { name: 'People' });
    await people.getByRole('link', { name: 'Ada Lowe' }).waitFor();
    expect(await people.getByRole('rowheader').allTextContents()).toEqual(['Ben Okoye', 'Cara Penn', 'Ada Lowe']);
    const ben = people.getByRole('row', { name: /Ben Okoye/ });
    expect(await ben.getByRole('cell').allTextContents()).toEqual([
      'Family support worker',
      HARBOUR,
      'Skilled (essential)',
      'Aware',
      'Gap',
      '—',
      'No',
    ]);
    expect(
      await people
        .getByRole('row', { name: /Cara Penn/ })
        .getByRole('cell')
        .nth(3)
        .textContent(),
    ).toBe('None recorded');
    expect(
      await people
        .getByRole('row', { name: /Ada Lowe/ })
        .getByRole('cell')
        .nth(4)
        .textContent(),
    ).toBe('Meets');

    await dialog.getByLabel('Only gaps (people who do not meet it yet)').check();
    await people.getByRole('link', { name: 'Ada Lowe' }).waitFor({ state: 'detached' });
    expect(await people.getByRole('rowheader').allTextContents()).toEqual(['Ben Okoye', 'Cara Penn']);

    await dialog.getByRole('button', { name: 'Close' }).click();

    // Everyone at Harbour needs safeguarding too, and nobody has it yet.
    await heatmap.getByRole('button', { name: `Safeguarding practice at ${HARBOUR}: 0 of 3 meet` }).click();
    const safeguarding = page.getByRole('dialog', { name: `Safeguarding practice at ${HARBOUR}` });
    await safeguarding.getByRole('link', { name: 'Ada Lowe' }).waitFor();
    expect(await safeguarding.getByRole('rowheader').allTextContents()).toEqual(['Ada Lowe', 'Ben Okoye', 'Cara Penn']);

    // A name opens the person's page, where their skills and evidence are.
    await safeguarding.getByRole('link', { name: 'Ben Okoye' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ben Okoye' }).waitFor();
    await page.getByRole('tab', { name: 'Skills' }).click();
    const listening = page.getByRole('table', { name: FRAMEWORK }).getByRole('row', { name: /Listening to families/ });
    await listening.waitFor();
    expect(await listening.getByRole('cell').allTextContents()).toEqual([
      'Skilled (essential)',
      '—',
      'Aware',
      'Manager’s assessment',
      '15 Jan 2025',
      '—',
      'Not yet',
    ]);
    await page
      .getByRole('table', { name: 'Evidence' })
      .getByRole('row', { name: /Listening to families/ })
      .waitFor();

    // Back to the same heatmap, which the page's address keeps; the export downloads the workbook.
    await page.goBack();
    await page.goBack();
    await heatmap.getByRole('button', { name: `Listening to families at ${HARBOUR}: 1 of 3 meet` }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to Excel' }).click();
    expect((await download).suggestedFilename()).toMatch(/^skills-gap-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it('lets a learner rate themselves, and their manager validate the rating', async () => {
    await signIn(LEARNER);
    await menu('My skills').click();
    await page.getByRole('heading', { level: 1, name: 'My skills' }).waitFor();
    const mine = page.getByRole('table', { name: FRAMEWORK });
    await mine
      .getByRole('row', { name: /Listening to families/ })
      .getByText('Not yet')
      .waitFor();

    await page.getByRole('button', { name: `Rate yourself: ${FRAMEWORK}` }).click();
    const dialog = page.getByRole('dialog', { name: `Rate yourself: ${FRAMEWORK}` });
    const listening = dialog.getByRole('group', { name: 'FP1 · Listening to families' });
    await listening.getByRole('radio', { name: /Skilled/ }).check();
    await listening.getByText('Reflects back what a family says they need.').waitFor();
    await dialog.getByRole('button', { name: 'Send for validation' }).click();
    await dialog.getByText('Add a short reflection', { exact: false }).waitFor();
    await dialog
      .getByRole('textbox', { name: 'Your reflection on Listening to families' })
      .fill('I summarise what parents tell me at every home visit.');
    await dialog.getByRole('button', { name: 'Send for validation' }).click();
    await notification('Your rating has gone to your manager, who will validate it.');
    await mine
      .getByRole('row', { name: /Listening to families/ })
      .getByText('Waiting for validation')
      .waitFor();

    await signIn(MANAGER);
    await menu('Validation queue').click();
    await page.getByRole('heading', { level: 1, name: 'Validation queue' }).waitFor();
    const rating = page.getByRole('article', { name: /Cara Penn/ });
    await rating.getByText('I summarise what parents tell me at every home visit.').waitFor();
    await rating.getByText('Skilled', { exact: true }).waitFor();
    await rating.getByRole('button', { name: 'Validate Cara Penn’s rating of Listening to families' }).click();
    await notification('Cara Penn’s rating of Listening to families is validated.');
    await page.getByText('Nothing waiting for validation').waitFor();
    expect(await page.getByRole('article').count()).toBe(0);
  });
});
