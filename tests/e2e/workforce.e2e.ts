import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role, RoleGrant, User } from '@kindred/auth';
import { Notification } from '@kindred/notify';
import { setUpTestApi, launchChromium } from '@kindred/testing';

// The workforce pages of the console (dist/console must be built first:
// `npx vite build --config apps/console/vite.config.ts`). The test makes its own people and
// organisations rather than relying on the demo's.

jest.setTimeout(120_000);

const PASSWORD = 'a long test passphrase';
const LEAD = 'workforce.lead@northshire.example';
const LEARNER = 'workforce.learner@northshire.example';

/** Today as the API's calendar date, in this machine's time zone (as the browser sees it). */
const today = () => {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
};

describe('workforce console', () => {
  const setup = setUpTestApi();
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;
  let alexId: string;

  const openPage = async () => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  };

  const signIn = async (email: string) => {
    await openPage();
    await page.goto(setup.api.url);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
    await page.getByRole('menuitem', { name: 'Home' }).waitFor();
  };

  const textbox = (name: string) => page.getByRole('main').getByRole('textbox', { name, exact: true });
  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
  const menu = (name: string) => page.getByRole('menuitem', { name, exact: true });
  const save = () => page.getByRole('button', { name: 'Save', exact: true }).click();

  /** A react-admin SelectInput: open it, pick the option. */
  const select = async (label: string, option: string) => {
    await page.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  /** A react-admin AutocompleteInput: type, then pick the suggestion. */
  const autocomplete = async (label: string, text: string, option: string | RegExp) => {
    await page.getByRole('combobox', { name: label, exact: true }).fill(text);
    await page.getByRole('option', { name: option }).click();
  };

  /** The notification react-admin shows after a save or a refusal. */
  const notification = (text: string | RegExp) => page.getByRole('alert').filter({ hasText: text }).waitFor();

  beforeAll(async () => {
    const { client: lead } = await setup.api.userIn('northshire', LEAD, [Role.WORKFORCE_LEAD], PASSWORD);
    await setup.api.userIn('northshire', LEARNER, [Role.LEARNER], PASSWORD);
    // Someone in another organisation: filtered out of the list below, and Robin's line manager.
    const { createOrganisation } = await lead.data<{ createOrganisation: { id: string } }>(
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      { input: { name: 'Coastline Health Trust', code: 'CHT-E2E', kind: 'HEALTH', statutory: true } },
    );
    const { createPerson } = await lead.data<{ createPerson: { id: string } }>(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      {
        input: {
          givenName: 'Alex',
          familyName: 'Marsh',
          email: 'alex.marsh@northshire.example',
          assignment: {
            organisationId: createOrganisation.id,
            jobTitle: 'Health visitor',
            employmentType: 'SECONDED',
            startDate: '2023-04-03',
          },
        },
      },
    );
    alexId = createPerson.id;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('lets a workforce lead add an organisation, a hub with a room, a team and a person, then end their job', async () => {
    await signIn(LEAD);

    // Organisation: the form checks the code before saving; the API's refusal is shown as it says.
    await menu('Organisations').click();
    await page.getByRole('link', { name: 'Add organisation' }).first().click();
    await textbox('Name').fill('Northshire Test Council');
    await textbox('Code').fill('not a code!');
    await select('Kind', 'Local authority');
    await page.getByLabel('Statutory service').check();
    await save();
    await page.getByText('Up to 32 letters, digits, "-" or "_"', { exact: false }).waitFor();
    await textbox('Code').fill('ntc-e2e');
    await save();
    await heading('Northshire Test Council').waitFor();
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByText('NTC-E2E', { exact: true }).waitFor();
    await details.getByText('Statutory service', { exact: true }).waitFor();

    await menu('Organisations').click();
    await page.getByRole('link', { name: 'Add organisation' }).first().click();
    await textbox('Name').fill('northshire test council');
    await textbox('Code').fill('NTC-2');
    await select('Kind', 'Local authority');
    await save();
    await notification('Northshire Test Council (NTC-E2E) already uses that name or code.');
    expect(new URL(page.url()).pathname).toBe('/Organisation/create');

    // A family hub with a room, added in place on the site's page.
    await menu('Sites').click();
    await page.getByRole('link', { name: 'Add site' }).first().click();
    await textbox('Name').fill('Harbour Family Hub');
    await select('Kind', 'Family hub');
    expect(await page.getByRole('combobox', { name: 'Family hub' }).count()).toBe(0);
    await textbox('Locality').fill('Northshire Coast');
    await textbox('Postcode').fill('ns1 4ab');
    await save();
    await heading('Harbour Family Hub').waitFor();
    await page.getByRole('region', { name: 'Details' }).getByText('NS1 4AB').waitFor();
    const rooms = page.getByRole('region', { name: 'Rooms' });
    await rooms.getByText('No rooms recorded at Harbour Family Hub.', { exact: false }).waitFor();
    await rooms.getByRole('button', { name: 'Add room' }).click();
    const roomDialog = page.getByRole('dialog', { name: 'Add a room to Harbour Family Hub' });
    await roomDialog.getByRole('textbox', { name: 'Room name' }).fill('Community room');
    await roomDialog.getByRole('spinbutton', { name: 'Capacity (people)' }).fill('12');
    await roomDialog.getByRole('textbox', { name: 'Accessibility notes' }).fill('Step-free access; hearing loop');
    await roomDialog.getByRole('button', { name: 'Add room' }).click();
    const room = rooms.getByRole('row', { name: /Community room/ });
    await room.waitFor();
    expect(await room.getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining(['12', 'Step-free access; hearing loop']),
    );
    await roomDialog.waitFor({ state: 'detached' });

    // A team in the organisation, based at the hub.
    await menu('Teams').click();
    await page.getByRole('link', { name: 'Add team' }).first().click();
    await textbox('Name').fill('Harbour Early Help');
    await autocomplete('Organisation', 'Northshire Test', 'Northshire Test Council');
    await autocomplete('Based at', 'Harbour', 'Harbour Family Hub');
    await save();
    await heading('Harbour Early Help').waitFor();
    await page.getByRole('region', { name: 'Details' }).getByRole('link', { name: 'Harbour Family Hub' }).waitFor();

    // A person with their first job.
    await menu('People').click();
    await page.getByRole('link', { name: 'Add person' }).first().click();
    await textbox('Given name').fill('Robin');
    await textbox('Family name').fill('Quayle');
    await textbox('Email').fill('robin.quayle@northshire.example');
    await textbox('Job title').fill('Family support worker');
    await page.getByRole('spinbutton', { name: 'Hours per week' }).fill('37.5');
    await autocomplete('Organisation', 'Northshire Test', 'Northshire Test Council');
    await autocomplete('Team', 'Harbour', 'Harbour Early Help');
    await page.getByLabel('Start date').fill('2024-09-02');
    await autocomplete('Line manager', 'Marsh', /Alex Marsh/);
    await save();
    await heading('Robin Quayle').waitFor();
    await notification('Robin Quayle added.');

    // The people list, filtered to the organisation and a search, finds them and only them.
    await menu('People').click();
    await page.getByRole('link', { name: 'Alex Marsh' }).waitFor();
    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Organisation' }).click();
    await autocomplete('Organisation', 'Northshire Test', 'Northshire Test Council');
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Alex Marsh' }).waitFor({ state: 'detached' });
    await page.getByRole('main').getByRole('textbox', { name: 'Search' }).fill('quayle');
    const row = page.getByRole('row', { name: /Robin Quayle/ });
    await row.getByText('Family support worker', { exact: false }).waitFor();
    await row.getByText('Northshire Test Council').waitFor();
    expect(await page.getByRole('row').count()).toBe(2); // the header and Robin

    // Their page: end the job, then see it in the history.
    await row.getByRole('link', { name: 'Robin Quayle' }).click();
    await heading('Robin Quayle').waitFor();
    const job = page.getByRole('article', { name: 'Family support worker' });
    await job.getByRole('link', { name: 'Alex Marsh' }).waitFor();
    await job.getByRole('button', { name: 'End job Family support worker' }).click();
    const endDialog = page.getByRole('dialog', { name: 'End Family support worker' });
    expect(await endDialog.getByLabel('Last working day').inputValue()).toBe(today());
    await endDialog.getByRole('button', { name: 'End job' }).click();
    await notification(/^Family support worker ended on /);
    await endDialog.waitFor({ state: 'detached' });
    await job.getByText(/ to /).waitFor(); // "2 Sept 2024 to <today>"
    expect(await job.getByRole('button', { name: 'End job Family support worker' }).count()).toBe(0);

    await page.getByRole('tab', { name: 'History' }).click();
    const ended = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Job ended: Family support worker' }),
    });
    await ended.waitFor();
    await ended.getByText(/^End date: none → \d{1,2} \w+ \d{4}$/).waitFor();
    expect(await ended.getByText('by you', { exact: false }).count()).toBe(1);
    const added = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Job added: Family support worker' }),
    });
    await added.getByText('Line manager: Alex Marsh').waitFor();
    await added.getByText('Organisation: Northshire Test Council').waitFor();
  });

  it('shows a learner the workforce pages they may read, and no way to change them', async () => {
    await signIn(LEARNER);
    const workforce = page.getByRole('group', { name: 'Workforce' });
    await workforce.getByRole('menuitem').first().waitFor();
    expect(await workforce.getByRole('menuitem').allTextContents()).toEqual([
      'People',
      'Teams',
      'Organisations',
      'Sites',
    ]);
    expect(await menu('Partnership settings').count()).toBe(0);
    expect(await menu('Failed jobs').count()).toBe(0);

    await menu('Organisations').click();
    await page.getByRole('link', { name: 'Northshire Test Council' }).click();
    await heading('Northshire Test Council').waitFor();
    await page.getByRole('region', { name: 'Teams' }).getByRole('link', { name: 'Harbour Early Help' }).waitFor();
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Add team' }).count()).toBe(0);

    await menu('Sites').click();
    await page.getByRole('link', { name: 'Harbour Family Hub' }).click();
    await page
      .getByRole('region', { name: 'Rooms' })
      .getByRole('row', { name: /Community room/ })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Add room' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Remove room/ }).count()).toBe(0);

    // A learner sees only their own record; this one has none, and may add nobody.
    await menu('People').click();
    await page.getByText('Nobody matches these filters.').waitFor();
    expect(await page.getByRole('link', { name: 'Add person' }).count()).toBe(0);
  });

  it('lets a workforce lead invite a person to sign in, which emails them a link', async () => {
    await signIn(LEAD);
    await page.goto(`${setup.api.url}/Person/${alexId}/show`);
    await heading('Alex Marsh').waitFor();
    await page.getByRole('button', { name: 'Invite to sign in' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite Alex Marsh to sign in' });
    await dialog.getByLabel('Trainer: takes registers').check();
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await notification(/Invitation sent to alex.marsh@northshire.example/);

    const em = setup.api.em();
    const user = await em.findOneOrFail(
      User,
      { email: 'alex.marsh@northshire.example' },
      { filters: false, populate: ['roleGrants'] },
    );
    expect(
      user.roleGrants
        .getItems()
        .map((g) => g.role)
        .sort(),
    ).toEqual(['LEARNER', 'TRAINER']);
    const invitations = { recipientEmail: 'alex.marsh@northshire.example', type: 'invitation' };
    expect(await em.count(Notification, invitations, { filters: false })).toBe(1);
    await page.reload();
    await page.getByRole('button', { name: 'Send a new invitation' }).waitFor();

    // Roles are managed on the same page: take Trainer away again.
    const roles = page.getByRole('list', { name: 'Roles held' });
    await roles.getByRole('button', { name: 'Trainer in the whole partnership' }).waitFor();
    await roles
      .getByRole('button', { name: 'Trainer in the whole partnership' })
      .locator('.MuiChip-deleteIcon')
      .click();
    await notification('Alex Marsh is no longer Trainer.');
    await roles.getByRole('button', { name: 'Trainer in the whole partnership' }).waitFor({ state: 'detached' });
    expect(await setup.api.em().count(RoleGrant, { user: user.id, role: Role.TRAINER }, { filters: false })).toBe(0);
  });
});
