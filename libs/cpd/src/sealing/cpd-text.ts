import type { ContentCipher, Sealed } from '@kindred/supervision';
import { sealContext } from '@kindred/supervision';

/** The record type, row id and field a sealed value belongs to. */
export type SealedAt = readonly [recordType: string, id: string, field: string];

/*
 * CPD's reflective text is sealed with supervision's cipher and key ring (decision 0044). Each value
 * is bound to its record type, row id and field, so a value copied onto another row or field does
 * not open. Text from before CPD was sealed reads as it was until the re-seal job seals it.
 */

export function sealText(cipher: ContentCipher, at: SealedAt, text: string | null): Sealed | null {
  return cipher.sealOptional(text, sealContext(...at));
}

export function openText(cipher: ContentCipher, at: SealedAt, sealed: Sealed | null): string | null {
  return sealed === null ? null : cipher.openMigrated(sealed, sealContext(...at));
}

export function sealJson(cipher: ContentCipher, at: SealedAt, value: object): Sealed {
  return cipher.seal(JSON.stringify(value), sealContext(...at));
}

export function openJson<T>(cipher: ContentCipher, at: SealedAt, sealed: Sealed): T {
  return JSON.parse(cipher.openMigrated(sealed, sealContext(...at))) as T;
}
