import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '@kindred/auth';
import { Person } from '@kindred/org';
import { type GraphQLClient, launchChromium, setUpTestApi } from '@kindred/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { CaughtMailbox } from '../../libs/notify/src/dev/caught-mailbox';

// The mail a newcomer sees in development (dist/console must be built first): a learner books a
// session in the console, the email with its calendar invite appears under "Caught mail", and when
// a place comes free the waitlisted learner follows the email's link and accepts it. The api and
// worker send through the same catcher `npm start` runs.

jest.setTimeout(180_000);

const PASSWORD = 'a long test passphrase';
const LEAD = 'mail.lead@northshire.example';
const AVA = 'ava.stone@northshire.example';
const BEN = 'ben.ford@northshire.example';
const COURSE = 'Reducing parental conflict (mail test)';
const DAY = 86_400_000;
const HOUR = 3_600_000;

describe('caught mail in the console', () => {
  const mailbox = new CaughtMailbox(mkdtempSync(join(tmpdir(), 'kindred-caught-mail-')));
  beforeAll(() => mailbox.start());
  const setup = setUpTestApi({
    env: {
      get SMTP_URL() {
        return mailbox.url;
      },
      KINDRED_CAUGHT_MAIL_DIR: mailbox.dir,
    },
  });
  afterAll(() => mailbox.stop());
  let worker: TestingModule;
  let lead: GraphQLClient;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;
  let sessionId: string;
  const ids: Record<string, string> = {};

  const signIn = async (email: string) => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, timezoneId: 'Europe/London' });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(setup.api.url);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
  };
  const make = async <T = { id: string }>(mutation: string, input: object): Promise<T> => {
    const name = /\{\s*(\w+)/.exec(mutation)![1];
    return (await lead.data<Record<string, T>>(mutation, { input }))[name];
  };
  const person = (givenName: string, familyName: string, organisationId: string) =>
    make(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, {
      givenName,
      familyName,
      email: `${givenName}.${familyName}@northshire.example`.toLowerCase(),
      assignment: {
        organisationId,
        jobTitle: 'Family support worker',
        employmentType: 'STAFF',
        startDate: '2023-09-04',
      },
    });
  const account = async (email: string, personId: string) => {
    const { user } = await setup.api.userIn('northshire', email, [Role.LEARNER], PASSWORD);
    const em = setup.api.em();
    (await em.findOneOrFail(Person, { id: personId }, { filters: false })).linkUser(user);
    await em.flush();
  };
  const caughtMail = async () => {
    await page.getByRole('menuitem', { name: 'Caught mail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Caught mail' }).waitFor();
  };

  beforeAll(async () => {
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(setup.api.config)] }).compile();
    await worker.init();
    ({ client: lead } = await setup.api.userIn('northshire', LEAD, [Role.WORKFORCE_LEAD, Role.LEARNER], PASSWORD));
    const organisation = await make(
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      { name: 'Riverside Family Services (mail test)', code: 'RFS-MAIL', kind: 'LOCAL_AUTHORITY', statutory: true },
    );
    // Its people book without asking their manager first.
    await make(`mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`, {
      id: organisation.id,
      bookingApproval: 'NONE',
    });
    ids.ava = (await person('Ava', 'Stone', organisation.id)).id;
    ids.ben = (await person('Ben', 'Ford', organisation.id)).id;
    await account(AVA, ids.ava);
    await account(BEN, ids.ben);
    const provider = await make(
      `mutation($input: TrainingProviderInput!) { createTrainingProvider(input: $input) { id } }`,
      { name: 'Riverside learning (mail test)', kind: 'IN_HOUSE' },
    );
    const course = await make(`mutation($input: CourseInput!) { createCourse(input: $input) { id } }`, {
      providerId: provider.id,
      title: COURSE,
      summary: 'Helping parents in conflict, for the sake of their children.',
      outcomes: ['Recognise harmful conflict'],
      mode: 'VIRTUAL',
      durationMinutes: 120,
      cpdMinutes: 120,
    });
    const day = new Date(Date.now() + 36 * DAY);
    day.setUTCHours(9, 30, 0, 0);
    sessionId = (
      await make(`mutation($input: CreateSessionInput!) { createSession(input: $input) { id } }`, {
        courseId: course.id,
        parts: [{ startsAt: day.toISOString(), endsAt: new Date(day.getTime() + 2 * HOUR).toISOString() }],
        onlineUrl: 'https://meet.example/parental-conflict',
        capacity: 1,
        registrationClosesAt: new Date(day.getTime() - 2 * DAY).toISOString(),
        cancellationCutoffAt: new Date(day.getTime() - 3 * DAY).toISOString(),
      })
    ).id;
    await lead.data(`mutation($id: ID!) { publishSession(id: $id) { id } }`, { id: sessionId });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await worker?.close();
  });

  it('shows the booking email with its invite, and the waitlisted learner accepts a freed place from its link', async () => {
    // Ava books the only place in the console.
    await signIn(AVA);
    await page.getByRole('group', { name: 'Training' }).getByRole('menuitem', { name: 'Find training' }).click();
    const row = page.getByRole('table', { name: 'Sessions you can book' }).getByRole('row', { name: /mail test/ });
    await row.getByRole('button', { name: /^Book: / }).click();
    await page
      .getByRole('dialog', { name: `Book ${COURSE}` })
      .getByRole('button', { name: 'Book my place' })
      .click();
    const outcome = page.getByRole('dialog', { name: 'Your place is confirmed' });
    await outcome.getByRole('button', { name: 'Close' }).click();

    // Ben is booked by the lead and waits; then Ava's place is given up.
    const booked = await lead.data(
      `mutation($input: BookSessionInput!) { bookSession(input: $input) { booking { status } } }`,
      { input: { sessionId, personId: ids.ben } },
    );
    expect(booked.bookSession.booking.status).toBe('WAITLISTED');

    // The lead sees what went out, as a newcomer running `npm start` would.
    await signIn(LEAD);
    await caughtMail();
    const confirmed = page.getByRole('button', { name: new RegExp(`^Booked: ${COURSE.replace(/[()]/g, '\\$&')}`) });
    await confirmed.waitFor();
    await confirmed.click();
    await page.getByText('Calendar request').first().waitFor();
    await page.getByText('Your place on Reducing parental conflict (mail test) is confirmed.').first().waitFor();
    await page.getByRole('button', { name: /^Waiting list: Reducing parental conflict/ }).waitFor();

    const avaBooking = (
      await lead.data(`query($filter: BookingFilter) { bookings(filter: $filter) { nodes { id person { id } } } }`, {
        filter: { sessionIds: [sessionId], statuses: ['CONFIRMED'] },
      })
    ).bookings.nodes[0];
    await lead.data(`mutation($id: ID!) { cancelBooking(id: $id) { id } }`, { id: avaBooking.id });

    await page.reload();
    const offer = page.getByRole('button', { name: /^A place is free: Reducing parental conflict/ });
    await offer.waitFor();
    await offer.click();
    const link = page.getByRole('link', { name: /\/my-training$/ }).first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/my-training$/);

    // Ben follows the link (to this test's server) and takes the place.
    await signIn(BEN);
    await page.goto(`${setup.api.url}${new URL(href!).pathname}`);
    await page.getByRole('heading', { level: 1, name: 'My training' }).waitFor();
    await page.getByRole('button', { name: `Accept the place on ${COURSE}` }).click();
    await page
      .getByRole('table', { name: 'My bookings' })
      .getByRole('row', { name: /mail test/ })
      .getByText('Confirmed')
      .waitFor();
  });
});
