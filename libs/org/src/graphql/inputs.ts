import { Transform } from 'class-transformer';

/** Trims strings at the edge so "  " counts as empty and names are stored clean. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Escapes LIKE wildcards in a search term. */
export function likePattern(q: string): string {
  return `%${escapeLike(q)}%`;
}

/** The whole value, any case: for "a team with this name already exists". */
export function sameTextPattern(value: string): string {
  return escapeLike(value.trim());
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
