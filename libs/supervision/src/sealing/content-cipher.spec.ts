import { randomBytes } from 'node:crypto';
import type { AppConfig } from '@kindred/config';
import { ContentCipher } from './content-cipher';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const cipherWith = (currentKeyId: string, keys: { id: string; key: Buffer }[]) =>
  new ContentCipher({ encryption: { currentKeyId, keys } } as unknown as AppConfig);

describe('sealing supervision content', () => {
  const context = 'SupervisionSession:1b7c:content';

  it('seals under the current key with a fresh iv, and opens it again', () => {
    const cipher = cipherWith('k1', [{ id: 'k1', key: k1 }]);
    const first = cipher.seal('Discussed a home visit', context);
    const second = cipher.seal('Discussed a home visit', context);
    expect(first).toMatch(/^k1\./);
    expect(first).not.toBe(second);
    expect(first).not.toContain('home visit');
    expect(cipher.open(first, context)).toBe('Discussed a home visit');
  });

  it('refuses sealed text that was changed, moved to another record or field, or sealed with an unknown key', () => {
    const cipher = cipherWith('k1', [{ id: 'k1', key: k1 }]);
    const sealed = cipher.seal('Confidential', context);
    const [id, iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64');
    flipped[0] ^= 1;
    expect(() => cipher.open([id, iv, tag, flipped.toString('base64')].join('.'), context)).toThrow();
    expect(() => cipher.open(sealed, 'SupervisionSession:other:content')).toThrow(
      'Sealed text for SupervisionSession:other:content does not open',
    );
    expect(() => cipherWith('k2', [{ id: 'k2', key: k2 }]).open(sealed, context)).toThrow(
      'Encryption key "k1" is not configured',
    );
    expect(() => cipher.open('k1.only-two', context)).toThrow('malformed');
  });

  it('reads text a migration left unsealed until re-sealing seals it; plain open refuses it', () => {
    const cipher = cipherWith('k1', [{ id: 'k1', key: k1 }]);
    const before = 'unsealed:Written before sealing. It has dots.';
    expect(cipher.openMigrated(before, context)).toBe('Written before sealing. It has dots.');
    expect(() => cipher.open(before, context)).toThrow();
    const sealed = cipher.reseal(before, context);
    expect(ContentCipher.keyIdOf(sealed)).toBe('k1');
    expect(sealed).not.toContain('Written');
    expect(cipher.openMigrated(sealed, context)).toBe('Written before sealing. It has dots.');
  });

  it('re-seals under a new current key and leaves what already is under it alone', () => {
    const before = cipherWith('k1', [{ id: 'k1', key: k1 }]).seal('Rotate me', context);
    const rotated = cipherWith('k2', [
      { id: 'k1', key: k1 },
      { id: 'k2', key: k2 },
    ]);
    const after = rotated.reseal(before, context);
    expect(ContentCipher.keyIdOf(after)).toBe('k2');
    expect(rotated.open(after, context)).toBe('Rotate me');
    expect(rotated.reseal(after, context)).toBe(after);
  });
});
