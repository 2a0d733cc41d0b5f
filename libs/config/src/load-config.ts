import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { AppConfig } from './app-config';
import { ConfigError } from './config-error';

const int = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce
    .number({ invalid_type_error: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
/** A calendar day (YYYY-MM-DD) that exists: 2027-02-30 is refused. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2027-01-04')
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'must be a date that exists');
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1d5c63');

const settingsSchema = z.object({
  http: z.object({
    port: int(0, 65535),
    host: z.string().min(1),
    consoleDir: z.string().min(1),
    publicUrl: z
      .string()
      .regex(/^https?:\/\/[^\s?#]+$/, 'must be an http:// or https:// address, like https://kindred.example.org')
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
  }),
  graphql: z.object({ maxDepth: int(2, 50), maxComplexity: int(10) }),
  auth: z.object({
    jwtSecret: z.string({ required_error: 'is required' }).min(32, 'must be at least 32 characters'),
    accessTokenTtlSeconds: int(30, 86_400),
    refreshTokenTtlDays: int(1, 365),
    passwordMinLength: int(8, 128),
    loginMaxFailures: int(1, 100),
    loginLockMinutes: int(1, 1440),
  }),
  jobs: z.object({ attempts: int(1, 50), backoffMs: int(10), keepCompletedHours: int(1), lockSeconds: int(5, 3600) }),
  mail: z.object({
    smtpUrl: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
    from: z
      .string()
      .regex(/^([^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/, 'must be an address like Kindred <no-reply@example.org>'),
    caughtDir: z.string().min(1).optional(),
  }),
  encryption: z
    .object({
      currentKeyId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be 1-40 letters, digits, "_" or "-"'),
      keys: z
        .array(
          z.object({
            id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be 1-40 letters, digits, "_" or "-"'),
            keyFrom: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'must name an environment variable, like ENCRYPTION_KEY_1'),
          }),
        )
        .min(1, 'must list at least one key'),
    })
    .refine((e) => e.keys.some((k) => k.id === e.currentKeyId), {
      message: 'must be the id of one of encryption.keys',
      path: ['currentKeyId'],
    })
    .refine((e) => new Set(e.keys.map((k) => k.id)).size === e.keys.length, {
      message: 'key ids must be unique',
      path: ['keys'],
    }),
  bankHolidays: z.array(z.object({ date: isoDate, name: z.string().trim().min(1) }).strict()).default([]),
  log: z.object({ level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) }),
  databaseUrl: z
    .string({ required_error: 'is required (postgres://user@host:port/database)' })
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
  redis: z.object({
    url: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL'),
    prefix: z.string().regex(/^[A-Za-z0-9:_-]+$/, 'may hold only letters, digits, ":", "_" and "-"'),
  }),
  env: z.enum(['development', 'test', 'production']),
});

const partnershipSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and "-"'),
  name: z.string().min(3),
  senderEmail: z.string().email(),
  branding: z.object({ primaryColour: colour, secondaryColour: colour, logoUrl: z.string().url().optional() }),
  policies: z.object({
    minimumNoticeDays: int(0, 365).default(28),
    trainingHoursCapPer28Days: int(1, 672).default(21),
    dbsRecheckYears: int(1, 10).default(3),
    cpdHoursPerYearVolunteers: int(0, 200).default(6),
    cpdHoursPerYearStaff: int(0, 200).default(15),
    surveyMinimumGroupSize: int(2, 100).default(5),
  }),
  plugins: z
    .array(
      z
        .object({
          id: z.string().min(1),
          instance: z
            .string()
            .regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and "-"')
            .optional(),
          provider: z.string().trim().min(1, 'names the training provider whose records it brings in').max(200),
          schedules: z.record(z.string()).default({}),
          options: z.record(z.unknown()).default({}),
        })
        .strict()
        .transform(({ instance, ...plugin }) => ({ ...plugin, instance: instance ?? plugin.id })),
    )
    .default([])
    .superRefine((plugins, ctx) => {
      const seen = new Set<string>();
      plugins.forEach((plugin, i) => {
        if (seen.has(plugin.instance)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'instance'],
            message: `"${plugin.instance}" is enabled twice: give each a different instance name`,
          });
        }
        seen.add(plugin.instance);
      });
    }),
  closedDays: z
    .array(
      z
        .object({ name: z.string().trim().min(1), from: isoDate, to: isoDate.optional() })
        .strict()
        .transform(({ to, ...day }) => ({ ...day, to: to ?? day.from }))
        .refine((day) => day.to >= day.from, { message: 'ends before it starts', path: ['to'] }),
    )
    .default([]),
  supervision: z
    .object({ lineManagerSeesContent: z.boolean().default(true), retentionYears: int(1, 100).default(6) })
    .default({}),
});

/** Which environment variable overrides which setting; named in error messages too. */
const ENV_OVERRIDES: Record<string, string> = {
  PORT: 'http.port',
  HOST: 'http.host',
  CONSOLE_DIR: 'http.consoleDir',
  PUBLIC_URL: 'http.publicUrl',
  SMTP_URL: 'mail.smtpUrl',
  MAIL_FROM: 'mail.from',
  KINDRED_CAUGHT_MAIL_DIR: 'mail.caughtDir',
  JWT_SECRET: 'auth.jwtSecret',
  LOG_LEVEL: 'log.level',
  JOB_LOCK_SECONDS: 'jobs.lockSeconds',
  ENCRYPTION_CURRENT_KEY_ID: 'encryption.currentKeyId',
  DATABASE_URL: 'databaseUrl',
  REDIS_URL: 'redis.url',
  REDIS_PREFIX: 'redis.prefix',
  NODE_ENV: 'env',
};
const ENV_FOR_PATH = Object.fromEntries(Object.entries(ENV_OVERRIDES).map(([k, v]) => [v, k]));

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] = typeof node[key] === 'object' && node[key] !== null ? node[key] : {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

function readYaml(file: string, problems: string[]): Record<string, unknown> {
  try {
    const parsed: unknown = parse(readFileSync(file, 'utf8'));
    if (parsed === null || parsed === undefined) return {};
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
      problems.push(`${file}: must be a YAML mapping`);
      return {};
    }
    return parsed as Record<string, unknown>;
  } catch (error) {
    problems.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
    return {};
  }
}

/**
 * Each key comes from the environment variable its entry names, 32 bytes in base64, so no key is
 * ever in a file. Outside production a missing one is derived from its id: a development key that
 * protects nothing, so the demo and the tests run without setup.
 */
function readKeys(
  encryption: { currentKeyId: string; keys: { id: string; keyFrom: string }[] },
  runtime: string,
  env: NodeJS.ProcessEnv,
  problems: string[],
): AppConfig['encryption'] | null {
  const keys = encryption.keys.map(({ id, keyFrom }) => {
    const value = env[keyFrom];
    if (!value) {
      if (runtime === 'production') problems.push(`encryption.keys.${id} (${keyFrom}): is required in production`);
      return { id, key: createHash('sha256').update(`kindred development key ${id}`).digest() };
    }
    const key = Buffer.from(value, 'base64');
    if (key.length !== 32 || key.toString('base64') !== value.replace(/\s+/g, '')) {
      problems.push(`encryption.keys.${id} (${keyFrom}): must be 32 bytes in base64 (openssl rand -base64 32)`);
    }
    return { id, key };
  });
  return problems.length > 0 ? null : { currentKeyId: encryption.currentKeyId, keys };
}

function describe(issue: z.ZodIssue, prefix: string): string {
  const path = issue.path.join('.');
  const env = ENV_FOR_PATH[path];
  const name = `${prefix}${path}${env ? ` (${env})` : ''}`;
  return `${name}: ${issue.message === 'Required' ? 'is required' : issue.message}`;
}

/**
 * Reads `config/default.yaml`, the environment and `config/partnerships/*.yaml` into one validated
 * object. Throws ConfigError listing every bad setting, one line each.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const configDir = resolve(env.KINDRED_CONFIG_DIR ?? 'config');
  const problems: string[] = [];
  const defaultsFile = join(configDir, 'default.yaml');
  if (!existsSync(defaultsFile)) {
    throw new ConfigError([`KINDRED_CONFIG_DIR: ${configDir} has no default.yaml`]);
  }
  const raw = readYaml(defaultsFile, problems);
  setPath(raw, 'redis.url', 'redis://127.0.0.1:6379');
  setPath(raw, 'redis.prefix', 'kindred');
  setPath(raw, 'env', 'development');
  for (const [variable, path] of Object.entries(ENV_OVERRIDES)) {
    const value = env[variable];
    if (value !== undefined && value !== '') setPath(raw, path, value);
  }

  const settings = settingsSchema.safeParse(raw);
  if (!settings.success) problems.push(...settings.error.issues.map((issue) => describe(issue, '')));

  const partnerships: AppConfig['partnerships'][number][] = [];
  const partnershipsDir = join(configDir, 'partnerships');
  const files = existsSync(partnershipsDir)
    ? readdirSync(partnershipsDir).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    : [];
  for (const file of files.sort()) {
    const result = partnershipSchema.safeParse(readYaml(join(partnershipsDir, file), problems));
    if (!result.success) {
      problems.push(...result.error.issues.map((issue) => describe(issue, `partnerships/${file}: `)));
    } else if (`${result.data.slug}.yaml` !== file && `${result.data.slug}.yml` !== file) {
      problems.push(`partnerships/${file}: slug "${result.data.slug}" must match the file name`);
    } else {
      partnerships.push(result.data);
    }
  }

  const encryption = settings.success ? readKeys(settings.data.encryption, settings.data.env, env, problems) : null;
  if (problems.length > 0 || !settings.success || !encryption) throw new ConfigError(problems);
  // Without a public address, links in emails point at this machine's api, as `npm start` runs it.
  const http = {
    ...settings.data.http,
    publicUrl: settings.data.http.publicUrl ?? `http://localhost:${settings.data.http.port}`,
  };
  return Object.assign(new AppConfig(), { ...settings.data, http, encryption, configDir, partnerships });
}
