import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { type AppConfig, loadConfig, type PartnershipConfig } from '@kindred/config';

/** A second, fictional partnership: what tenancy tests try (and fail) to reach. */
export const SOUTHVALE: PartnershipConfig = {
  slug: 'southvale',
  name: 'Southvale Family Hubs',
  senderEmail: 'learning@southvale.example',
  branding: { primaryColour: '#5b2a86', secondaryColour: '#f4d35e' },
  policies: {
    minimumNoticeDays: 21,
    trainingHoursCapPer28Days: 14,
    dbsRecheckYears: 3,
    cpdHoursPerYearVolunteers: 6,
    cpdHoursPerYearStaff: 15,
    surveyMinimumGroupSize: 5,
  },
  plugins: [],
  closedDays: [],
  supervision: { lineManagerSeesContent: true, retentionYears: 6 },
};

/**
 * The repository's configuration pointed at a test database, with a Redis key prefix of its own
 * so parallel test files never see each other's keys.
 */
export function testConfig(databaseUrl: string, env: NodeJS.ProcessEnv = {}): AppConfig {
  const config = loadConfig({
    KINDRED_CONFIG_DIR: resolve(__dirname, '../../../config'),
    DATABASE_URL: databaseUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `kindred-test-${process.pid}-${randomBytes(3).toString('hex')}`,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    CONSOLE_DIR: resolve(__dirname, '../../../dist/console'),
    ...env,
  });
  // Provider plugins are off unless a test enables them: a schedule ticking during some other test
  // would otherwise bring the demo's provider records in under it.
  const partnerships = config.partnerships.map((p) => ({ ...p, plugins: [] }));
  return Object.assign(config, { partnerships: [...partnerships, SOUTHVALE] });
}
