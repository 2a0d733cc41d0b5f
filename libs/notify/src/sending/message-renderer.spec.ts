import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { AppConfig } from '@kindred/config';
import { type Brand, MessageRenderer, templatesDir } from './message-renderer';

const REPO_TEMPLATES = resolve(__dirname, '../../templates');

const northshire: Brand = {
  name: 'Northshire Family Hubs Partnership',
  primaryColour: '#1d5c63',
  secondaryColour: '#f2a541',
  logoUrl: null,
};

function rendererOver(dir: string): MessageRenderer {
  const before = process.env.KINDRED_TEMPLATES_DIR;
  process.env.KINDRED_TEMPLATES_DIR = dir;
  try {
    return new MessageRenderer();
  } finally {
    if (before === undefined) delete process.env.KINDRED_TEMPLATES_DIR;
    else process.env.KINDRED_TEMPLATES_DIR = before;
  }
}

describe('email templates', () => {
  const renderer = rendererOver(REPO_TEMPLATES);
  const link = 'http://localhost:3000/login#token=abc';

  it('renders a type inside the shared layout, with the partnership named and a text part', () => {
    const message = renderer.render(
      'sign-in-link',
      { displayName: 'Jordan Reid', link, expiresInMinutes: 15 },
      northshire,
    );
    expect(message.subject).toBe('Your link to sign in to Kindred');
    expect(message.text).toMatch(/^Northshire Family Hubs Partnership\n\nHello Jordan Reid,/);
    expect(message.text).toContain(`\n${link}\n`);
    // Handlebars writes "=" as &#x3D;, which every HTML reader turns back into "=".
    expect(message.html).toContain(`<a href="${link.replace('=', '&#x3D;')}"`);
    expect(message.html).toContain('<title>Your link to sign in to Kindred</title>');
    expect(message.html).toContain('background: #1d5c63');
  });

  it('escapes data in HTML only: the text part and subject are plain text', () => {
    const message = renderer.render(
      'invitation',
      {
        displayName: 'Sam <O’Neill> & co',
        invitedBy: 'Priya & Co',
        roles: ['Learner'],
        link,
        expiresInDays: 7,
      },
      northshire,
    );
    expect(message.subject).toBe('Priya & Co has invited you to Kindred, for Northshire Family Hubs Partnership');
    expect(message.text).toContain('Hello Sam <O’Neill> & co,');
    expect(message.html).toContain('Hello Sam &lt;O’Neill&gt; &amp; co,');
    expect(message.text).toContain('- Learner');
  });

  it('refuses to render with data missing, rather than send a blank where a link should be', () => {
    expect(() => renderer.render('sign-in-link', { displayName: 'Jordan', expiresInMinutes: 15 }, northshire)).toThrow(
      /"link" not defined/,
    );
  });

  it('names the missing file of an unknown type, and refuses names that are not a type', () => {
    expect(() => renderer.render('no-such-message', {}, northshire)).toThrow(
      `Missing email template ${join(REPO_TEMPLATES, 'no-such-message', 'subject.hbs')}`,
    );
    expect(() => renderer.render('../_layout', {}, northshire)).toThrow('"../_layout" is not a notification type');
  });

  it('compiles each template once and keeps it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindred-templates-'));
    cpSync(REPO_TEMPLATES, dir, { recursive: true });
    const cached = rendererOver(dir);
    const data = { displayName: 'Jordan', link, expiresInMinutes: 15 };
    expect(cached.render('sign-in-link', data, northshire).subject).toBe('Your link to sign in to Kindred');
    writeFileSync(join(dir, 'sign-in-link', 'subject.hbs'), 'Changed on disk');
    expect(cached.render('sign-in-link', data, northshire).subject).toBe('Your link to sign in to Kindred');
    expect(rendererOver(dir).render('sign-in-link', data, northshire).subject).toBe('Changed on disk');
  });

  it('reads templates from KINDRED_TEMPLATES_DIR, else from the working directory', () => {
    expect(templatesDir({ KINDRED_TEMPLATES_DIR: '/srv/kindred/templates' })).toBe('/srv/kindred/templates');
    expect(templatesDir({})).toBe(resolve(process.cwd(), 'libs/notify/templates'));
  });

  const session = {
    recipientName: 'Jordan Reid',
    givenName: 'Jordan',
    courseTitle: 'Solihull Approach foundation',
    startsAt: '2026-01-06T09:30:00.000Z',
    endsAt: '2026-01-06T16:00:00.000Z',
    parts: [{ startsAt: '2026-01-06T09:30:00.000Z', endsAt: '2026-01-06T16:00:00.000Z' }],
    location: 'Training room, Harbour Family Hub',
    onlineUrl: null,
    myTrainingLink: 'http://localhost:3000/my-training',
    cancellationReason: 'The trainer is ill',
    status: 'CONFIRMED',
    late: false,
    offerExpiresAt: '2026-01-02T12:00:00.000Z',
  };

  it.each([
    ['booking-confirmed', {}, 'Booked: Solihull Approach foundation on Tuesday 6 January 2026'],
    ['booking-waitlisted', {}, 'Waiting list: Solihull Approach foundation on Tuesday 6 January 2026'],
    ['booking-offered', {}, 'A place is free: Solihull Approach foundation on Tuesday 6 January 2026'],
    ['offer-expired', {}, 'The place on Solihull Approach foundation has gone to someone else'],
    ['booking-approved', {}, 'Approved: Solihull Approach foundation on Tuesday 6 January 2026'],
    ['booking-declined', { declineReason: 'Team cover' }, 'Not approved: Solihull Approach foundation'],
    ['request-expired', {}, 'Your request for Solihull Approach foundation was not approved in time'],
    ['booking-cancelled', { byOrganiser: false }, 'Cancelled: Solihull Approach foundation on Tuesday 6 January 2026'],
    ['session-changed', {}, 'Changed: Solihull Approach foundation is now on Tuesday 6 January 2026'],
    ['session-cancelled', {}, 'Cancelled by the organiser: Solihull Approach foundation on Tuesday 6 January 2026'],
    ['session-reminder', { daysBefore: 1 }, 'Reminder: Solihull Approach foundation on Tuesday 6 January 2026'],
    [
      'session-invitation',
      {
        essential: true,
        overdue: false,
        registrationClosesAt: '2026-01-05T09:30:00.000Z',
        bookingLink: 'http://x/TrainingSession/1/show',
      },
      'Invitation: Solihull Approach foundation on Tuesday 6 January 2026',
    ],
    [
      'approval-requested',
      {
        learnerName: 'Jordan Reid',
        guards: [],
        decideBy: '2026-01-04T17:00:00.000Z',
        approveLink: 'http://x/a',
        declineLink: 'http://x/d',
      },
      'Jordan Reid asks to go on Solihull Approach foundation',
    ],
  ])('renders %s with what its trigger gives, times in UK time', (type, extra, subject) => {
    const message = renderer.render(type, { ...session, ...extra }, northshire);
    expect(message.subject).toBe(subject);
    expect(message.text).toContain('When: Tuesday 6 January 2026 at 09:30 to 16:00');
    expect(message.html).toContain('<th scope="row" align="left"');
    expect(message.text).not.toMatch(/[<>]/);
  });

  it('says "tomorrow" the day before and "in 7 days" a week before', () => {
    expect(renderer.render('session-reminder', { ...session, daysBefore: 1 }, northshire).text).toContain(
      'Solihull Approach foundation, tomorrow.',
    );
    expect(renderer.render('session-reminder', { ...session, daysBefore: 7 }, northshire).text).toContain('in 7 days.');
  });

  it("uses a partnership's own template or partial where it has one, and the shipped ones elsewhere", () => {
    const configDir = mkdtempSync(join(tmpdir(), 'kindred-config-'));
    const own = join(configDir, 'partnerships', 'northshire', 'templates');
    mkdirSync(join(own, 'booking-confirmed'), { recursive: true });
    mkdirSync(join(own, '_partials'), { recursive: true });
    writeFileSync(join(own, 'booking-confirmed', 'subject.hbs'), 'Northshire: you are booked on {{courseTitle}}');
    writeFileSync(join(own, '_partials', 'session.text.hbs'), 'Course (Northshire wording): {{courseTitle}}\n');
    const before = process.env.KINDRED_TEMPLATES_DIR;
    process.env.KINDRED_TEMPLATES_DIR = REPO_TEMPLATES;
    const overriding = new MessageRenderer(Object.assign(new AppConfig(), { configDir }));
    if (before === undefined) delete process.env.KINDRED_TEMPLATES_DIR;
    else process.env.KINDRED_TEMPLATES_DIR = before;

    const theirs = overriding.render('booking-confirmed', session, { ...northshire, slug: 'northshire' });
    expect(theirs.subject).toBe('Northshire: you are booked on Solihull Approach foundation');
    expect(theirs.text).toContain('Course (Northshire wording): Solihull Approach foundation');
    expect(theirs.text).toContain('Your place on Solihull Approach foundation is confirmed.');

    const others = overriding.render('booking-confirmed', session, { ...northshire, slug: 'southvale' });
    expect(others.subject).toBe('Booked: Solihull Approach foundation on Tuesday 6 January 2026');
    expect(others.text).toContain('Course: Solihull Approach foundation');
  });
});
