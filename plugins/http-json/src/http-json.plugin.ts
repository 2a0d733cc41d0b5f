import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import {
  type BookingCancel,
  type BookingPush,
  type Capability,
  type CompletionRecord,
  definePlugin,
  type Page,
  ProviderClient,
  ProviderError,
  type RecordProblem,
  readSecret,
  secretOption,
  type WebhookContent,
} from '@kindred/plugin-sdk';

/** A value inside a JSON document by dotted path: `learner.email`, `data.0.id`. */
function at(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      value,
    );
}

/** Sets `value` at a dotted path of `target`: how a request body is built from a field mapping. */
function put(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null;

const completionFields = z
  .object({
    externalId: z.string().default('id'),
    email: z.string().optional(),
    employeeNumber: z.string().optional(),
    name: z.string().optional(),
    courseTitle: z.string().default('course'),
    completedOn: z.string().default('completedOn'),
  })
  .strict()
  .refine((f) => f.email || f.employeeNumber, 'map an email or an employee number field');

/** What a booking request can carry, each to be put at a dotted path of the body. */
type BookingValue = 'sessionId' | 'bookingId' | 'name' | 'email' | 'employeeNumber' | 'reference';

/** A path relative to `baseUrl`, with `{sessionId}`, `{bookingId}` or `{reference}` filled in per booking. */
const templatedPath = (allowed: readonly BookingValue[]) =>
  z
    .string()
    .min(1)
    .refine(
      (path) => [...path.matchAll(/\{(\w+)\}/g)].every(([, name]) => (allowed as readonly string[]).includes(name)),
      `may name only ${allowed.map((name) => `{${name}}`).join(', ')}`,
    );

const bookingFields = (allowed: readonly BookingValue[]) =>
  z.record(z.enum(allowed as unknown as [BookingValue, ...BookingValue[]]), z.string().min(1));

const bookingEndpoints = z
  .object({
    create: z
      .object({
        path: templatedPath(['sessionId', 'bookingId']),
        /** Where each value goes in the body; Kindred's booking id lets the provider refuse a second copy. */
        fields: bookingFields(['sessionId', 'bookingId', 'name', 'email', 'employeeNumber']).default({
          sessionId: 'sessionId',
          bookingId: 'bookingId',
          name: 'name',
          email: 'email',
        }),
        /** Where the answer gives the provider's reference for the booking. */
        reference: z.string().default('id'),
      })
      .strict(),
    cancel: z
      .object({
        method: z.enum(['DELETE', 'POST']).default('DELETE'),
        path: templatedPath(['sessionId', 'bookingId', 'reference']),
        /** The body of a POST; a DELETE sends none. */
        fields: bookingFields(['sessionId', 'bookingId', 'reference']).default({ reference: 'reference' }),
      })
      .strict(),
  })
  .strict();

const options = z
  .object({
    baseUrl: z.string().url('must be the address of the provider API'),
    /** A header sent with every request, its value named by environment variable. */
    authHeader: z
      .object({ name: z.string().min(1).default('authorization'), value: secretOption() })
      .strict()
      .optional(),
    completions: z
      .object({
        /** Relative to `baseUrl`. */
        path: z.string().min(1),
        /** Where the list is in the answer. */
        items: z.string().default('items'),
        /** Where the address of the next page is, if the provider pages. */
        next: z.string().optional(),
        fields: completionFields.default({}),
      })
      .strict()
      .optional(),
    webhook: z
      .object({
        secret: secretOption(),
        signatureHeader: z.string().default('x-signature'),
        deliveryHeader: z.string().default('x-delivery-id'),
        items: z.string().default('completions'),
      })
      .strict()
      .optional(),
    /** Where bookings made in Kindred on this provider's sessions are pushed, and cancelled. */
    bookings: bookingEndpoints.optional(),
    timeoutMs: z.number().int().min(100).max(120_000).default(15_000),
  })
  .strict();

type Settings = z.infer<typeof options>;

/** The address of a booking endpoint, its placeholders filled in. */
function bookingUrl(settings: Settings, path: string, values: Partial<Record<BookingValue, string | null>>): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: BookingValue) => encodeURIComponent(values[name] ?? ''));
  return new URL(filled, settings.baseUrl).toString();
}

function bookingBody(
  fields: Partial<Record<BookingValue, string>>,
  values: Partial<Record<BookingValue, string | null>>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [value, path] of Object.entries(fields) as [BookingValue, string][])
    put(body, path, values[value] ?? null);
  return body;
}

type Fields = z.infer<typeof completionFields>;

