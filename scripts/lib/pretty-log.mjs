// Turns pino JSON log lines into compact, readable lines:  HH:MM:SS LEVEL [Context] message  k=v …
// Lines that are not pino JSON are returned unchanged.
import { c } from './util.mjs';

const LEVELS = {
  10: ['TRACE', c.grey],
  20: ['DEBUG', c.grey],
  30: ['INFO ', c.green],
  40: ['WARN ', c.yellow],
  50: ['ERROR', c.red],
  60: ['FATAL', c.red],
};
const LEVEL_NAMES = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };
const SKIP = new Set([
  'level',
  'time',
  'pid',
  'hostname',
  'msg',
  'message',
  'context',
  'err',
  'error',
  'req',
  'res',
  'responseTime',
  'reqId',
  'v',
]);

const clock = (time) => {
  const date = typeof time === 'number' || typeof time === 'string' ? new Date(time) : new Date();
  const d = Number.isNaN(date.getTime()) ? new Date() : date;
  return d.toTimeString().slice(0, 8);
};

const short = (value, max = 160) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text && text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

function errorText(err) {
  if (!err || typeof err !== 'object') return err ? String(err) : '';
  const stack = typeof err.stack === 'string' ? err.stack : `${err.type ?? 'Error'}: ${err.message ?? ''}`;
  return stack
    .split('\n')
    .map((line) => `    ${line.trim()}`)
    .join('\n');
}

/** @returns {string} the line to print (may hold several lines for errors) */
export function prettyLogLine(line) {
  const trimmed = line.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return line;
  let entry;
  try {
    entry = JSON.parse(trimmed);
  } catch {
    return line;
  }
  if (!entry || typeof entry !== 'object' || !('level' in entry)) return line;
  const levelNumber =
    typeof entry.level === 'number' ? entry.level : (LEVEL_NAMES[String(entry.level).toLowerCase()] ?? 30);
  const [name, colour] = LEVELS[Math.min(60, Math.max(10, Math.round(levelNumber / 10) * 10))] ?? LEVELS[30];

  const parts = [c.grey(clock(entry.time)), colour(name)];
  if (entry.context) parts.push(c.cyan(`[${entry.context}]`));
  let msg = entry.msg ?? entry.message ?? '';
  if (entry.req && typeof entry.req === 'object') {
    const status = entry.res && typeof entry.res === 'object' ? entry.res.statusCode : undefined;
    const took = typeof entry.responseTime === 'number' ? ` ${Math.round(entry.responseTime)}ms` : '';
    msg = `${entry.req.method ?? ''} ${entry.req.url ?? ''}${status ? ` ${status}` : ''}${took}${msg && !/^request (completed|errored)$/.test(msg) ? ` ${msg}` : ''}`;
  }
  parts.push(typeof msg === 'string' ? msg : short(msg));

  const extras = Object.entries(entry)
    .filter(([key, value]) => !SKIP.has(key) && value !== undefined)
    .map(([key, value]) => `${key}=${short(value, 120)}`);
  if (extras.length) parts.push(c.grey(extras.join(' ')));

  let text = parts.join(' ');
  const err = entry.err ?? (typeof entry.error === 'object' ? entry.error : undefined);
  if (err) text += `\n${c.red(errorText(err))}`;
  else if (typeof entry.error === 'string') text += ` ${c.red(entry.error)}`;
  return text;
}
