import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { AppConfig } from '@kindred/config';
import Handlebars from 'handlebars';

/**
 * The templates folder: KINDRED_TEMPLATES_DIR, else libs/notify/templates under the working
 * directory (the repository root, where `npm start` and the tests run). The build is swc alone
 * and copies no assets, so built processes read the templates from the source tree.
 */
export function templatesDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.KINDRED_TEMPLATES_DIR ?? join('libs', 'notify', 'templates'));
}

/** Whose message it is: the partnership's name and colours, shown by the shared layout. */
export interface Brand {
  name: string;
  primaryColour: string;
  secondaryColour: string;
  logoUrl: string | null;
  /** The partnership whose templates override the shipped ones; none for platform messages. */
  slug?: string;
}

export interface RenderedMessage {
  subject: string;
  html: string;
  text: string;
}

type Part = 'subject' | 'html' | 'text';

const LAYOUT = '_layout';
const PARTIALS = '_partials';
const TYPE = /^[a-z0-9][a-z0-9-]*$/;
const LONDON = 'Europe/London';

/** Dates as people in England read them, whatever the server's zone. */
const HELPERS: Record<string, Handlebars.HelperDelegate> = {
  day: (value: string) =>
    new Date(value)
      .toLocaleDateString('en-GB', {
        timeZone: LONDON,
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      })
      .replace(',', ''),
  time: (value: string) => new Date(value).toLocaleTimeString('en-GB', { timeZone: LONDON, timeStyle: 'short' }),
  when: (value: string) => `${HELPERS.day(value)} at ${HELPERS.time(value)}`,
  eq: (a: unknown, b: unknown) => a === b,
};

/**
 * Renders `<type>/{subject,html,text}.hbs` inside the shared `_layout/{html,text}.hbs`, with the
 * partials of `_partials/`. A partnership overrides any of these files (a partial too) by putting
 * its own at the same place under `config/partnerships/<slug>/templates/`. Each file is compiled
 * once and cached. Templates are strict: a field the data lacks is an error, not a blank in
 * someone's inbox. Only HTML is escaped; subject and text are plain text.
 */
@Injectable()
export class MessageRenderer {
  readonly dir = templatesDir();
  private readonly handlebars = Handlebars.create();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();
  private readonly partialSets = new Map<string, Record<string, Handlebars.TemplateDelegate>>();

  /** `configDir`: where partnerships keep their own templates, in `partnerships/<slug>/templates`. */
  constructor(@Optional() @Inject(AppConfig) private readonly config?: AppConfig) {
    for (const [name, helper] of Object.entries(HELPERS)) this.handlebars.registerHelper(name, helper);
  }

  render(type: string, data: Record<string, unknown>, brand: Brand): RenderedMessage {
    if (!TYPE.test(type)) throw new Error(`"${type}" is not a notification type`);
    const context = { ...data, partnership: brand };
    const slug = brand.slug;
    const options = { partials: this.partials(slug) };
    const part = (folder: string, name: Part, values: object) => this.template(slug, folder, name)(values, options);
    const subject = part(type, 'subject', context).replace(/\s+/g, ' ').trim();
    const html = part(LAYOUT, 'html', { ...context, subject, body: part(type, 'html', context) });
    const text = part(LAYOUT, 'text', { ...context, body: part(type, 'text', context).trim() });
    return { subject, html, text };
  }

  private overridesOf(slug: string): string {
    return join(this.config?.configDir ?? resolve('config'), 'partnerships', slug, 'templates');
  }

  /** The partnership's file if it has one, else the shipped one. */
  private file(slug: string | undefined, folder: string, name: string): string {
    const own = slug ? join(this.overridesOf(slug), folder, name) : null;
    return own && existsSync(own) ? own : join(this.dir, folder, name);
  }

  private template(slug: string | undefined, folder: string, part: Part): Handlebars.TemplateDelegate {
    const file = this.file(slug, folder, `${part}.hbs`);
    let template = this.compiled.get(file);
    if (!template) {
      if (!existsSync(file)) throw new Error(`Missing email template ${file}`);
      template = this.compile(file, part !== 'html');
      this.compiled.set(file, template);
    }
    return template;
  }

  /** Partials are written for HTML (`name.hbs`) or text (`name.text.hbs`). */
  private partials(slug: string | undefined): Record<string, Handlebars.TemplateDelegate> {
    const key = slug ?? '';
    let set = this.partialSets.get(key);
    if (!set) {
      const names = new Set(
        [join(this.dir, PARTIALS), ...(slug ? [join(this.overridesOf(slug), PARTIALS)] : [])]
          .filter((dir) => existsSync(dir))
          .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.hbs'))),
      );
      set = {};
      for (const name of names) {
        const file = this.file(slug, PARTIALS, name);
        set[basename(name, '.hbs').replace('.', '-')] = this.compile(file, name.endsWith('.text.hbs'));
      }
      this.partialSets.set(key, set);
    }
    return set;
  }

  private compile(file: string, plain: boolean): Handlebars.TemplateDelegate {
    return this.handlebars.compile(readFileSync(file, 'utf8'), { strict: true, noEscape: plain });
  }
}
