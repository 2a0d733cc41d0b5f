import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Injectable } from '@nestjs/common';
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
}

export interface RenderedMessage {
  subject: string;
  html: string;
  text: string;
}

const LAYOUT = '_layout';
const TYPE = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Renders `<type>/{subject,html,text}.hbs` inside the shared `_layout/{html,text}.hbs`. Each file
 * is compiled once and cached. Templates are strict: a field the data lacks is an error, not a
 * blank in someone's inbox. Only HTML is escaped; subject and text are plain text.
 */
@Injectable()
export class MessageRenderer {
  readonly dir = templatesDir();
  private readonly handlebars = Handlebars.create();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();

  render(type: string, data: Record<string, unknown>, brand: Brand): RenderedMessage {
    if (!TYPE.test(type)) throw new Error(`"${type}" is not a notification type`);
    const context = { ...data, partnership: brand };
    const subject = this.template(type, 'subject')(context).replace(/\s+/g, ' ').trim();
    const html = this.template(LAYOUT, 'html')({ ...context, subject, body: this.template(type, 'html')(context) });
    const text = this.template(LAYOUT, 'text')({ ...context, body: this.template(type, 'text')(context).trim() });
    return { subject, html, text };
  }

  private template(folder: string, part: 'subject' | 'html' | 'text'): Handlebars.TemplateDelegate {
    const file = join(this.dir, folder, `${part}.hbs`);
    let template = this.compiled.get(file);
    if (!template) {
      if (!existsSync(file)) throw new Error(`Missing email template ${file}`);
      template = this.handlebars.compile(readFileSync(file, 'utf8'), { strict: true, noEscape: part !== 'html' });
      this.compiled.set(file, template);
    }
    return template;
  }
}