function completions(
  items: unknown,
  fields: Fields,
  source: string,
): Pick<Page<CompletionRecord>, 'records' | 'problems'> {
  if (!Array.isArray(items))
    throw new ProviderError('MALFORMED', `${source} has no list of completions where expected.`);
  const records: CompletionRecord[] = [];
  const problems: RecordProblem[] = [];
  for (const item of items) {
    const id = text(at(item, fields.externalId));
    const email = fields.email ? text(at(item, fields.email)) : null;
    const employeeNumber = fields.employeeNumber ? text(at(item, fields.employeeNumber)) : null;
    const course = text(at(item, fields.courseTitle));
    const when = text(at(item, fields.completedOn));
    const record = id ?? 'a completion without an id';
    if (!id) problems.push({ record, message: `No ${fields.externalId}.` });
    else if (!email && !employeeNumber)
      problems.push({ record, message: 'Names its learner by neither email nor employee number.' });
    else if (!course) problems.push({ record, message: `No ${fields.courseTitle}.` });
    else if (!when || Number.isNaN(Date.parse(when)))
      problems.push({ record, message: `No readable ${fields.completedOn}.` });
    else
      records.push({
        externalId: id,
        learner: { email, employeeNumber, name: fields.name ? text(at(item, fields.name)) : null },
        courseTitle: course,
        completedOn: new Date(when).toISOString().slice(0, 10),
      });
  }
  return { records, problems };
}

/**
 * A provider with a REST API of its own: completions pulled from a JSON endpoint by a field
 * mapping (following its next-page links), and pushed to Kindred's webhook, signed with HMAC-SHA256;
 * bookings made in Kindred on its sessions posted to it, and their cancellations. Each instance
 * does what its options configure.
 */
export const httpJsonPlugin = definePlugin({
  id: 'http-json',
  displayName: 'REST provider (JSON)',
  sdk: '^1.0.0',
  capabilities: ['completions', 'webhook', 'bookings'],
  enabledCapabilities: (settings) =>
    (['completions', 'webhook', 'bookings'] as const).filter((c): c is Capability & keyof Settings => !!settings[c]),
  schedules: { completions: '50 * * * *' },
  options,
  createAdapter(settings, context) {
    const headers = () =>
      settings.authHeader ? { [settings.authHeader.name]: readSecret(settings.authHeader.value) } : undefined;
    const bookings = settings.bookings;
    const bookingMethods = bookings && {
      async pushBooking(booking: BookingPush): Promise<{ externalId: string }> {
        const values = {
          sessionId: booking.sessionExternalId,
          bookingId: booking.bookingId,
          ...booking.learner,
        };
        const url = bookingUrl(settings, bookings.create.path, values);
        const client = new ProviderClient(context.provider, settings.timeoutMs);
        const answer = await client.json(url, {
          method: 'POST',
          headers: headers(),
          body: bookingBody(bookings.create.fields, values),
        });
        const reference = text(at(answer, bookings.create.reference));
        if (!reference) {
          throw new ProviderError(
            'MALFORMED',
            `${context.provider} answered ${url} with no booking reference at ${bookings.create.reference}.`,
          );
        }
        return { externalId: reference };
      },

      async cancelBooking(booking: BookingCancel): Promise<void> {
        const { method, path, fields } = bookings.cancel;
        const values = {
          sessionId: booking.sessionExternalId,
          bookingId: booking.bookingId,
          reference: booking.externalId,
        };
        const client = new ProviderClient(context.provider, settings.timeoutMs);
        await client.text(bookingUrl(settings, path, values), {
          method,
          headers: headers(),
          body: method === 'POST' ? bookingBody(fields, values) : undefined,
        });
      },
    };
    return {
      ...bookingMethods,
      async completions({ cursor, signal }): Promise<Page<CompletionRecord>> {
        const endpoint = settings.completions;
        if (!endpoint) return { records: [], cursor: null, more: false };
        const url = cursor ?? new URL(endpoint.path, settings.baseUrl).toString();
        const client = new ProviderClient(context.provider, settings.timeoutMs);
        const body = await client.json(url, { headers: headers(), signal });
        const next = endpoint.next ? text(at(body, endpoint.next)) : null;
        return {
          ...completions(at(body, endpoint.items), endpoint.fields, url),
          cursor: next ? new URL(next, url).toString() : null,
          more: Boolean(next),
        };
      },

      webhook({ headers: received, rawBody }): WebhookContent {
        const hook = settings.webhook;
        if (!hook) throw new ProviderError('CONFIG', `${context.instance} takes no webhook deliveries.`);
        const expected = createHmac('sha256', readSecret(hook.secret)).update(rawBody).digest();
        const given = Buffer.from((received[hook.signatureHeader] ?? '').replace(/^sha256=/, ''), 'hex');
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
          throw new ProviderError(
            'SIGNATURE',
            `A delivery with a missing or wrong ${hook.signatureHeader} signature was refused.`,
          );
        }
        const deliveryId = received[hook.deliveryHeader]?.trim();
        if (!deliveryId) throw new ProviderError('MALFORMED', `A signed delivery came without ${hook.deliveryHeader}.`);
        let body: unknown;
        try {
          body = JSON.parse(rawBody.toString('utf8'));
        } catch {
          throw new ProviderError('MALFORMED', `Delivery ${deliveryId} is not JSON.`);
        }
        const fields = settings.completions?.fields ?? completionFields.parse({ email: 'email' });
        const read = completions(at(body, hook.items), fields, `Delivery ${deliveryId}`);
        if (read.problems?.length) {
          throw new ProviderError(
            'MALFORMED',
            `Delivery ${deliveryId}: ${read.problems.map((p) => `${p.record}: ${p.message}`).join('; ')}`,
          );
        }
        return { deliveryId, completions: read.records };
      },
    };
  },
});
