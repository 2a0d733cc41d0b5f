import type { Browser, BrowserContext } from 'playwright-core';
import { Role } from '@kindred/auth';
import { DEMO_PASSWORD, DEMO_USERS } from '@kindred/demo';
import { expectAccessible, launchChromium, setUpTestApi } from '@kindred/testing';

// The workforce development plan on the Northshire demo (`npm run build:console` first): the
// workforce lead opens the year's plan, adds an objective and sees its progress bar and the share
// of each partner organisation, matching what the API computes; then a staff survey agreement
// objective, whose small organisations are not shown.

jest.setTimeout(180_000);

const DAY = 86_400_000;
const isoIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const TITLE = 'Everyone in date with Safeguarding children Level 1';
const SURVEY_TITLE = 'Staff say they have time for training';

describe('workforce development plan console', () => {
  const setup = setUpTestApi({ seedDemo: true });
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const signInAsLead = async (context: BrowserContext) => {
    const lead = DEMO_USERS.find((u) => u.role === Role.WORKFORCE_LEAD)!;
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(setup.api.url);
    await page.getByLabel('Email').fill(lead.email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
    return page;
  };

  it('adds an objective and shows its progress bar and per-organisation breakdown', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await signInAsLead(context);

    await page.getByRole('group', { name: 'Planning' }).getByRole('menuitem', { name: 'Workforce plan' }).click();
    await page.getByRole('heading', { name: /Northshire Family Hubs workforce development plan/, level: 1 }).waitFor();

    await page.getByLabel('Objective title').fill(TITLE);
    await page.getByRole('combobox', { name: 'Course' }).fill('Safeguarding children Level 1');
    await page.getByRole('option', { name: 'Safeguarding children Level 1' }).click();
    await page.getByLabel('Target share (%)').fill('90');
    await page.getByLabel('Deadline').fill(isoIn(120));
    await page.getByRole('button', { name: 'Add objective' }).click();

    const card = page.getByRole('article', { name: TITLE });
    const bar = card.getByRole('progressbar', { name: `${TITLE} progress` });
    await bar.waitFor();
    const breakdown = card.getByRole('table', { name: 'By organisation' });
    await breakdown.waitFor();

    // The same figures as the API gives the lead.
    const client = await setup.api.loginAs(Role.WORKFORCE_LEAD);
    const { workforcePlans } = await client.data<{ workforcePlans: { id: string }[] }>(
      'query { workforcePlans { id } }',
    );
    const { workforcePlan } = await client.data<{
      workforcePlan: {
        objectives: {
          title: string;
          progress: { percent: number; byOrganisation: { organisationName: string; percent: number }[] };
        }[];
      };
    }>(
      `query($id: ID!) { workforcePlan(id: $id) { objectives { title progress { percent byOrganisation { organisationName percent } } } } }`,
      { id: workforcePlans[0].id },
    );
    const progress = workforcePlan.objectives.find((o) => o.title === TITLE)!.progress;
    expect(progress.byOrganisation.length).toBeGreaterThan(1);
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBe(progress.percent);
    await card.getByText(`${progress.percent}% of 90%`).waitFor();
    const rows = breakdown.getByRole('row');
    // One heading row and one row per organisation, each with its own bar.
    expect(await rows.count()).toBe(progress.byOrganisation.length + 1);
    for (const org of progress.byOrganisation) {
      const orgBar = breakdown.getByRole('progressbar', { name: `${org.organisationName} share` });
      expect(Number(await orgBar.getAttribute('aria-valuenow'))).toBe(org.percent);
    }
    // Adding the objective took today's snapshot; with one from a fortnight ago it is drawn over time.
    await setup.api
      .em()
      .getConnection()
      .execute(
        `insert into objective_snapshot (id, partnership_id, objective_id, day, population, meeting, percent)
         select gen_random_uuid(), partnership_id, id, ?, 100, 40, 40 from plan_objective where title = ?`,
        [isoIn(-14), TITLE],
      );
    await page.reload();
    const ukDay = (iso: string) =>
      new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      });
    await card
      .getByRole('figure')
      .getByText(`Share over time: 40% on ${ukDay(isoIn(-14))}, ${progress.percent}% on ${ukDay(isoIn(0))}; target 90%`)
      .waitFor();

    // Staff survey agreement, chosen by its statement: organisations with too few answers are not shown.
    await page.getByLabel('Objective title').fill(SURVEY_TITLE);
    await page.getByRole('combobox', { name: 'Measure' }).click();
    await page.getByRole('option', { name: 'Staff survey agreement' }).click();
    await page.getByRole('combobox', { name: 'Survey statement' }).fill('sufficient time');
    await page.getByRole('option', { name: /sufficient time and capacity/ }).click();
    await page.getByLabel('Target share (%)').fill('60');
    await page.getByLabel('Deadline').fill(isoIn(120));
    await page.getByRole('button', { name: 'Add objective' }).click();
    const surveyCard = page.getByRole('article', { name: SURVEY_TITLE });
    await surveyCard.getByRole('progressbar', { name: `${SURVEY_TITLE} progress` }).waitFor();
    const { workforcePlan: after } = await client.data<{
      workforcePlan: {
        objectives: {
          title: string;
          progress: { percent: number; byOrganisation: { organisationName: string; withheld: boolean }[] };
        }[];
      };
    }>(
      `query($id: ID!) { workforcePlan(id: $id) { objectives { title progress { percent byOrganisation { organisationName withheld } } } } }`,
      { id: workforcePlans[0].id },
    );
    const survey = after.objectives.find((o) => o.title === SURVEY_TITLE)!.progress;
    await surveyCard.getByText(`${survey.percent}% of 60%`).waitFor();
    const withheld = survey.byOrganisation.find((o) => o.withheld)!;
    await surveyCard
      .getByRole('row', { name: new RegExp(withheld.organisationName) })
      .getByText(/^Not shown: /)
      .waitFor();
    await expectAccessible(page, 'workforce plan');
    await context.close();
  });

  it('records a self-assessment judgement and evidence, with the figures the API computes', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await signInAsLead(context);
    await page.getByRole('group', { name: 'Planning' }).getByRole('menuitem', { name: 'Self-assessment' }).click();
    await page.getByRole('heading', { name: 'Model Framework self-assessment', level: 1 }).waitFor();

    // The demo judged role profiles "Not yet", then "Basic".
    const card = page.getByRole('region', { name: '5.2, level 2, statement 1' });
    await card.getByText('Basic', { exact: true }).waitFor();
    const client = await setup.api.loginAs(Role.WORKFORCE_LEAD);
    const planId = (await client.data<{ workforcePlans: { id: string }[] }>('query { workforcePlans { id } }'))
      .workforcePlans[0].id;
    const read = async () =>
      (
        await client.data<{
          selfAssessment: {
            statements: { code: string; evidence: { summary: string }[]; judgement: { label: string } | null }[];
          };
        }>(
          `query($planId: ID!) { selfAssessment(planId: $planId) { statements { code evidence { summary } judgement { label } } } }`,
          { planId },
        )
      ).selfAssessment.statements.find((s) => s.code === '5.2-L2-1')!;
    await card.getByText((await read()).evidence[0].summary).waitFor();

    await card.getByRole('textbox', { name: /^Evidence/ }).fill('Role profiles reviewed at the workforce board');
    await card.getByRole('button', { name: 'Add evidence' }).click();
    await card.getByText('Role profiles reviewed at the workforce board').waitFor();

    await card.getByRole('combobox', { name: 'Judgement' }).click();
    await page.getByRole('option', { name: 'Developed' }).click();
    await card.getByRole('button', { name: 'Record judgement' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Record judgement' }).click();
    await card.getByText('Earlier judgements (2)').waitFor();
    expect((await read()).judgement?.label).toBe('Developed');
    await expectAccessible(page, 'self-assessment');
    await context.close();
  });
});
