// Local Redis for `npm start`: reuse one on 127.0.0.1:6379, else run redis-server from PATH.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findOnPath, freePort, LineBuffer, redisPing, repoRoot, sleep, waitForExit } from './util.mjs';

export const REDIS_INSTALL_HINT =
  'Redis is needed: install it (Debian/Ubuntu: `sudo apt-get install redis-server`, macOS: `brew install redis`) ' +
  'or set REDIS_URL=redis://host:port to one you run.';

/**
 * Resolves { url, started: false } when a Redis answers on 127.0.0.1:6379, otherwise starts
 * redis-server (no persistence, data dir .data/redis) on a free port, detached from our process
 * group so a terminal Ctrl-C does not stop it before the api/worker have shut down:
 * { url, started: true, port, pid, process, stop() }. Throws an Error whose message is REDIS_INSTALL_HINT when there
 * is no redis-server on PATH.
 */
export async function ensureRedis({ log = () => {}, reuseDefault = true } = {}) {
  if (reuseDefault && (await redisPing('127.0.0.1', 6379)) === 'ok') {
    log('using the Redis already running on 127.0.0.1:6379');
    return { url: 'redis://127.0.0.1:6379', started: false, stop: async () => {} };
  }
  const binary = findOnPath('redis-server');
  if (!binary) {
    const error = new Error(REDIS_INSTALL_HINT);
    error.hint = true;
    throw error;
  }
  const dir = join(repoRoot, '.data', 'redis');
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const output = new LineBuffer(40);
  const server = spawn(
    binary,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'no',
      '--loglevel',
      'warning',
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout.on('data', (d) => output.push(d.toString('utf8')));
  server.stderr.on('data', (d) => output.push(d.toString('utf8')));
  let spawnError = null;
  server.once('error', (error) => {
    spawnError = error;
  });

  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null || spawnError) return;
    server.kill('SIGTERM');
    if (!(await waitForExit(server, 10_000))) {
      server.kill('SIGKILL');
      await waitForExit(server, 5_000);
    }
  };
  process.once('exit', () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
  });

  for (let i = 0; i < 100; i += 1) {
    if (spawnError) throw new Error(`could not run ${binary}: ${spawnError.message}`);
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`redis-server exited during start-up:\n${output}`);
    }
    if ((await redisPing('127.0.0.1', port, 500)) === 'ok') {
      log(`started redis-server on 127.0.0.1:${port}`);
      return { url: `redis://127.0.0.1:${port}`, started: true, port, pid: server.pid, process: server, stop };
    }
    await sleep(100);
  }
  await stop();
  throw new Error(`redis-server did not answer PING within 10 s:\n${output}`);
}
