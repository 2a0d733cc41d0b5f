import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '@kindred/auth';
import { Person } from '@kindred/org';
import { type GraphQLClient, launchChromium, setUpTestApi } from '@kindred/testing';

// A member of staff answers the pulse survey in the console, anonymously and once; the workforce
// lead then sees the results, with the group too small to show withheld.

const PASSWORD = 'a long test passphrase';
const DAY = 86_400_000;
const isoIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
const FIRST_STATEMENT = 'I have a good understanding of the skills I need to support families in a whole family way.';

describe('learning culture console', () => {
  const setup = setUpTestApi();
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;
  let waveId: string;
  let statementIds: string[];
  const staff: GraphQLClient[] = [];

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
  const menu = (name: string) => page.getByRole('group', { name: 'Learning culture' }).getByRole('menuitem', { name });

  beforeAll(async () => {
    const { api } = setup;
    const lead = (
      await api.userIn('northshire', 'culture.e2e.lead@northshire.example', [Role.WORKFORCE_LEAD], PASSWORD)
    ).client;
    const organisation = async (name: string, code: string) =>
      (
        await lead.data(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, {
          input: { name, code, kind: 'VCFSE', statutory: false },
        })
      ).createOrganisation.id as string;
    const big = await organisation('Harbour Families Trust', 'HFT');
    const small = await organisation('Little Steps Charity', 'LSC');
    const em = api.em();
    // Five at the trust (the one in the browser last), one at the small charity.
    for (const [i, organisationId] of [big, big, big, big, small, big].entries()) {
      const id = (
        await lead.data(CREATE_PERSON, {
          input: {
            givenName: `Staff${i}`,
            familyName: 'Culture',
            email: `staff${i}@culture.example`,
            assignment: {
              organisationId,
              jobTitle: 'Family support worker',
              employmentType: 'STAFF',
              startDate: '2024-01-01',
            },
          },
        })
      ).createPerson.id as string;
      const { client, user } = await api.userIn(
        'northshire',
        `staff${i}.e2e@culture.example`,
        [Role.LEARNER],
        PASSWORD,
      );
      (await em.findOneOrFail(Person, id, { filters: false })).linkUser(user);
      staff.push(client);
    }
    await em.flush();
    const survey = (
      await lead.data(`mutation { createPulseSurvey(input: { title: "Staff pulse" }) { id statements { id } } }`)
    ).createPulseSurvey;
    statementIds = survey.statements.map((s: { id: string }) => s.id);
    const withWave = await lead.data(
      `mutation($input: AddSurveyWaveInput!) { addSurveyWave(input: $input) { waves { id } } }`,
      { input: { surveyId: survey.id, name: 'Spring wave', opensOn: isoIn(-1), closesOn: isoIn(7) } },
    );
    waveId = withWave.addSurveyWave.waves[0].id;
    // Five answer through the API; the sixth in the browser.
    for (const client of staff.slice(0, 5)) {
      await client.data(`mutation($input: AnswerPulseSurveyInput!) { answerPulseSurvey(input: $input) }`, {
        input: { waveId, answers: statementIds.map((statementId) => ({ statementId, agreement: 3 })) },
      });
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('lets a member of staff answer the survey once, and shows the lead the results', async () => {
    await signIn('staff5.e2e@culture.example');
    await menu('Staff survey').click();
    await page.getByRole('heading', { name: 'Staff pulse: Spring wave' }).waitFor();
    await page.getByText(/Your answers are anonymous/).waitFor();
    for (const group of await page.getByRole('radiogroup').all()) {
      await group.getByRole('radio', { name: '5 Strongly agree' }).check();
    }
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByText('You have answered this survey. Thank you.').waitFor();
    expect(await page.getByRole('radiogroup').count()).toBe(0);

    await signIn('culture.e2e.lead@northshire.example');
    await menu('Survey results').click();
    const table = page.getByRole('table', { name: FIRST_STATEMENT });
    // Everyone: five answered 3, one 5 → 18 / 6.
    await table
      .getByRole('row', { name: /Everyone/ })
      .getByRole('cell', { name: '3.33' })
      .waitFor();
    await table
      .getByRole('row', { name: /Everyone/ })
      .getByRole('cell', { name: '6', exact: true })
      .waitFor();
    // The small charity's one answer is withheld, and so is the trust's, which would give it away.
    await table
      .getByRole('row', { name: /Little Steps Charity/ })
      .getByText('Fewer than 5 responses')
      .waitFor();
    await table
      .getByRole('row', { name: /Harbour Families Trust/ })
      .getByText('Hidden so that a smaller group cannot be worked out from the others')
      .waitFor();
  });
});
