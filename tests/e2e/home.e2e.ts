import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '@kindred/auth';
import { DEMO_PASSWORD, DEMO_USERS } from '@kindred/demo';
import { expectAccessible, launchChromium, pageWidth, setUpTestApi } from '@kindred/testing';

// Each demo role signs in and reads its home page; the figures on it are read again through the
// API as the same person and must agree. Every page visited passes axe-core's WCAG 2.2 AA check,
// and the learner's pages fit a 360 px phone without scrolling sideways.

const LIVE = ['PENDING_APPROVAL', 'CONFIRMED', 'WAITLISTED', 'OFFERED'];

describe('Home pages', () => {
  const setup = setUpTestApi({ seedDemo: true });
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;
  const visited: string[] = [];

  /** Every section has finished loading: no spinner is left (a progress bar with a value is a figure). */
  const settled = () =>
    page.locator('main [role="progressbar"]:not([aria-valuenow])').first().waitFor({ state: 'detached' });

  const signIn = async (role: Role, width = 1400) => {
    const demo = DEMO_USERS.find((u) => u.role === role)!;
    await context?.close();
    context = await browser.newContext({ viewport: { width, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(setup.api.url);
    await page.getByLabel('Email').fill(demo.email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: `Welcome, ${demo.displayName}` }).waitFor();
    await page.locator('section[aria-labelledby^="home-role-"]').first().waitFor();
    await settled();
    // Every section loaded: the home page asks only for what the role may see.
    expect(await page.locator('main [role="alert"]').allTextContents()).toEqual([]);
    return setup.api.loginAs(role);
  };

  /** The number (or text) a home page shows for a figure, by its label. */
  const figure = async (label: string) => {
    const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const value = page.locator(`[data-figure="${slug}"] [data-figure-value]`);
    return ((await value.textContent()) ?? '').trim();
  };

  const checkAccessible = async (name: string) => {
    visited.push(name);
    await expectAccessible(page, name);
  };

  beforeAll(async () => {
    // The demo has no bookings: the learner asks for a place, so their home and their manager's
    // have something to count.
    const learner = await setup.api.loginAs(Role.LEARNER);
    const { trainingSessions } = await learner.data<{ trainingSessions: { nodes: { id: string }[] } }>(
      `query($from: DateTime) { trainingSessions(filter: { statuses: [PUBLISHED], from: $from }, perPage: 1) { nodes { id } } }`,
      { from: new Date().toISOString() },
    );
    await learner.data(`mutation($input: BookSessionInput!) { bookSession(input: $input) { booking { id } } }`, {
      input: { sessionId: trainingSessions.nodes[0].id },
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    // The acceptance asks the test to list the pages it checked.
    console.log(`axe-core checked: ${visited.join(', ')}`);
    await context?.close();
    await browser?.close();
  });

  it("shows a learner their sessions, offers, skills and CPD, and fits a phone's width", async () => {
    const api = await signIn(Role.LEARNER);
    const data = await api.data<{
      booked: { nodes: { session: { startsAt: string } }[] };
      offered: { totalCount: number };
      mySkills: { requiredLevel: number | null; meets: boolean }[];
      myCpdProgress: unknown[];
    }>(`{
      booked: myBookings(filter: { statuses: [CONFIRMED, PENDING_APPROVAL, WAITLISTED] }, perPage: 100) {
        nodes { session { startsAt } }
      }
      offered: myBookings(filter: { statuses: [OFFERED] }) { totalCount }
      mySkills { requiredLevel meets }
      myCpdProgress { regulator }
    }`);
    const now = new Date().toISOString();
    const required = data.mySkills.filter((s) => s.requiredLevel !== null);
    expect(required.length).toBeGreaterThan(0);
    const booked = data.booked.nodes.filter((b) => b.session.startsAt > now).length;
    expect(booked).toBe(1);
    expect(await figure('Sessions booked')).toBe(String(booked));
    expect(await figure('Offers to accept')).toBe(String(data.offered.totalCount));
    expect(await figure('Skills at the level my role needs')).toBe(
      `${required.filter((s) => s.meets).length} of ${required.length}`,
    );
    for (const title of ['My next sessions', 'Training expiring', 'My CPD progress', 'Recommended for you']) {
      await page.getByRole('heading', { level: 3, name: title }).waitFor();
    }
    // Each recommended course names its next session nearest the learner, as the API ranks them.
    const recommended = page.getByRole('region', { name: 'Recommended for you' }).getByRole('listitem');
    const courseIds = (await recommended.getByRole('link').evaluateAll((links) => links.map(String))).map((href) =>
      new URL(href).searchParams.get('courseId')!,
    );
    expect(courseIds.length).toBeGreaterThan(0);
    const { sessionsNearMe } = await api.data<{
      sessionsNearMe: { course: { id: string }; site: { name: string } | null }[];
    }>(`query($courseIds: [ID!]!) { sessionsNearMe(courseIds: $courseIds) { course { id } site { name } } }`, {
      courseIds,
    });
    for (const [i, courseId] of courseIds.entries()) {
      const next = sessionsNearMe.find((s) => s.course.id === courseId);
      const text = (await recommended.nth(i).textContent()) ?? '';
      expect(text).toContain(next ? `Next near you: ` : 'No session planned yet');
      if (next) expect(text).toContain(next.site ? `, ${next.site.name}` : ', online');
    }
    await checkAccessible('learner home');

    await signIn(Role.LEARNER, 360);
    const pages: [string, string, string][] = [
      ['learner home (360 px)', '/', 'My next sessions'],
      ['Find training (360 px)', '/find-training', 'Find training'],
      ['My training (360 px)', '/my-training', 'My training'],
    ];
    for (const [name, path, heading] of pages) {
      await page.goto(`${setup.api.url}${path}`);
      await page.getByRole('heading', { name: heading }).first().waitFor();
      await settled();
      const { scrollWidth } = await pageWidth(page);
      // Named, so a failure says which page scrolls sideways and by how much.
      expect(`${name}: ${scrollWidth}px`).toBe(`${name}: ${Math.min(scrollWidth, 360)}px`);
      await checkAccessible(name);
    }
  });

  it.each([Role.MANAGER, Role.VOLUNTEER_COORDINATOR])(
    'shows a %s their approvals, team bookings and supervision figures',
    async (role) => {
      const api = await signIn(role);
      const data = await api.data<{
        approvalInbox: { totalCount: number };
        bookings: { totalCount: number };
        trainingExpiry: { expired: number; within90Days: number };
        mySupervisionActions: { status: string }[];
      }>(
        `query($live: [BookingStatus!]) {
          approvalInbox { totalCount }
          bookings(filter: { statuses: $live }) { totalCount }
          trainingExpiry(withinDays: 90) { expired within90Days }
          mySupervisionActions { status }
        }`,
        { live: LIVE },
      );
      expect(await figure('Requests to decide')).toBe(String(data.approvalInbox.totalCount));
      expect(await figure('Live bookings')).toBe(String(data.bookings.totalCount));
      expect(await figure('Expired')).toBe(String(data.trainingExpiry.expired));
      expect(await figure('Expiring in 90 days')).toBe(String(data.trainingExpiry.within90Days));
      expect(await figure('Open actions')).toBe(
        String(data.mySupervisionActions.filter((a) => a.status === 'OPEN').length),
      );
      await page.getByRole('heading', { level: 3, name: 'Team gaps' }).waitFor();
      if (role === Role.MANAGER) {
        // The learner's request is their manager's to see.
        expect(data.bookings.totalCount).toBeGreaterThan(0);
        const { supervisionCompliance } = await api.data<{ supervisionCompliance: { due: number; overdue: number } }>(
          `{ supervisionCompliance { due overdue } }`,
        );
        expect(await figure('Due')).toBe(String(supervisionCompliance.due));
        expect(await figure('Overdue')).toBe(String(supervisionCompliance.overdue));
      }
      await checkAccessible(`${role.toLowerCase()} home`);
    },
  );

  it('shows a supervisor their supervisees and a trainer their sessions', async () => {
    const supervisor = await signIn(Role.SUPERVISOR);
    const today = new Date().toISOString().slice(0, 10);
    const { mySupervisees } = await supervisor.data<{
      mySupervisees: { endDate: string | null; standing: { dueState: string } }[];
    }>(`{ mySupervisees { endDate standing { dueState } } }`);
    const current = mySupervisees.filter((a) => !a.endDate || a.endDate >= today);
    expect(current.length).toBeGreaterThan(0);
    expect(await figure('Supervisees')).toBe(String(current.length));
    expect(await figure('Due or overdue')).toBe(
      String(current.filter((a) => a.standing.dueState !== 'ON_TRACK').length),
    );
    await checkAccessible('supervisor home');

    const trainer = await signIn(Role.TRAINER);
    const start = new Date();
    start.setHours(0, 0, 0, 0);
    const end = new Date(start.getTime() + 28 * 86_400_000);
    const { trainingSessions } = await trainer.data<{ trainingSessions: { nodes: { status: string }[] } }>(
      `query($filter: TrainingSessionFilter) { trainingSessions(filter: $filter, perPage: 200) { nodes { status } } }`,
      { filter: { from: start.toISOString(), to: end.toISOString(), mine: true } },
    );
    const mine = trainingSessions.nodes.filter((s) => s.status !== 'CANCELLED');
    expect(mine.length).toBeGreaterThan(0);
    expect(await figure('Next 28 days')).toBe(String(mine.length));
    // Each of the trainer's sessions links to its page, where the register is.
    expect(
      await page.getByRole('region', { name: 'My sessions' }).getByRole('link').first().getAttribute('href'),
    ).toMatch(/^\/TrainingSession\/[0-9a-f-]+\/show$/);
    await checkAccessible('trainer home');
  });

  it('shows the workforce lead and a partner admin this month, gaps, compliance and failures', async () => {
    const now = new Date();
    const day = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const first = day(new Date(now.getFullYear(), now.getMonth(), 1));
    const last = day(new Date(now.getFullYear(), now.getMonth() + 1, 0));
    const month = async (api: Awaited<ReturnType<typeof signIn>>) => {
      const { trainingPeriod } = await api.data<{
        trainingPeriod: { sessions: number; fillRate: number; emptySeats: number; cancellations: number };
      }>(
        `query($from: String!, $to: String!) {
          trainingPeriod(from: $from, to: $to) { sessions fillRate emptySeats cancellations }
        }`,
        { from: first, to: last },
      );
      return {
        Sessions: String(trainingPeriod.sessions),
        'Fill rate': `${Math.round(trainingPeriod.fillRate * 100)}%`,
        'Empty seats': String(trainingPeriod.emptySeats),
        Cancellations: String(trainingPeriod.cancellations),
      };
    };
    const shown = async () => ({
      Sessions: await figure('Sessions'),
      'Fill rate': await figure('Fill rate'),
      'Empty seats': await figure('Empty seats'),
      Cancellations: await figure('Cancellations'),
    });

    // Supervision and CPD compliance per organisation, row by row as the API gives them.
    const byOrganisation = async (api: Awaited<ReturnType<typeof signIn>>) => {
      const data = await api.data<{
        supervisionCompliance: {
          byOrganisation: { id: string; name: string; agreements: number; withinFrequency: number; share: number }[];
        };
        cpdCompliance: {
          byOrganisation: { organisationId: string; name: string; onTrack: number; atRisk: number; missing: number }[];
        };
      }>(`{
        supervisionCompliance { byOrganisation { id name agreements withinFrequency share } }
        cpdCompliance(perPage: 1) { byOrganisation { organisationId name onTrack atRisk missing } }
      }`);
      const names = new Map<string, string>();
      data.supervisionCompliance.byOrganisation.forEach((g) => names.set(g.id, g.name));
      data.cpdCompliance.byOrganisation.forEach((g) => names.set(g.organisationId, g.name));
      return [...names.entries()]
        .sort(([, a], [, b]) => a.localeCompare(b))
        .map(([id, name]) => {
          const supervision = data.supervisionCompliance.byOrganisation.find((g) => g.id === id);
          const cpd = data.cpdCompliance.byOrganisation.find((g) => g.organisationId === id);
          return [
            name,
            supervision
              ? `${Math.round(supervision.share * 100)}% (${supervision.withinFrequency} of ${supervision.agreements})`
              : 'No agreements',
            String(cpd?.onTrack ?? 0),
            String(cpd?.atRisk ?? 0),
            String(cpd?.missing ?? 0),
          ];
        });
    };
    const shownByOrganisation = async () => {
      const rows = page.getByRole('table', { name: 'Compliance by organisation' }).locator('tbody tr');
      return Promise.all((await rows.all()).map(async (row) => await row.locator('th, td').allTextContents()));
    };

    const lead = await signIn(Role.WORKFORCE_LEAD);
    expect(await shown()).toEqual(await month(lead));
    const leadOrganisations = await byOrganisation(lead);
    // The demo's eight partner organisations, each with people in scope.
    expect(leadOrganisations.length).toBeGreaterThan(1);
    expect(await shownByOrganisation()).toEqual(leadOrganisations);
    const failed = await lead.data<{ syncRuns: { totalCount: number }; notifications: { totalCount: number } }>(`{
      syncRuns(filter: { statuses: [FAILED] }) { totalCount }
      notifications(filter: { statuses: [FAILED] }) { totalCount }
    }`);
    expect(await figure('Failed provider syncs')).toBe(String(failed.syncRuns.totalCount));
    expect(await figure('Failed notifications')).toBe(String(failed.notifications.totalCount));
    const { cpdCompliance } = await lead.data<{ cpdCompliance: { onTrack: number; atRisk: number } }>(
      `{ cpdCompliance { onTrack atRisk } }`,
    );
    expect(await figure('CPD on track')).toBe(String(cpdCompliance.onTrack));
    expect(await figure('CPD at risk')).toBe(String(cpdCompliance.atRisk));
    // The demo's plan is approved: its objectives, each against its target, as the API has them.
    const { workforcePlans } = await lead.data<{ workforcePlans: { id: string; status: string }[] }>(
      `{ workforcePlans { id status } }`,
    );
    const approved = workforcePlans.find((plan) => plan.status === 'APPROVED')!;
    const { workforcePlan } = await lead.data<{
      workforcePlan: { objectives: { title: string; targetPercent: number; progress: { percent: number } }[] };
    }>(`query($id: ID!) { workforcePlan(id: $id) { objectives { title targetPercent progress { percent } } } }`, {
      id: approved.id,
    });
    expect(workforcePlan.objectives.length).toBeGreaterThan(0);
    const objectives = page.getByRole('region', { name: 'Plan objectives' });
    for (const objective of workforcePlan.objectives) {
      const bar = objectives.getByRole('progressbar', { name: `${objective.title} progress` });
      expect(await bar.getAttribute('aria-valuenow')).toBe(String(Math.min(100, objective.progress.percent)));
      await objectives.getByText(`${objective.progress.percent}% of ${objective.targetPercent}%`).first().waitFor();
    }
    await page.getByRole('heading', { level: 3, name: 'Worst five skills gaps' }).waitFor();
    expect(await page.getByRole('region', { name: 'Worst five skills gaps' }).getByRole('listitem').count()).toBe(5);
    // every-page.e2e.ts checks the lead's and the administrator's home pages, with their menus.

    const partnerAdmin = await signIn(Role.PARTNER_ADMIN);
    expect(await shown()).toEqual(await month(partnerAdmin));
    expect(await page.getByRole('region', { name: 'Plan objectives' }).count()).toBe(0);
    // A partner admin's people are their own organisation's: its row leads their table.
    const partnerOrganisations = await byOrganisation(partnerAdmin);
    expect(partnerOrganisations.length).toBeGreaterThan(0);
    expect(partnerOrganisations.length).toBeLessThan(leadOrganisations.length);
    expect(await shownByOrganisation()).toEqual(partnerOrganisations);
    await checkAccessible('partner admin home');

    const admin = await signIn(Role.PLATFORM_ADMIN);
    const adminFailed = await admin.data<{ notifications: { totalCount: number } }>(
      `{ notifications(filter: { statuses: [FAILED] }) { totalCount } }`,
    );
    expect(await figure('Failed notifications')).toBe(String(adminFailed.notifications.totalCount));
  });
});
