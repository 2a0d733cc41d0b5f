import { Inject, Injectable } from '@nestjs/common';
import { RedisConnection, TooManyRequestsError } from '@kindred/common';

const LINKS_PER_WINDOW = 5;
const WINDOW_SECONDS = 15 * 60;

/**
 * Caps the sign-in links asked for one email, so nobody can flood an inbox. Counted for every
 * email, with or without an account, so the cap reveals nothing about who has one.
 */
@Injectable()
export class SignInLinkThrottle {
  constructor(@Inject(RedisConnection) private readonly redis: RedisConnection) {}

  async count(email: string): Promise<void> {
    const key = `sign-in-link-requests:${email}`;
    const [[, requests], , [, ttl]] = (await this.redis.client
      .multi()
      .incr(key)
      .expire(key, WINDOW_SECONDS, 'NX')
      .ttl(key)
      .exec()) as [unknown, number][];
    if (requests > LINKS_PER_WINDOW) {
      const minutes = Math.max(1, Math.ceil(ttl / 60));
      throw new TooManyRequestsError(
        `Too many sign-in links were asked for this email. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        ttl,
      );
    }
  }
}
