import type { ContentCipher, Sealed } from './content-cipher';

/** The record and field sealed text belongs to, authenticated with it (GCM additional data). */
export const sealContext = (recordType: string, id: string, field: string) => `${recordType}:${id}:${field}`;

export function sealJson(cipher: ContentCipher, value: object, context: string): Sealed {
  return cipher.seal(JSON.stringify(value), context);
}

export function openJson<T>(cipher: ContentCipher, sealed: Sealed | null, context: string): T | null {
  return sealed === null ? null : (JSON.parse(cipher.open(sealed, context)) as T);
}
