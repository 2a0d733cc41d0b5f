import { z } from 'zod';
import {
  basicAuth,
  type CompletionRecord,
  definePlugin,
  type Page,
  ProviderClient,
  ProviderError,
  type RecordProblem,
  readSecret,
  secretOption,
} from '@kindred/plugin-sdk';

const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';

const options = z
  .object({
    /** The LRS's xAPI base, ending before `statements`: https://lrs.example/xapi/ */
    endpoint: z
      .string()
      .url('must be the address of the LRS xAPI endpoint')
      .transform((url) => (url.endsWith('/') ? url : `${url}/`)),
    username: z.string().min(1),
    password: secretOption(),
    /** Verbs that mean the learner completed the activity. */
    verbs: z
      .array(z.string().url())
      .min(1)
      .default(['http://adlnet.gov/expapi/verbs/completed', 'http://adlnet.gov/expapi/verbs/passed']),
    /** Which catalogue course an activity completes; others are kept under the activity's own name. */
    activities: z.array(z.object({ id: z.string().min(1), course: z.string().min(1) }).strict()).default([]),
    /** An `account` actor's name is the learner's employee number (HR-linked LRS accounts). */
    accountIsEmployeeNumber: z.boolean().default(true),
    /** Statements per page. */
    limit: z.number().int().min(1).max(500).default(100),
    /** Where the first run starts; later runs continue from the last statement stored. */
    since: z.string().datetime({ offset: true }).optional(),
    timeoutMs: z.number().int().min(100).max(120_000).default(15_000),
  })
  .strict();

/** Where a pull resumes: the LRS's `more` link while paging, and the newest `stored` time seen. */
interface Cursor {
  more?: string;
  since?: string;
}

interface Statement {
  id?: unknown;
  actor?: { mbox?: unknown; account?: { name?: unknown }; name?: unknown };
  verb?: { id?: unknown };
  object?: { id?: unknown; objectType?: unknown; definition?: { name?: Record<string, string> } };
  timestamp?: unknown;
  stored?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

function readCursor(cursor: string | null): Cursor {
  if (!cursor) return {};
  try {
    return JSON.parse(cursor) as Cursor;
  } catch {
    return {};
  }
}

/**
 * Completions from a Learning Record Store, through the xAPI statements resource: Basic auth,
 * `since` for the statements stored after the last run, the LRS's `more` link for the next page.
 * Only the configured verbs count; voiding statements, and the statements they void when on the
 * same page, are ignored.
 */
export const xapiLrsPlugin = definePlugin({
  id: 'xapi-lrs',
  displayName: 'xAPI Learning Record Store',
  sdk: '^1.0.0',
  capabilities: ['completions'],
  schedules: { completions: '40 * * * *' },
  options,
  createAdapter(settings, context) {
    const courseOf = new Map(settings.activities.map((a) => [a.id, a.course]));
    const completion = (statement: Statement): CompletionRecord | RecordProblem => {
      const id = text(statement.id);
      const record = id ?? 'a statement without an id';
      const mbox = text(statement.actor?.mbox);
      const account = text(statement.actor?.account?.name);
      const activity = text(statement.object?.id);
      const when = text(statement.timestamp) ?? text(statement.stored);
      if (!id) return { record, message: 'The statement has no id.' };
      if (!activity) return { record, message: 'The statement names no activity.' };
      if (!mbox && !account) return { record, message: 'The statement names its learner by neither mbox nor account.' };
      if (!when || Number.isNaN(Date.parse(when)))
        return { record, message: 'The statement has no readable timestamp.' };
      const names = statement.object?.definition?.name ?? {};
      return {
        externalId: id,
        learner: {
          email: mbox?.replace(/^mailto:/i, '') ?? null,
          employeeNumber: settings.accountIsEmployeeNumber ? account : null,
          name: text(statement.actor?.name),
        },
        courseTitle: courseOf.get(activity) ?? names['en-GB'] ?? names['en-US'] ?? Object.values(names)[0] ?? activity,
        completedOn: new Date(when).toISOString().slice(0, 10),
      };
    };

    return {
      async completions({ cursor, signal }): Promise<Page<CompletionRecord>> {
        const client = new ProviderClient(context.provider, settings.timeoutMs, {
          authorization: basicAuth(settings.username, readSecret(settings.password)),
          'x-experience-api-version': '1.0.3',
        });
        const state = readCursor(cursor);
        const since = state.since ?? settings.since;
        const url = state.more
          ? new URL(state.more, settings.endpoint).toString()
          : `${settings.endpoint}statements?${new URLSearchParams({
              ...(since ? { since } : {}),
              ascending: 'true',
              limit: String(settings.limit),
            })}`;
        const body = await client.json<{ statements?: unknown; more?: unknown }>(url, { signal });
        if (!body || !Array.isArray(body.statements)) {
          throw new ProviderError('MALFORMED', `${context.provider} answered ${url} without a list of statements.`);
        }
        const statements = body.statements as Statement[];
        const voided = new Set(
          statements
            .filter((s) => s.verb?.id === VOIDED && s.object?.objectType === 'StatementRef')
            .map((s) => text(s.object?.id)),
        );
        const records: CompletionRecord[] = [];
        const problems: RecordProblem[] = [];
        for (const statement of statements) {
          const verb = text(statement.verb?.id);
          if (!verb || !settings.verbs.includes(verb) || voided.has(text(statement.id))) continue;
          const read = completion(statement);
          if ('message' in read) problems.push(read);
          else records.push(read);
        }
        const stored = statements.map((s) => text(s.stored)).filter((s): s is string => s !== null);
        const newest = [since, ...stored]
          .filter(Boolean)
          .sort((a, b) => Date.parse(a!) - Date.parse(b!))
          .pop();
        const more = text(body.more);
        return {
          records,
          problems,
          more: Boolean(more),
          cursor: JSON.stringify(more ? { more, since: newest } : { since: newest }),
        };
      },
    };
  },
});
