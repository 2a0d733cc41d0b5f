import { Test, type TestingModule } from '@nestjs/testing';
import type { Browser } from 'playwright-core';
import { Role } from '@kindred/auth';
import { setUpTestApi, launchChromium } from '@kindred/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { MailCatcher } from '../../libs/notify/src/testing/mail-catcher';

// Signing in with an emailed link, as a volunteer without a password would: the real api, a
// worker sending through a real SMTP server, and the built console in Chromium.

jest.setTimeout(120_000);

const VOLUNTEER = 'stay.and.play@northshire.example';

describe('sign-in links in the console', () => {
  const mail = new MailCatcher();
  beforeAll(() => mail.up());
  afterAll(() => mail.down());
  const setup = setUpTestApi({
    env: {
      get SMTP_URL() {
        return mail.url;
      },
    },
  });
  let worker: TestingModule;
  let browser: Browser;

  beforeAll(async () => {
    await setup.api.userIn('northshire', VOLUNTEER, [Role.LEARNER]);
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(setup.api.config)] }).compile();
    await worker.init();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await worker?.close();
  });

  it('emails a link that signs the person in once', async () => {
    const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${setup.api.url}/login`);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.getByLabel('Email').fill(VOLUNTEER);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByText('If that email has an account, a link is on its way.', { exact: false }).waitFor();

    const [email] = await mail.waitFor(VOLUNTEER);
    const token = /\/login#token=([\w-]+)/.exec(email.text)?.[1];
    expect(token).toBeTruthy();

    await page.goto(`${setup.api.url}/login#token=${token}`);
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
    // The token leaves the address bar once used.
    expect(page.url()).not.toContain(token);

    const again = await (await browser.newContext()).newPage();
    await again.goto(`${setup.api.url}/login#token=${token}`);
    await again.getByRole('alert').filter({ hasText: 'That link did not work' }).waitFor();
    expect(await again.getByRole('heading', { name: /^Welcome, / }).count()).toBe(0);
  });
});
