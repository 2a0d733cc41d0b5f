import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

  /** The repository's configuration with the demo partnership's `plugins:` replaced. */
  const withPlugins = (plugins: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'kindred-boot-'));
    cpSync(resolve(ROOT, 'config'), dir, { recursive: true });
    const file = join(dir, 'partnerships', 'northshire.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text.slice(0, text.indexOf('\nplugins:'))}\nplugins:\n${plugins}`);
    return dir;
  };

  it.each(['api', 'worker'] as const)(
    '%s stops with one line per plugin problem in a partnership file',
    async (app) => {
      const config = withPlugins(
        [
          '  - { id: icall-feed, provider: Northshire Safeguarding Children Partnership }',
          '  - id: xapi-lrs',
          '    provider: Mind First Training UK',
          '    options: { endpoint: not-a-url, username: northshire, password: hunter2 }',
          '  - id: ical-feed',
          '    provider: Northshire Safeguarding Children Partnership',
          "    schedules: { completions: '0 6 * * *' }",
          '    options: { feeds: [https://nscp.example/t.ics], rules: [{ match: L3, course: Level 3 }] }',
        ].join('\n'),
      );
      const { code, stderr } = await run(app, { ...goodEnv(), KINDRED_CONFIG_DIR: config });
      expect(code).toBe(1);
      expect(lines(stderr)).toEqual([
        'Invalid configuration: partnerships/northshire.yaml: plugins[0]: no plugin "icall-feed" is installed (installed: csv-drop, http-json, ical-feed, northshire-learning-hub, xapi-lrs)',
        'Invalid configuration: partnerships/northshire.yaml: plugins[1] (xapi-lrs): options.endpoint: must be the address of the LRS xAPI endpoint',
        'Invalid configuration: partnerships/northshire.yaml: plugins[1] (xapi-lrs): options.password: must name the environment variable holding the secret, like { env: LRS_PASSWORD }; secrets never go in the file',
        'Invalid configuration: partnerships/northshire.yaml: plugins[2] (ical-feed): schedules.completions: ical-feed pulls no "completions"',
      ]);
    },
  );
});
