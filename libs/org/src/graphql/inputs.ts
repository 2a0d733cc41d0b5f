import { Transform } from 'class-transformer';

/** Trims strings at the edge so "  " counts as empty and names are stored clean. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Escapes LIKE wildcards in a search term. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
