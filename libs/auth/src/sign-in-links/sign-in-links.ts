import { createHmac, hkdfSync } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ref } from '@mikro-orm/core';
import { AppConfig } from '@kindred/config';
import type { User } from '../entities/user.entity';
import { SignInToken, type SignInTokenPurpose } from './sign-in-token.entity';

/**
 * Email sign-in tokens and the links that carry them. A token is an HMAC of its row's id under a
 * key derived from `auth.jwtSecret`, so the worker can put the link into the email while the
 * database holds only the id and the token's hash. Changing JWT_SECRET voids unused links.
 */
@Injectable()
export class SignInLinks {
  private readonly key: Buffer;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {
    this.key = Buffer.from(hkdfSync('sha256', config.auth.jwtSecret, 'kindred', 'sign-in links', 32));
  }

  issue(user: User, purpose: SignInTokenPurpose, ttlMinutes: number): SignInToken {
    return new SignInToken(ref(user), purpose, ttlMinutes, (id) => this.tokenOf(id));
  }

  /**
   * The console's sign-in page with the token in the fragment: browsers send a fragment to no
   * server and in no Referer, so the token stays out of access logs.
   */
  url(tokenId: string): string {
    return `${this.config.http.publicUrl}/login#token=${this.tokenOf(tokenId)}`;
  }

  /** For NotificationSecrets: the `link` for the `signInTokenId` a message's data names. */
  readonly revealLink = (data: Record<string, unknown>): { link: string } => ({
    link: this.url(String(data.signInTokenId)),
  });

  private tokenOf(id: string): string {
    return createHmac('sha256', this.key).update(id).digest('base64url');
  }
}
