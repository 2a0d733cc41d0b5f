import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@kindred/testing';

const ROOT = resolve(__dirname, '../..');

/** Runs a built app as an operator would, and collects what it says. */
function run(
  app: 'api' | 'worker' | 'migrator',
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stderr: string }> {
  const main = resolve(ROOT, `dist/apps/${app}/src/main.js`);
  if (!existsSync(main)) throw new Error(`${main} is missing: run "npm run build:server" first (npm test does).`);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [main], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, LOG_LEVEL: 'silent', PORT: '0', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`${app} did not stop within 30 s; it said: ${stderr}`));
    }, 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
  });
}

const lines = (text: string) => text.trim().split('\n').filter(Boolean);

describe('starting the processes', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  const goodEnv = () => ({ DATABASE_URL: database.url, JWT_SECRET: 'a-test-secret-that-is-long-enough-000' });

  it.each(['api', 'worker', 'migrator'] as const)('%s stops with one line naming a bad setting', async (app) => {
    const { code, stderr } = await run(app, { ...goodEnv(), JWT_SECRET: 'too-short' });
    expect(code).toBe(1);
    expect(lines(stderr)).toEqual([
      'Invalid configuration: auth.jwtSecret (JWT_SECRET): must be at least 32 characters',
    ]);
  });

  it('names every bad setting, one line each', async () => {
    const { code, stderr } = await run('api', {
      DATABASE_URL: 'mysql://nope',
      JWT_SECRET: 'x'.repeat(40),
      PORT: 'eighty',
    });
    expect(code).toBe(1);
    expect(lines(stderr).sort()).toEqual([
      'Invalid configuration: databaseUrl (DATABASE_URL): must be a postgres:// URL',
      'Invalid configuration: http.port (PORT): must be a whole number',
    ]);
  });

  it.each(['api', 'worker'] as const)('%s refuses a database whose migrations are behind', async (app) => {
    const { code, stderr } = await run(app, goodEnv());
    expect(code).toBe(1);
    expect(lines(stderr)).toEqual([
      expect.stringMatching(
        /^Database schema is behind: \d+ pending migration\(s\) \(Migration\d+_foundation(, Migration\d+_\w+)*\)\. Run the migrator first: npm run migrate$/,
      ),
    ]);
  });
});
