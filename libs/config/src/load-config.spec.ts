import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

const REPO_CONFIG = resolve(__dirname, '../../../config');

function configDir(partnerships: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kindred-config-'));
  cpSync(join(REPO_CONFIG, 'default.yaml'), join(dir, 'default.yaml'));
  cpSync(join(REPO_CONFIG, 'partnerships'), join(dir, 'partnerships'), { recursive: true });
  for (const [file, text] of Object.entries(partnerships)) writeFileSync(join(dir, 'partnerships', file), text);
  return dir;
}

const env = (dir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  KINDRED_CONFIG_DIR: dir,
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/kindred',
  JWT_SECRET: 'j'.repeat(32),
  ...extra,
});

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('reads defaults, environment overrides and the partnership files', () => {
    const config = loadConfig(env(configDir(), { PORT: '8080', REDIS_PREFIX: 'northshire-prod' }));
    expect(config.http.port).toBe(8080);
    expect(config.redis).toEqual({ url: 'redis://127.0.0.1:6379', prefix: 'northshire-prod' });
    expect(config.auth.accessTokenTtlSeconds).toBe(900);
    expect(config.partnership('northshire')).toMatchObject({
      name: 'Northshire Family Hubs Partnership',
      policies: { minimumNoticeDays: 28, trainingHoursCapPer28Days: 21, dbsRecheckYears: 3 },
    });
  });

  it('reports every bad setting on its own line, naming the variable to fix', () => {
    expect(
      problems(() => loadConfig(env(configDir(), { DATABASE_URL: undefined, JWT_SECRET: 'short', LOG_LEVEL: 'loud' }))),
    ).toEqual([
      'auth.jwtSecret (JWT_SECRET): must be at least 32 characters',
      "log.level (LOG_LEVEL): Invalid enum value. Expected 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent', received 'loud'",
      'databaseUrl (DATABASE_URL): is required (postgres://user@host:port/database)',
    ]);
  });

  it('checks partnership files: values, slug matching the file, and YAML that parses', () => {
    const dir = configDir({
      'eastmoor.yaml':
        'slug: eastmoor\nname: Eastmoor Family Hubs\nsenderEmail: hubs@eastmoor.example\nbranding: { primaryColour: teal, secondaryColour: "#ffffff" }\npolicies: { minimumNoticeDays: -1 }\n',
      'westmoor.yaml':
        'slug: elsewhere\nname: Westmoor Family Hubs\nsenderEmail: hubs@westmoor.example\nbranding: { primaryColour: "#000000", secondaryColour: "#ffffff" }\npolicies: {}\n',
      'broken.yaml': 'slug: [unclosed\n',
    });
    const found = problems(() => loadConfig(env(dir)));
    expect(found).toEqual(
      expect.arrayContaining([
        'partnerships/eastmoor.yaml: branding.primaryColour: must be a colour like #1d5c63',
        'partnerships/eastmoor.yaml: policies.minimumNoticeDays: must be at least 0',
        'partnerships/westmoor.yaml: slug "elsewhere" must match the file name',
      ]),
    );
    expect(found.some((line) => line.startsWith(`${join(dir, 'partnerships', 'broken.yaml')}:`))).toBe(true);
  });

  it('refuses a configuration folder without defaults', () => {
    expect(problems(() => loadConfig(env(mkdtempSync(join(tmpdir(), 'kindred-empty-')))))).toEqual([
      expect.stringMatching(/^KINDRED_CONFIG_DIR: .* has no default\.yaml$/),
    ]);
  });

  it('points links at the api unless a public address is set, and sends mail only with an SMTP server', () => {
    const local = loadConfig(env(configDir(), { PORT: '3100' }));
    expect(local.http.publicUrl).toBe('http://localhost:3100');
    expect(local.mail.smtpUrl).toBeUndefined();
    const hosted = loadConfig(
      env(configDir(), { PUBLIC_URL: 'https://kindred.northshire.example', SMTP_URL: 'smtps://mail.example:465' }),
    );
    expect(hosted.http.publicUrl).toBe('https://kindred.northshire.example');
    expect(hosted.mail.smtpUrl).toBe('smtps://mail.example:465');
    expect(problems(() => loadConfig(env(configDir(), { SMTP_URL: 'http://mail.example' })))).toEqual([
      'mail.smtpUrl (SMTP_URL): must be an smtp:// or smtps:// URL',
    ]);
  });

  it('reads encryption keys from the variables the key ring names, deriving development keys outside production', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = loadConfig(env(configDir(), { ENCRYPTION_KEY_K1: key }));
    expect(config.encryption.currentKeyId).toBe('k1');
    expect(config.encryption.keys).toEqual([{ id: 'k1', key: Buffer.alloc(32, 7) }]);
    // Without the variable, a development key: the same on every run, never the configured one.
    const development = loadConfig(env(configDir()));
    expect(development.encryption.keys[0].key).toHaveLength(32);
    expect(development.encryption.keys[0].key.equals(Buffer.alloc(32, 7))).toBe(false);
    expect(problems(() => loadConfig(env(configDir(), { NODE_ENV: 'production' })))).toEqual([
      'encryption.keys.k1 (ENCRYPTION_KEY_K1): is required in production',
    ]);
    expect(problems(() => loadConfig(env(configDir(), { ENCRYPTION_KEY_K1: 'c2hvcnQ=' })))).toEqual([
      'encryption.keys.k1 (ENCRYPTION_KEY_K1): must be 32 bytes in base64 (openssl rand -base64 32)',
    ]);
    expect(problems(() => loadConfig(env(configDir(), { ENCRYPTION_CURRENT_KEY_ID: 'k9' })))).toEqual([
      'encryption.currentKeyId (ENCRYPTION_CURRENT_KEY_ID): must be the id of one of encryption.keys',
    ]);
  });

  it('gives partnerships supervision defaults: the line manager reads content, six years of retention', () => {
    const dir = configDir({
      'eastmoor.yaml':
        'slug: eastmoor\nname: Eastmoor Family Hubs\nsenderEmail: hubs@eastmoor.example\nbranding: { primaryColour: "#000000", secondaryColour: "#ffffff" }\npolicies: {}\n',
    });
    expect(loadConfig(env(dir)).partnership('eastmoor')?.supervision).toEqual({
      lineManagerSeesContent: true,
      retentionYears: 6,
    });
  });
});
