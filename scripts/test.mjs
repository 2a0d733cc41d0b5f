#!/usr/bin/env node
// Kindred test runner: `npm test` (= node scripts/test.mjs). Runs, in order (lint and typecheck
// side by side), continuing after a failure:
//   lint          npx eslint . and npx prettier --check .
//   typecheck     npx tsc --noEmit -p tsconfig.json
//                 npx tsc --noEmit -p apps/console/tsconfig.json
//   build         npm run build:server (the boot tests run the built apps)
//                 npm run build:console (the browser tests drive the built console)
//   jest          npx jest --ci --json --outputFile=.ci/out/jest.json --maxWorkers=2 [extra args]
//                 (unit, integration incl. the committed-schema drift check, and browser tests)
// and prints one line per step (ok / failed / skipped, seconds). Exits 1 if any step failed.
//
// Before jest, PostgreSQL (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres)
// and Redis (REDIS_URL, default redis://127.0.0.1:6379) must answer; otherwise the jest step fails
// with a hint on how to start them (`node scripts/start.mjs --infra-only` does not help here: the
// tests expect the machine's PostgreSQL, see @kindred/testing).
//
// Arguments are passed on to jest (e.g. `npm test -- tests/integration/auth`), except:
//   --only=<steps>   run only these steps, comma-separated (lint,typecheck,build,jest)
//   --skip=<steps>   skip these steps
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { c, loadPg, redisPing, repoRoot, runCaptured, runInherited, seconds } from './lib/util.mjs';

const STEP_KEYS = ['lint', 'typecheck', 'build', 'jest'];
const JEST_OUTPUT = join('.ci', 'out', 'jest.json');

const argv = process.argv.slice(2);
const listOption = (name) => {
  const values = argv.filter((a) => a.startsWith(`--${name}=`)).flatMap((a) => a.slice(name.length + 3).split(','));
  const bad = values.filter((v) => !STEP_KEYS.includes(v));
  if (bad.length) {
    console.error(`--${name}: unknown step ${bad.join(', ')} (steps: ${STEP_KEYS.join(', ')})`);
    process.exit(2);
  }
  return values;
};
const only = listOption('only');
const skip = listOption('skip');
const jestArgs = argv.filter((a) => !a.startsWith('--only=') && !a.startsWith('--skip='));
const wanted = (key) => (only.length === 0 || only.includes(key)) && !skip.includes(key);

const results = []; // { name, status: 'ok' | 'failed' | 'skipped', time, note }

function header(name, command) {
  console.log(`\n${c.bold(c.blue(`▶ ${name}`))}${command ? c.grey(`  ${command}`) : ''}`);
}

function record(name, status, startedAt, note = '') {
  const time = startedAt ? seconds(startedAt) : '';
  results.push({ name, status, time, note });
  const colour = status === 'ok' ? c.green : status === 'failed' ? c.red : c.yellow;
  console.log(
    `${colour(`${status === 'ok' ? '✔' : status === 'failed' ? '✘' : '–'} ${name}: ${status}`)}${time ? ` (${time})` : ''}${note ? ` ${note}` : ''}`,
  );
}

/**
 * Runs one step and records how it went. A `sideBySide` step holds its output back and prints it
 * whole when it ends, so two steps running at once do not interleave.
 */
async function step(key, name, command, args, { sideBySide = false } = {}) {
  if (!wanted(key)) return;
  if (!sideBySide) header(name, [command, ...args].join(' '));
  const startedAt = Date.now();
  const { code, signal, output } = await (sideBySide ? runCaptured : runInherited)(command, args);
  if (sideBySide) {
    header(name, [command, ...args].join(' '));
    process.stdout.write(output);
  }
  record(name, code === 0 ? 'ok' : 'failed', startedAt, code === 0 ? '' : `(${signal ?? `exit code ${code}`})`);
}

async function postgresAnswers() {
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const shown = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  try {
    const { Client } = loadPg();
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
    } finally {
      await client.end().catch(() => {});
    }
    return null;
  } catch (error) {
    const why = error?.code ?? error?.message ?? String(error);
    return (
      `PostgreSQL does not answer at ${shown} (${why}). Start it, e.g.\n` +
      '    sudo pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start   (Debian/Ubuntu)\n' +
      '    brew services start postgresql                                               (macOS)\n' +
      '    docker run -d -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:17\n' +
      '  or set TEST_DATABASE_URL to a PostgreSQL whose user may create databases.'
    );
  }
}

