/** The SDK's version: plugins declare the range they work with, checked at boot. */
export const SDK_VERSION = '1.0.0';

const parse = (version: string) => version.split('.').map((n) => Number(n));

/**
 * Whether `version` is in `range`: an exact version, or a caret range (`^1.0.0`: the same major
 * version, this one or later) — the only forms a plugin needs to say what it was written against.
 */
export function satisfies(version: string, range: string): boolean {
  const caret = range.startsWith('^');
  const wanted = parse(caret ? range.slice(1) : range);
  const have = parse(version);
  if (wanted.length !== 3 || wanted.some((n) => !Number.isInteger(n))) return false;
  if (!caret) return wanted.every((n, i) => n === have[i]);
  if (have[0] !== wanted[0]) return false;
  for (let i = 1; i < 3; i++) if (have[i] !== wanted[i]) return have[i] > wanted[i];
  return true;
}
