/** A Postgres array literal for `?::uuid[]` or `?::text[]` parameters (values are ids or enum names). */
export const pgArray = (values: readonly string[]): string => `{${values.join(',')}}`;

export const percentOf = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
