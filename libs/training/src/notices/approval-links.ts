import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@kindred/config';
import { BadInputError } from '@kindred/common';

/**
 * The token in an approver's approve and decline links: the booking's id and the link's expiry,
 * signed with a key derived from the JWT secret, so the database holds nothing that decides a
 * request. A link works once because a decided request cannot be decided again.
 */
@Injectable()
export class ApprovalLinks {
  private readonly key: Buffer;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.key = Buffer.from(hkdfSync('sha256', config.auth.jwtSecret, 'kindred', 'booking decision links', 32));
  }

  issue(bookingId: string, expiresAt: Date): string {
    const body = `${bookingId}.${Math.floor(expiresAt.getTime() / 1000)}`;
    return `${body}.${this.sign(body)}`;
  }

  /** The booking a genuine, unexpired token names. */
  read(token: string, now = new Date()): string {
    const [bookingId, expires, signature] = token.split('.');
    const expected = this.sign(`${bookingId}.${expires}`);
    if (
      !bookingId ||
      !signature ||
      signature.length !== expected.length ||
      !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
    ) {
      throw new BadInputError('This approval link is not valid. Open the request from Approvals in Kindred instead.');
    }
    if (Number(expires) * 1000 <= now.getTime()) {
      throw new BadInputError('This approval link has expired: registration for the session has closed.');
    }
    return bookingId;
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
