import { z } from 'zod';
import { type CourseRecord, definePlugin, type Page, ProviderClient, ProviderError } from '@kindred/plugin-sdk';

interface HubCourse {
  code?: unknown;
  name?: unknown;
  minutes?: unknown;
  online?: unknown;
}

/**
 * Northshire County Council's learning hub publishes its course list as JSON, a page at a time
 * (`?page=N`, with `next` while there are more). An authority's own plugin: sixty lines on the SDK.
 */
export const learningHubPlugin = definePlugin({
  id: 'northshire-learning-hub',
  displayName: 'Northshire learning hub',
  sdk: '^1.0.0',
  capabilities: ['catalogue'],
  schedules: { catalogue: '30 3 * * *' },
  options: z
    .object({
      url: z.string().url('must be the address of the learning hub course list'),
      timeoutMs: z.number().int().min(100).max(60_000).default(10_000),
    })
    .strict(),
  createAdapter(options, context) {
    const client = new ProviderClient(context.provider, options.timeoutMs);
    return {
      async catalogue({ cursor, signal }): Promise<Page<CourseRecord>> {
        const url = `${options.url}?page=${cursor ?? 1}`;
        const body = await client.json<{ courses?: HubCourse[]; next?: unknown }>(url, { signal });
        if (!Array.isArray(body?.courses)) throw new ProviderError('MALFORMED', `${url} lists no courses.`);
        const records: CourseRecord[] = [];
        const problems = [];
        for (const course of body.courses) {
          const { code, name, minutes, online } = course;
          if (typeof code !== 'string' || typeof name !== 'string' || typeof minutes !== 'number') {
            problems.push({
              record: String(code ?? name ?? '?'),
              message: 'A course needs a code, a name and minutes.',
            });
          } else {
            records.push({
              externalId: code,
              title: name,
              durationMinutes: minutes,
              mode: online ? 'VIRTUAL' : 'IN_PERSON',
            });
          }
        }
        const next = typeof body.next === 'number' ? String(body.next) : null;
        // After the last page the next run starts again from the first: the list is small.
        return { records, problems, cursor: next, more: next !== null };
      },
    };
  },
});
