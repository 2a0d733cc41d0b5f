import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@kindred/config';

/** Sealed text as stored: `<key id>.<iv>.<tag>.<ciphertext>`, the last three in base64. */
export type Sealed = string;

const IV_BYTES = 12;

/**
 * Marks text written before its column was sealed: the migration that made the column sealed keeps
 * such text behind this prefix (a key id cannot hold ":"), and the re-seal job seals it.
 */
const UNSEALED = 'unsealed:';

/**
 * Seals sensitive text with AES-256-GCM under the configured current key; opens it with whichever
 * configured key sealed it. The record and field it belongs to are authenticated alongside (GCM's
 * additional data), so sealed text copied into another row or field does not open.
 */
@Injectable()
export class ContentCipher {
  private readonly keys: Map<string, Buffer>;
  readonly currentKeyId: string;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.keys = new Map(config.encryption.keys.map((k) => [k.id, k.key]));
    this.currentKeyId = config.encryption.currentKeyId;
  }

  seal(text: string, context: string): Sealed {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key(this.currentKeyId), iv);
    cipher.setAAD(Buffer.from(context));
    const ciphertext = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
    return [this.currentKeyId, iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64')))
      .join('.');
  }

  open(sealed: Sealed, context: string): string {
    const [keyId, iv, tag, ciphertext] = sealed.split('.');
    if (ciphertext === undefined) throw new Error(`Sealed text for ${context} is malformed.`);
    const decipher = createDecipheriv('aes-256-gcm', this.key(keyId), Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      // GCM refuses rather than answering garbage: say which value, never what it might hold.
      throw new Error(
        `Sealed text for ${context} does not open: it was altered, or sealed for another record or field.`,
      );
    }
  }

  sealOptional(text: string | null | undefined, context: string): Sealed | null {
    return text ? this.seal(text, context) : null;
  }

  openOptional(sealed: Sealed | null, context: string): string | null {
    return sealed === null ? null : this.open(sealed, context);
  }

  /**
   * Opens sealed text or, until the re-seal job has reached it, gives back text written before its
   * column was sealed. Only for columns whose migration marked such text (decision 0044).
   */
  openMigrated(value: Sealed, context: string): string {
    return value.startsWith(UNSEALED) ? value.slice(UNSEALED.length) : this.open(value, context);
  }

  /** The key a sealed value was sealed with. */
  static keyIdOf(sealed: Sealed): string {
    return sealed.slice(0, sealed.indexOf('.'));
  }

  /** Sealed again under the current key (or for the first time, if unsealed), or unchanged when it already is. */
  reseal(sealed: Sealed, context: string): Sealed {
    if (sealed.startsWith(UNSEALED)) return this.seal(sealed.slice(UNSEALED.length), context);
    return ContentCipher.keyIdOf(sealed) === this.currentKeyId
      ? sealed
      : this.seal(this.open(sealed, context), context);
  }

  private key(id: string): Buffer {
    const key = this.keys.get(id);
    if (!key) throw new Error(`Encryption key "${id}" is not configured: add it back to encryption.keys.`);
    return key;
  }
}
