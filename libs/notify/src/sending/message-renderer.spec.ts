import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
    expect(() => renderer.render('booking-confirmed', {}, northshire)).toThrow(
      `Missing email template ${join(REPO_TEMPLATES, 'booking-confirmed', 'subject.hbs')}`,
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
});
