import type { INestApplication } from '@nestjs/common';
import { EntityManager, ref } from '@mikro-orm/postgresql';
import { MikroORM } from '@mikro-orm/core';
import type { AppConfig } from '@kindred/config';
import { Passwords, Role, User } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { RedisConnection } from '@kindred/common';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '@kindred/demo';
// Test infrastructure composes the real applications, as the launcher does.
import { createApi } from '../../../apps/api/src/create-api';
import { migrate } from '../../../apps/migrator/src/migrate';
import { GraphQLClient } from './graphql-client';
import { testConfig } from './test-config';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApi {
  url: string;
  app: INestApplication;
  config: AppConfig;
  client(): GraphQLClient;
  /** Seeds the Northshire demo. */
  seedDemo(): Promise<void>;
  /** Signs in as the demo user holding this role and returns a client carrying their token. */
  loginAs(role: Role): Promise<GraphQLClient>;
  /**
   * Makes a user with the given roles in a partnership (by slug) and signs them in. A role may be
   * limited to one organisation: `{ role: Role.PARTNER_ADMIN, organisationId }`.
   */
  userIn(
    slug: string,
    email: string,
    roles: (Role | { role: Role; organisationId: string })[],
    password?: string,
  ): Promise<{ client: GraphQLClient; user: User }>;
  /** A fresh entity manager with the tenancy filter off, for arranging and checking rows. */
  em(): EntityManager;
  close(): Promise<void>;
}

const TEST_PASSWORD = 'a long test passphrase';

/** Migrates the database and starts the real api on a free port. */
export async function startApi(options: {
  database: TestDatabase;
  env?: NodeJS.ProcessEnv;
  /** Adjusts settings that have no environment variable, e.g. GraphQL limits. */
  configure?: (config: AppConfig) => void;
}): Promise<TestApi> {
  const config = testConfig(options.database.url, options.env);
  options.configure?.(config);
  await migrate(config, { seedDemo: false });
  const app = await createApi(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const orm = app.get(MikroORM);
  const em = () => orm.em.fork({ disableContextResolution: true }) as EntityManager;
  const passwords = app.get(Passwords);
  const client = () => new GraphQLClient(url);

  const signIn = async (email: string, password: string) => {
    const data = await client().data<{ login: { accessToken: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email, password } },
    );
    return client().withToken(data.login.accessToken);
  };

  return {
    url,
    app,
    config,
    client,
    em,
    async seedDemo() {
      await seedDemo(em(), config, passwords);
    },
    async loginAs(role) {
      const demo = DEMO_USERS.find((u) => u.role === role);
      if (!demo) throw new Error(`No demo user holds ${role}`);
      return signIn(demo.email, DEMO_PASSWORD);
    },
    async userIn(slug, email, roles, password = TEST_PASSWORD) {
      const fork = em();
      const partnership = await fork.findOneOrFail(Partnership, { slug }, { filters: false });
      const user = new User(ref(partnership), email, email.split('@')[0]);
      user.passwordHash = await passwords.hash(password);
      roles.forEach((r) => (typeof r === 'string' ? user.grant(r) : user.grant(r.role, r.organisationId)));
      await fork.persistAndFlush(user);
      return { client: await signIn(email, password), user };
    },
    async close() {
      const redis = app.get(RedisConnection).client;
      const keys = await redis.keys(`${config.redis.prefix}:*`);
      // Keys come back with the prefix that the connection adds again on delete.
      if (keys.length > 0) await redis.del(...keys.map((k) => k.slice(config.redis.prefix.length + 1)));
      await app.close();
    },
  };
}

/**
 * A fresh database and api for the enclosing `describe`, torn down after it. Read `.api` inside
 * hooks and tests (it is set once `beforeAll` has run).
 */
export function setUpTestApi(options: { seedDemo?: boolean } & Omit<Parameters<typeof startApi>[0], 'database'> = {}): {
  readonly api: TestApi;
} {
  let database: TestDatabase | undefined;
  let api: TestApi | undefined;
  beforeAll(async () => {
    database = await createTestDatabase({ migrated: true });
    api = await startApi({ ...options, database });
    if (options.seedDemo) await api.seedDemo();
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });
  return {
    get api(): TestApi {
      if (!api) throw new Error('The test api is not running: read .api inside a hook or test.');
      return api;
    },
  };
}