async function redisAnswers() {
  let host = '127.0.0.1';
  let port = 6379;
  if (process.env.REDIS_URL) {
    try {
      const url = new URL(process.env.REDIS_URL);
      host = url.hostname.replace(/^\[|\]$/g, '') || host;
      port = Number(url.port || 6379);
    } catch {
      return `REDIS_URL=${process.env.REDIS_URL} is not a URL`;
    }
  }
  const answer = await redisPing(host, port, 3_000);
  if (answer === 'ok' || answer === 'auth') return null;
  return (
    `Redis does not answer PING at ${host}:${port}. Start it, e.g.\n` +
    '    redis-server --daemonize yes --save "" --appendonly no   (install: apt-get install redis-server / brew install redis)\n' +
    '    docker run -d -p 6379:6379 redis:7\n' +
    '  or set REDIS_URL.'
  );
}

async function jest() {
  if (!wanted('jest')) return;
  // Jest's default on two cores is one worker; most test time is spent waiting on PostgreSQL,
  // Redis, Chromium and the API under test, so two files at a time keep both cores busy.
  const workers = jestArgs.some((a) => /^(--maxWorkers|-w|--runInBand|-i$)/.test(a)) ? [] : ['--maxWorkers=2'];
  const args = ['jest', '--ci', '--json', `--outputFile=${JEST_OUTPUT}`, ...workers, ...jestArgs];
  header('jest', `npx ${args.join(' ')}`);
  const startedAt = Date.now();
  mkdirSync(join(repoRoot, '.ci', 'out'), { recursive: true });
  rmSync(join(repoRoot, JEST_OUTPUT), { force: true }); // never leave an old result to be read
  const problems = (await Promise.all([postgresAnswers(), redisAnswers()])).filter(Boolean);
  if (problems.length) {
    for (const problem of problems) console.error(c.red(problem));
    record('jest', 'failed', startedAt, '(PostgreSQL/Redis not reachable; tests not run)');
    return;
  }
  const { code, signal } = await runInherited('npx', args);
  record('jest', code === 0 ? 'ok' : 'failed', startedAt, code === 0 ? '' : `(${signal ?? `exit code ${code}`})`);
}

async function main() {
  process.chdir(repoRoot);
  const startedAt = Date.now();

  // The checks only read the sources, and each is single-threaded: two at a time on two cores.
  await Promise.all([
    (async () => {
      await step('lint', 'lint', 'npx', ['eslint', '.'], { sideBySide: true });
      await step('lint', 'format', 'npx', ['prettier', '--check', '.'], { sideBySide: true });
    })(),
    (async () => {
      const typecheck = (name, project) =>
        step('typecheck', name, 'npx', ['tsc', '--noEmit', '-p', project], { sideBySide: true });
      await typecheck('typecheck (server)', 'tsconfig.json');
      await typecheck('typecheck (console)', 'apps/console/tsconfig.json');
    })(),
  ]);
  await step('build', 'build (server)', 'npm', ['run', '--silent', 'build:server']);
  await step('build', 'build (console)', 'npm', ['run', '--silent', 'build:console']);
  await jest();

  const width = Math.max(...results.map((r) => r.name.length));
  console.log(`\n${c.bold('summary')}`);
  for (const r of results) {
    const colour = r.status === 'ok' ? c.green : r.status === 'failed' ? c.red : c.yellow;
    console.log(
      `  ${colour(r.status.padEnd(7))} ${r.name.padEnd(width)}  ${r.time.padStart(7)}${r.note ? `  ${r.note}` : ''}`,
    );
  }
  const failed = results.filter((r) => r.status === 'failed');
  console.log(
    failed.length
      ? c.red(`${failed.length} step(s) failed: ${failed.map((r) => r.name).join(', ')} (${seconds(startedAt)})`)
      : c.green(`all steps passed (${seconds(startedAt)})`),
  );
  process.exit(failed.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
