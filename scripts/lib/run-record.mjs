// What `npm start` is running right now, kept in .data/launcher.json, so that the next start can
//  - refuse to run a second launcher on the same .data/postgres (it would stop the first one's
//    database, taking it for one left over from an earlier run), and
//  - stop the api / worker / redis-server a launcher left behind when it was killed without a
//    chance to stop them (kill -9, out of memory): they run in their own process groups and would
//    otherwise keep port 3000 busy.
// Processes are only ever stopped when their command line still matches what we started.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot, sleep } from './util.mjs';

const RECORD = join(repoRoot, '.data', 'launcher.json');

/** The command line of a running process, or null when there is none with that pid. */
export function commandOf(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== 'EPERM') return null; // ESRCH: gone
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    // no /proc (macOS)
  }
  try {
    return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

const matches = (command, match) => Boolean(command) && match.every((part) => command.includes(part));

function read() {
  try {
    const record = JSON.parse(readFileSync(RECORD, 'utf8'));
    return record && typeof record === 'object' ? record : null;
  } catch {
    return null;
  }
}

/** The pid of another launcher from this checkout that is still running, or null. */
export function otherLauncher() {
  const record = read();
  if (!record || record.pid === process.pid) return null;
  return matches(commandOf(record.pid), ['start.mjs']) ? record.pid : null;
}

async function stopPid(pid) {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let i = 0; i < 100; i += 1) {
    if (commandOf(pid) === null) return;
    await sleep(100);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // gone meanwhile
  }
}

/**
 * Stops what a launcher that is no longer running left behind (see otherLauncher for one that
 * is), then forgets it. `log(line)` is told about each process stopped.
 */
export async function stopLeftovers(log = () => {}) {
  const record = read();
  if (!record) return;
  for (const [name, entry] of Object.entries(record.processes ?? {})) {
    const pid = Number(entry?.pid);
    if (!Array.isArray(entry?.match) || !matches(commandOf(pid), entry.match)) continue;
    log(`stopping the ${name} left running by an earlier run (pid ${pid})`);
    await stopPid(pid);
  }
  rmSync(RECORD, { force: true });
}

/** Writes the record for this launcher and returns { add(name, pid, match), remove() }. */
export function claimRecord() {
  const record = { pid: process.pid, startedAt: new Date().toISOString(), processes: {} };
  const write = () => {
    try {
      mkdirSync(dirname(RECORD), { recursive: true });
      writeFileSync(RECORD, `${JSON.stringify(record, null, 2)}\n`);
    } catch {
      // only a convenience for the next start
    }
  };
  write();
  return {
    /** `match`: strings that must all occur in the process's command line for it to be stopped. */
    add(name, pid, match) {
      if (!pid) return;
      record.processes[name] = { pid, match };
      write();
    },
    remove() {
      const current = read();
      if (current && current.pid !== process.pid) return;
      if (existsSync(RECORD)) rmSync(RECORD, { force: true });
    },
  };
}
