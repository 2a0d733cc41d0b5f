import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { AppConfig } from '@kindred/config';
import { BadInputError } from '@kindred/common';
import { COMMON_PASSWORDS } from './common-passwords';

/** Hashing with argon2id (OWASP's first choice) and the partnership-wide password rules. */
@Injectable()
export class Passwords {
  // Verified against when the email is unknown, so a wrong email takes as long as a wrong password.
  private readonly decoy = argon2.hash('kindred-decoy-password', { type: argon2.argon2id });

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  assertAcceptable(password: string, email?: string): void {
    const min = this.config.auth.passwordMinLength;
    if (password.length < min) throw new BadInputError(`Choose a password of at least ${min} characters.`);
    if (password.length > 256) throw new BadInputError('Choose a password of at most 256 characters.');
    const lower = password.toLowerCase();
    if (COMMON_PASSWORDS.has(lower) || (email && lower.includes(email.split('@')[0].toLowerCase()))) {
      throw new BadInputError('That password is too easy to guess. Try three or four unrelated words.');
    }
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      await argon2.verify(await this.decoy, password);
      return false;
    }
    return argon2.verify(hash, password);
  }
}
