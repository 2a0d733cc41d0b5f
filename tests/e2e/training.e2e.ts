import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '@kindred/auth';
import { Person } from '@kindred/org';
import { TrainingSession } from '@kindred/training';
import { type GraphQLClient, launchChromium, pageWidth, setUpTestApi } from '@kindred/testing';

// The training pages of the console (dist/console must be built first:
// `npx vite build --config apps/console/vite.config.ts`). A learner books a session, their line
// manager approves the request, the trainer takes the register and settles the session, and the
// learner downloads the certificate; a second learner, booked by the workforce lead, does not come,
// and the no-show appears on the charges report against their organisation. The fixture is made here through the API: an organisation
// whose bookings need the line manager's approval, its people with their accounts, a course and a
// session published five weeks ahead. The session is then moved into the past in the database, as
// if the weeks had gone by, so that the register can be taken.

jest.setTimeout(180_000);

const PASSWORD = 'a long test passphrase';
const LEAD = 'training.lead@northshire.example';
const MANAGER = 'morgan.reed@northshire.example';
const LEARNER = 'cara.penn@northshire.example';
const TRAINER = 'tariq.bello@northshire.example';

const COURSE = 'Trauma-informed practice: Skilled (test)';
const EXTERNAL = 'Five to Thrive (done elsewhere)';
/** The course's title inside a longer accessible name (a row, a link). */
const ESCAPED = COURSE.replace(/[()]/g, '\\$&');
const COURSE_NAMED = new RegExp(ESCAPED);
const TIME_ZONE = 'Europe/London';
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The calendar day of a moment where the browser is. */
const dayIn = (moment: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(moment);

describe('training console', () => {
  const setup = setUpTestApi();
  let lead: GraphQLClient;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;
  let sessionId: string;

  const signIn = async (email: string) => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, timezoneId: TIME_ZONE });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(setup.api.url);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
  };

  const menu = (name: string) => page.getByRole('group', { name: 'Training' }).getByRole('menuitem', { name });
  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const notification = (text: string | RegExp) => page.getByRole('alert').filter({ hasText: text }).waitFor();

  const make = async <T = { id: string }>(mutation: string, input: object): Promise<T> => {
    const name = /\{\s*(\w+)/.exec(mutation)![1];
    const data = await lead.data<Record<string, T>>(mutation, { input });
    return data[name];
  };

  const person = (
    givenName: string,
    familyName: string,
    organisationId: string,
    jobTitle: string,
    lineManagerId?: string,
  ) =>
    make(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, {
      givenName,
      familyName,
      email: `${givenName}.${familyName}@northshire.example`.toLowerCase(),
      assignment: { organisationId, jobTitle, employmentType: 'STAFF', startDate: '2023-09-04', lineManagerId },
    });

  /** Gives a person their own account; returns it signed in. */
  const account = async (email: string, roles: Role[], personId: string) => {
    const { client, user } = await setup.api.userIn('northshire', email, roles, PASSWORD);
    const em = setup.api.em();
    const record = await em.findOneOrFail(Person, { id: personId }, { filters: false });
    record.linkUser(user);
    await em.flush();
    return client;
  };

  /** As if five weeks had passed: the session ran this morning, two hours, ending an hour ago. */
  const runSessionEarlierToday = async () => {
    const startsAt = new Date(Date.now() - 3 * HOUR);
    const endsAt = new Date(Date.now() - HOUR);
    const em = setup.api.em();
    const session = await em.findOneOrFail(TrainingSession, { id: sessionId }, { filters: false });
    const parts = await em.find('SessionPart', { session: sessionId }, { filters: false });
    for (const part of parts as { startsAt: Date; endsAt: Date }[]) {
      part.startsAt = startsAt;
      part.endsAt = endsAt;
    }
    session.startsAt = startsAt;
    session.endsAt = endsAt;
    session.registrationClosesAt = new Date(startsAt.getTime() - 2 * DAY);
    session.cancellationCutoffAt = new Date(startsAt.getTime() - 3 * DAY);
    session.publishedAt = new Date(startsAt.getTime() - 40 * DAY);
    await em.flush();
    return startsAt;
  };

  beforeAll(async () => {
    ({ client: lead } = await setup.api.userIn('northshire', LEAD, [Role.WORKFORCE_LEAD], PASSWORD));

    const harbour = await make(
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      {
        name: 'Harbour Family Services (test)',
        code: 'HFS-E2E',
        kind: 'LOCAL_AUTHORITY',
        statutory: true,
      },
    );
    await make(`mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`, {
      id: harbour.id,
      bookingApproval: 'LINE_MANAGER',
    });
    const morgan = await person('Morgan', 'Reed', harbour.id, 'Family hub team manager');
    const cara = await person('Cara', 'Penn', harbour.id, 'Family hub navigator', morgan.id);
    const tariq = await person('Tariq', 'Bello', harbour.id, 'Practice educator');
    const dev = await person('Dev', 'Shah', harbour.id, 'Family support worker', morgan.id);
    await account(MANAGER, [Role.MANAGER, Role.LEARNER], morgan.id);
    const caraSignedIn = await account(LEARNER, [Role.LEARNER], cara.id);
    // Training Cara did elsewhere, waiting for her manager to check the evidence.
    await caraSignedIn.data(
      `mutation($input: ExternalTrainingInput!) { recordExternalTraining(input: $input) { id } }`,
      {
        input: {
          title: EXTERNAL,
          completedOn: dayIn(new Date(Date.now() - 20 * DAY)),
          cpdMinutes: 180,
          evidence: 'Certificate FT-1182 from the Five to Thrive training team',
        },
      },
    );
    await account(TRAINER, [Role.TRAINER, Role.LEARNER], tariq.id);

    const provider = await make(
      `mutation($input: TrainingProviderInput!) { createTrainingProvider(input: $input) { id } }`,
      { name: 'Northshire workforce development team (test)', kind: 'IN_HOUSE' },
    );
    const course = await make(`mutation($input: CourseInput!) { createCourse(input: $input) { id } }`, {
      providerId: provider.id,
      title: COURSE,
      summary: 'Working with families in ways that recognise the impact of trauma.',
      outcomes: ['Recognise the signs of trauma', 'Respond in ways that avoid re-traumatising'],
      mode: 'VIRTUAL',
      durationMinutes: 120,
      cpdMinutes: 120,
      validityMonths: 36,
      costPerPlacePence: 4500,
    });

    // Published five weeks ahead, with more than the partnership's 28 days' notice.
    const day = new Date(Date.now() + 35 * DAY);
    day.setUTCHours(9, 30, 0, 0);
    const session = await make(`mutation($input: CreateSessionInput!) { createSession(input: $input) { id } }`, {
      courseId: course.id,
      parts: [{ startsAt: day.toISOString(), endsAt: new Date(day.getTime() + 2 * HOUR).toISOString() }],
      onlineUrl: 'https://meet.example/trauma-informed',
      capacity: 12,
      registrationClosesAt: new Date(day.getTime() - 2 * DAY).toISOString(),
      cancellationCutoffAt: new Date(day.getTime() - 3 * DAY).toISOString(),
      trainerIds: [tariq.id],
    });
    sessionId = session.id;
    await lead.data(`mutation($id: ID!) { publishSession(id: $id) { id } }`, { id: sessionId });
    // A workforce lead's booking needs nobody's approval.
    await make(`mutation($input: BookSessionInput!) { bookSession(input: $input) { booking { id } } }`, {
      sessionId,
      personId: dev.id,
    });

    browser = await launchChromium();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('lets a learner book, their manager approve, the trainer take the register and the learner download the certificate', async () => {
    // The learner finds the session and books it; their organisation asks the line manager first.
    await signIn(LEARNER);
    await menu('Find training').click();
    await heading('Find training').waitFor();
    const sessions = page.getByRole('table', { name: 'Sessions you can book' });
    const row = sessions.getByRole('row', { name: COURSE_NAMED });
    // Dev Shah, booked by the workforce lead, holds one place already.
    await row.getByText('11 of 12 free').waitFor();
    await row.getByRole('button', { name: /^Book: / }).click();
    const booking = page.getByRole('dialog', { name: `Book ${COURSE}` });
    await booking.getByRole('button', { name: 'Book my place' }).click();
    const outcome = page.getByRole('dialog', { name: 'Your request is waiting for approval' });
    await outcome.getByText('Your manager is asked to approve it.', { exact: false }).waitFor();
    await outcome.getByRole('button', { name: 'Close' }).click();
    await row.getByText('Waiting for approval').waitFor();

    await menu('My training').click();
    await heading('My training').waitFor();
    const mine = page.getByRole('table', { name: 'My bookings' });
    await mine.getByRole('row', { name: COURSE_NAMED }).getByText('Waiting for approval').waitFor();

    // The line manager approves it, and the place is confirmed.
    await signIn(MANAGER);
    await menu('Training approvals').click();
    await heading('Training approvals').waitFor();
    const request = page.getByRole('article', { name: /Cara Penn/ });
    await request.getByText('Harbour Family Services (test)').waitFor();
    await request.getByRole('button', { name: `Approve Cara Penn’s request for ${COURSE}` }).click();
    await notification('Cara Penn’s request is approved: their place is confirmed.');
    await page.getByText('Nothing waiting for approval').waitFor();

    // And checks the evidence of the training Cara did elsewhere, which then counts.
    const elsewhere = page.getByRole('table', { name: 'Training done elsewhere, to validate' });
    await elsewhere
      .getByRole('row', { name: /Cara Penn/ })
      .getByText('Certificate FT-1182', { exact: false })
      .waitFor();
    await elsewhere.getByRole('button', { name: `Validate Cara Penn’s ${EXTERNAL}` }).click();
    const validate = page.getByRole('dialog', { name: `Validate Cara Penn’s ${EXTERNAL}` });
    await validate.getByLabel('Comment (optional)').fill('Seen the certificate.');
    await validate.getByRole('button', { name: 'Validate' }).click();
    await notification(`Cara Penn’s ${EXTERNAL} is validated: it now counts.`);
    await page.getByText('No training waiting for you').waitFor();
    const team = page.getByRole('table', { name: 'Team bookings' });
    await team
      .getByRole('row', { name: /Cara Penn/ })
      .getByText('Confirmed')
      .waitFor();

    // Five weeks on, the session has run: the trainer finds it in the calendar and takes the register.
    const ranOn = await runSessionEarlierToday();
    await signIn(TRAINER);
    await menu('Training calendar').click();
    await heading('Training calendar').waitFor();
    await page.goto(`${setup.api.url}/training-calendar?view=week&date=${dayIn(ranOn)}`);
    await page
      .getByRole('table', { name: /^Training sessions, Week of / })
      .getByRole('link', { name: COURSE_NAMED })
      .click();
    await heading(new RegExp(`^${ESCAPED}, `)).waitFor();
    // Trainers take the register on a phone in the room: it fits 360 px without sideways scrolling.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.reload(); // opened on the phone, as it would be, with its menu closed
    await heading(new RegExp(`^${ESCAPED}, `)).waitFor();
    const register = page.getByRole('region', { name: 'Register', exact: true });
    await register.getByText('Learners check themselves in with the code', { exact: false }).waitFor();
    expect((await pageWidth(page)).scrollWidth).toBeLessThanOrEqual(360);
    await register
      .getByRole('radiogroup', { name: 'Attendance of Cara Penn' })
      .getByRole('radio', { name: 'Attended' })
      .check();
    await register
      .getByRole('radiogroup', { name: 'Attendance of Dev Shah' })
      .getByRole('radio', { name: 'Absent' })
      .check();
    await register.getByRole('button', { name: 'Save register' }).click();
    await notification('Register saved.');
    await register.getByRole('button', { name: 'Settle the session' }).click();
    await page
      .getByRole('dialog', { name: 'Settle the session?' })
      .getByRole('button', { name: 'Settle the session' })
      .click();
    await notification('The session is settled');
    await page.getByRole('region', { name: 'Details', exact: true }).getByText('Completed').waitFor();
    await register.getByRole('group', { name: 'Outcomes' }).getByText('Attended').waitFor();
    await page.setViewportSize({ width: 1400, height: 900 });

    // The learner has a training record with a certificate, which downloads as a PDF.
    await signIn(LEARNER);
    await menu('My training').click();
    await heading('My training').waitFor();
    await page
      .getByRole('table', { name: 'My bookings' })
      .getByRole('row', { name: COURSE_NAMED })
      .getByText('Attended')
      .waitFor();
    const records = page.getByRole('table', { name: 'My training records' });
    await records
      .getByRole('row', { name: new RegExp(EXTERNAL.replace(/[()]/g, '\\$&')) })
      .getByText('Counts')
      .waitFor();
    const record = records.getByRole('row', { name: COURSE_NAMED });
    await record.getByText('Counts').waitFor();
    const download = page.waitForEvent('download');
    await record.getByRole('button', { name: `Download the certificate for ${COURSE}` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^certificate-[A-Z0-9]{10}\.pdf$/);
    const pdf = await readFile((await file.path())!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Dev Shah's no-show is charged to Harbour at the course's cost per place.
    await signIn(MANAGER);
    await menu('Training charges').click();
    await heading('Training charges').waitFor();
    const byOrganisation = page.getByRole('table', { name: 'By organisation' });
    const harbourRow = byOrganisation.getByRole('row', { name: /Harbour Family Services \(test\)/ });
    await harbourRow.getByRole('cell', { name: '£45.00' }).waitFor();
    // Late cancellations, no-shows, waived, to recharge.
    await expect(harbourRow.getByRole('cell').allInnerTexts()).resolves.toEqual(['0', '1', '0', '£45.00']);
    await page
      .getByRole('table', { name: 'By person' })
      .getByRole('row', { name: /Dev Shah/ })
      .waitFor();
  });
});
