import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Redis from 'ioredis';
import { AppConfig, loadConfig } from '@kindred/config';

// Used by the jobs specs and integration tests only; not part of the public API.

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A Redis key prefix that no other test file, or run of this one, shares. */
export function uniqueRedisPrefix(): string {
  return `kindred-test-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** The real defaults, with Redis keys under `prefix` and the given job settings. */
export function jobsTestConfig(prefix: string, jobs: Partial<AppConfig['jobs']> = {}): AppConfig {
  const config = loadConfig({
    KINDRED_CONFIG_DIR: join(__dirname, '../../../../config'),
    // Required settings the jobs tests never use.
    DATABASE_URL: 'postgres://unused@127.0.0.1:5432/unused',
    JWT_SECRET: 'jobs-tests-never-sign-any-token-at-all',
    REDIS_URL,
    REDIS_PREFIX: prefix,
    NODE_ENV: 'test',
  });
  return Object.assign(new AppConfig(), config, { jobs: { ...config.jobs, ...jobs } });
}

/** Deletes every key under `prefix`, so test runs leave Redis as they found it. */
export async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 500 }) as AsyncIterable<string[]>) {
      if (keys.length > 0) await redis.del(...keys);
    }
  } finally {
    await redis.quit();
  }
}
