import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
// Test infrastructure composes the real migrator, as the launcher does.
import { migrateSchema } from '../../../apps/migrator/src/migrate';
import { testConfig } from './test-config';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** The machine's PostgreSQL, where each test file gets a database of its own. */
export const serverUrl = (): string => process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const MIGRATIONS_DIR = join(__dirname, '../../database/src/migrations');
const TEMPLATE_PREFIX = 'kindred_template_';
/** Any number: it names the advisory lock under which one test file builds the template. */
const TEMPLATE_LOCK = 736_512;

async function admin<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const urlOf = (name: string): string => {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
};

/**
 * Creates a database named for this test file: empty (to migrate with `startApi` or `migrate`), or
 * with `migrated`, a copy of a template that already holds the schema. Migrating a fresh database
 * costs seconds per test file; copying a template costs a fraction of one.
 */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const name = `kindred_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  if (options.migrated) await copySchemaTemplate(name);
  else await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    url: urlOf(name),
    name,
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * Creates the database `name` as a copy of the migrated template for the migrations as they are on
 * disk, named by their content so a change to any migration makes a new one. Everything happens
 * under one advisory lock: the first test file builds the template (under another name, renamed
 * when done, so a test run killed half way leaves nothing to copy), and older templates are dropped
 * on the way. The copy is made under the lock too, so another checkout's tests, whose migrations
 * differ, cannot drop this template between its check and its copy.
 */
async function copySchemaTemplate(name: string): Promise<void> {
  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS_DIR).sort())
    hash.update(file).update(readFileSync(join(MIGRATIONS_DIR, file)));
  const template = `${TEMPLATE_PREFIX}${hash.digest('hex').slice(0, 16)}`;
  return admin(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const existing = await client.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE datname LIKE $1',
        [`${TEMPLATE_PREFIX}%`],
      );
      if (!existing.rows.some((row) => row.datname === template)) {
        for (const { datname } of existing.rows) {
          await client.query(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => undefined);
        }
        const building = `${template}_building`;
        // Left by a test run killed while building; nobody else builds while this lock is held.
        await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
        await client.query(`CREATE DATABASE "${building}"`);
        await migrateSchema(testConfig(urlOf(building)));
        await client.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
      }
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
}
