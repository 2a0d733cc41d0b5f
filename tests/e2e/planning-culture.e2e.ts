import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ref } from '@mikro-orm/core';
import { Role } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { Organisation, Person } from '@kindred/org';
import { Booking, Course, CourseMode, ProviderKind, TrainingProvider, TrainingSession } from '@kindred/training';
import { expectAccessible, type GraphQLClient, launchChromium, setUpTestApi } from '@kindred/testing';

// A member of staff gives feedback on a session they attended, reached from My training, and
// answers the pulse survey, anonymously and once; the workforce lead then sees both results, with
// the survey group too small to show withheld.

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
    const people: Person[] = [];
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
      const person = await em.findOneOrFail(Person, id, { filters: false });
      person.linkUser(user);
      people.push(person);
      staff.push(client);
    }
    // The last of them attended a completed session of a course with two learning outcomes.
    const partnership = await em.findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false });
    const provider = new TrainingProvider(ref(partnership), {
      name: 'Harbour Learning',
      kind: ProviderKind.EXTERNAL,
      organisation: null,
      contactEmail: null,
      website: null,
    });
    const course = new Course(provider, {
      title: 'Working with dads',
      summary: 'Including fathers in family support.',
      outcomes: ['Engage fathers', 'Plan inclusive sessions'],
      mode: CourseMode.IN_PERSON,
      durationMinutes: 180,
      cpdMinutes: 180,
      audience: { roleProfileIds: [], employmentTypes: [], organisationIds: [] },
      validityMonths: null,
      reminderMonths: [],
      costPerPlacePence: null,
    });
    const endsAt = new Date(Date.now() - 5 * DAY);
    const startsAt = new Date(endsAt.getTime() - 3 * 3_600_000);
    const session = new TrainingSession(course, {
      parts: [{ startsAt, endsAt }],
      site: null,
      room: null,
      onlineUrl: null,
      venue: 'Harbour Hall',
      capacity: 10,
      minimumNumbers: null,
      minimumCutoffAt: null,
      registrationOpensAt: null,
      registrationClosesAt: new Date(startsAt.getTime() - DAY),
      cancellationCutoffAt: new Date(startsAt.getTime() - DAY),
      offerHours: 48,
    });
    session.publish(0, new Date(startsAt.getTime() - 30 * DAY));
    session.complete(new Date());
    const booking = new Booking(session, people[5], {
      organisation: em.getReference(Organisation, big),
      arrival: 0,
      requestedByUserId: people[5].id,
      approver: null,
    });
    booking.confirm(null);
    booking.settleAttendance(1, 0, 1);
    em.persist([provider, course, session, booking]);
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

  it('lets a member of staff give feedback and answer the survey once, and shows the lead the results', async () => {
    await signIn('staff5.e2e@culture.example');
    await page.getByRole('group', { name: 'Training' }).getByRole('menuitem', { name: 'My training' }).click();
    const mine = page.getByRole('table', { name: 'Feedback on my training' });
    await mine
      .getByRole('row', { name: /Working with dads/ })
      .getByText('Feedback wanted')
      .waitFor();
    await mine.getByRole('link', { name: /^Give feedback on Working with dads/ }).click();
    await page.getByRole('heading', { name: 'Feedback: Working with dads' }).waitFor();
    await expectAccessible(page, 'session feedback form');
    const rate = (question: string | RegExp, answer: string) =>
      page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: answer }).check();
    await rate('Overall, how was the session?', '4 Very good');
    await rate('How useful is it for your work with families?', '5 Very useful');
    await rate('Before the session: Engage fathers', '2 A little');
    await rate('Now: Engage fathers', '4 Confident');
    await page.getByRole('button', { name: 'Send feedback' }).click();
    // Every question needs an answer: nothing is sent until then.
    await page.getByText('Please answer every question with a rating before sending.').waitFor();
    await rate('Before the session: Plan inclusive sessions', '1 Not confident');
    await rate('Now: Plan inclusive sessions', '3 Somewhat');
    await page.getByLabel('Anything else you want to tell us? (optional)').fill('More role play, please.');
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.getByText(/Thank you for your feedback. We will ask again from/).waitFor();

    await menu('Staff survey').click();
    await page.getByRole('heading', { name: 'Staff pulse: Spring wave' }).waitFor();
    await page.getByText(/Your answers are anonymous/).waitFor();
    await expectAccessible(page, 'pulse survey form');
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

    // Feedback by course: reaction 4, confidence (2 + 1) / 2 before and (4 + 3) / 2 after.
    await menu('Training feedback').click();
    const feedback = page.getByRole('table', { name: 'Training feedback' });
    const row = feedback.getByRole('row', { name: /Working with dads/ });
    for (const figure of ['4.00', '5.00', '1.50', '3.50', '+2.00']) {
      await row.getByRole('cell', { name: figure, exact: true }).waitFor();
    }
    await row.getByText('1 comment').click();
    await row.getByText('More role play, please.').waitFor();
  });
});
