import type { Browser, Locator, Page } from 'playwright-core';
import { Role } from '@kindred/auth';
import { DEMO_PASSWORD, DEMO_USERS } from '@kindred/demo';
import { expectAccessible, launchChromium, setUpTestApi } from '@kindred/testing';

// Development pathways on the Northshire demo (`npm run build:console` first): the workforce lead
// builds a pathway step by step, reorders it, publishes it, enrols the demo learner and sees their
// progress bar match what the API computes; the learner then finds it under My pathways.

jest.setTimeout(180_000);

const NAME = 'Receptionist to family hub navigator';

describe('development pathways console', () => {
  const setup = setUpTestApi({ seedDemo: true });
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const signIn = async (email: string) => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(setup.api.url);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
    return { context, page };
  };

  it('builds, orders and publishes a pathway, enrols someone and shows their progress to lead and learner', async () => {
    const lead = DEMO_USERS.find((u) => u.role === Role.WORKFORCE_LEAD)!;
    const learner = DEMO_USERS.find((u) => u.role === Role.LEARNER)!;
    const { context, page } = await signIn(lead.email);

    await page.getByRole('group', { name: 'Planning' }).getByRole('menuitem', { name: 'Development pathways' }).click();
    // The demo's pathways are in use.
    const inUse = page.getByRole('table', { name: 'Pathways in use' });
    await inUse.getByRole('cell', { name: 'Family support worker to early help practitioner' }).waitFor();
    await expectAccessible(page, 'development pathways');

    const choose = async (label: string, option: string, within: Locator | Page = page) => {
      await within.getByRole('combobox', { name: label }).fill(option);
      await page.getByRole('option', { name: option, exact: true }).click();
    };
    const start = page.getByRole('region', { name: 'Start a new pathway' });
    await start.getByLabel('Pathway name').fill(NAME);
    await choose('From role', 'Family Hub Receptionist', start);
    await choose('To role', 'Family Hub Navigator', start);
    await start.getByRole('button', { name: 'Start the pathway' }).click();
    await page.getByRole('heading', { name: NAME, level: 2 }).waitFor();
    await page.getByText('No steps yet.').waitFor();

    const steps = page.getByRole('table', { name: 'Steps' });
    const addStep = async (kind: string, fill: () => Promise<void>, count: number) => {
      await page.getByLabel('Kind of step').click();
      await page.getByRole('option', { name: kind }).click();
      await fill();
      await page.getByRole('button', { name: 'Add step' }).click();
      await steps.getByRole('row').nth(count).waitFor();
    };
    await addStep('Supervision within its agreed frequency', async () => {}, 1);
    await addStep('Complete a course', () => choose('Course', 'Safeguarding children Level 1'), 2);
    await addStep(
      'Attain a qualification',
      () => page.getByLabel('Qualification').fill('Level 3 Diploma in Children and Young People'),
      3,
    );
    // The course comes first.
    await page.getByRole('button', { name: 'Move step 2 up' }).click();
    await steps.getByRole('row').nth(1).getByText('Complete Safeguarding children Level 1').waitFor();
    const order = await steps
      .getByRole('row')
      .evaluateAll((rows) => rows.slice(1).map((r) => r.querySelectorAll('td')[1]?.textContent));
    expect(order).toEqual([
      'Complete Safeguarding children Level 1 (and keep it in date)',
      'Regular supervision, kept within its agreed frequency',
      'Attain the Level 3 Diploma in Children and Young People',
    ]);
    await expectAccessible(page, 'pathway editor');

    await page.getByRole('button', { name: 'Publish the pathway' }).click();
    await page.getByRole('button', { name: 'Retire the pathway' }).waitFor();
    await page.getByText('Nobody you can see is on this pathway yet.').waitFor();
    await choose('Person', learner.displayName);
    await page.getByRole('button', { name: 'Enrol', exact: true }).click();

    const people = page.getByRole('table', { name: 'People on this pathway' });
    const bar = people.getByRole('progressbar', { name: `${learner.displayName} progress` });
    await bar.waitFor();
    // The same progress as the API gives the lead.
    const client = await setup.api.loginAs(Role.WORKFORCE_LEAD);
    const { pathwayEnrolments } = await client.data<{
      pathwayEnrolments: {
        nodes: { personName: string; pathway: { name: string }; progress: { percent: number; done: number } }[];
      };
    }>('query { pathwayEnrolments(perPage: 100) { nodes { personName pathway { name } progress { percent done } } } }');
    const progress = pathwayEnrolments.nodes.find((n) => n.pathway.name === NAME)!.progress;
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBe(progress.percent);
    await people.getByText(`${progress.done} of 3 steps done`).waitFor();
    await page.getByRole('button', { name: `Show steps for ${learner.displayName}` }).click();
    await page
      .getByRole('list', { name: `Steps for ${learner.displayName}` })
      .getByText('(next step)')
      .waitFor();
    await expectAccessible(page, 'pathway enrolments');

    await context.close();

    // The learner sees the new pathway under My pathways, with the same progress.
    const { context: own, page: mine } = await signIn(learner.email);
    await mine.getByRole('group', { name: 'Planning' }).getByRole('menuitem', { name: 'My pathways' }).click();
    const card = mine.getByRole('article', { name: NAME });
    const ownBar = card.getByRole('progressbar', { name: `${NAME} progress` });
    expect(Number(await ownBar.getAttribute('aria-valuenow'))).toBe(progress.percent);
    await card.getByText(`${progress.done} of 3 steps done.`, { exact: false }).waitFor();
    await expectAccessible(mine, 'my pathways');
    await own.close();
  });
});
