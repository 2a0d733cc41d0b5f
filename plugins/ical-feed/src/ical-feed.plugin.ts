import { z } from 'zod';
import {
  definePlugin,
  isTimeZone,
  type Page,
  ProviderClient,
  type RecordProblem,
  readSecret,
  secretOption,
  type SessionRecord,
} from '@kindred/plugin-sdk';
import { type CalendarEvent, readCalendar } from './icalendar';

const options = z
  .object({
    /** One feed per programme or calendar; each is one page of a run. */
    feeds: z.array(z.string().url('must be the address of an iCalendar feed')).min(1, 'list at least one feed'),
    /** Sent as the `authorization` header, for feeds behind a token. */
    authorization: secretOption().optional(),
    /**
     * Which course an event runs: the first rule whose `match` appears in the event's title (case
     * ignored; `/…/` for a regular expression). Events no rule matches are left out and logged.
     */
    rules: z
      .array(
        z
          .object({
            match: z.string().min(1),
            course: z.string().min(1),
            capacity: z.number().int().min(1).max(1000).optional(),
          })
          .strict(),
      )
      .min(1, 'give at least one rule mapping event titles to courses'),
    /** The zone of times written without one. */
    timeZone: z.string().refine(isTimeZone, 'must be a time zone like Europe/London').default('Europe/London'),
    timeoutMs: z.number().int().min(100).max(120_000).default(15_000),
  })
  .strict();

type Options = z.infer<typeof options>;
type Rule = Options['rules'][number];

function matcher(rule: Rule): (title: string) => boolean {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(rule.match);
  if (regex) {
    const pattern = new RegExp(regex[1], regex[2].includes('i') ? regex[2] : `${regex[2]}i`);
    return (title) => pattern.test(title);
  }
  const text = rule.match.toLowerCase();
  return (title) => title.toLowerCase().includes(text);
}

/** An event as a session, or why it cannot be one. */
function toSession(
  event: CalendarEvent,
  rules: { rule: Rule; matches: (title: string) => boolean }[],
): SessionRecord | RecordProblem | null {
  const record = event.uid ?? `"${event.summary}"`;
  if (!event.uid) return { record, message: 'The event has no UID, so it cannot be told apart from others.' };
  const rule = rules.find((r) => r.matches(event.summary))?.rule;
  if (!rule) return null;
  if (!event.start || !event.end) return { record, message: 'The event has no readable start and end.' };
  if (event.end <= event.start) return { record, message: 'The event ends before it starts.' };
  const online = !event.location && event.url;
  if (!event.location && !event.url) return { record, message: 'The event has neither a location nor a link.' };
  return {
    externalId: event.recurrenceId ? `${event.uid}#${event.recurrenceId}` : event.uid,
    courseTitle: rule.course,
    startsAt: event.start,
    endsAt: event.end,
    venue: online ? null : event.location,
    onlineUrl: online ? event.url : null,
    capacity: rule.capacity ?? null,
    cancelled: event.status === 'CANCELLED',
  };
}

/**
 * Sessions a provider publishes as an iCalendar feed, such as a safeguarding partnership's training
 * calendar. Each feed is one page; the cursor is the next feed to read, so a run that fails on the
 * third feed resumes there.
 */
export const icalFeedPlugin = definePlugin({
  id: 'ical-feed',
  displayName: 'iCalendar feed',
  sdk: '^1.0.0',
  capabilities: ['sessions'],
  schedules: { sessions: '15 */6 * * *' },
  options,
  createAdapter(settings, context) {
    const rules = settings.rules.map((rule) => ({ rule, matches: matcher(rule) }));
    return {
      async sessions({ cursor, signal }): Promise<Page<SessionRecord>> {
        const index = cursor ? Number(cursor) : 0;
        const feed = settings.feeds[Number.isInteger(index) && index < settings.feeds.length ? index : 0];
        const headers = settings.authorization ? { authorization: readSecret(settings.authorization) } : undefined;
        const client = new ProviderClient(context.provider, settings.timeoutMs);
        const text = await client.text(feed, { headers, signal });
        const records: SessionRecord[] = [];
        const problems: RecordProblem[] = [];
        const skipped: RecordProblem[] = [];
        for (const event of readCalendar(text, settings.timeZone, feed)) {
          const mapped = toSession(event, rules);
          if (mapped === null) {
            skipped.push({
              record: event.uid ?? event.summary,
              message: `No rule maps "${event.summary}" to a course.`,
            });
          } else if ('message' in mapped) {
            problems.push(mapped);
          } else {
            if (event.recurring) {
              skipped.push({ record: event.uid!, message: 'A repeating event: only its first occurrence is read.' });
            }
            records.push(mapped);
          }
        }
        const next = settings.feeds.indexOf(feed) + 1;
        const more = next < settings.feeds.length;
        return { records, problems, skipped, cursor: more ? String(next) : null, more };
      },
    };
  },
});
