import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@kindred/config';
import { RedisConnection, TooManyRequestsError } from '@kindred/common';

/**
 * Locks an email out after too many failed sign-ins in a window. Counted in Redis so every api
 * replica sees the same count; keyed by email because guessing targets an account.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(RedisConnection) private readonly redis: RedisConnection,
  ) {}

  private key(email: string): string {
    return `sign-in-failures:${email}`;
  }

  async assertAllowed(email: string): Promise<void> {
    const failures = Number(await this.redis.client.get(this.key(email)));
    if (failures >= this.config.auth.loginMaxFailures) {
      const ttl = await this.redis.client.ttl(this.key(email));
      const minutes = Math.max(1, Math.ceil(ttl / 60));
      throw new TooManyRequestsError(
        `Too many failed sign-in attempts for this email. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        ttl,
      );
    }
  }

  async recordFailure(email: string): Promise<void> {
    const key = this.key(email);
    const window = this.config.auth.loginLockMinutes * 60;
    await this.redis.client.multi().incr(key).expire(key, window, 'NX').exec();
  }

  async reset(email: string): Promise<void> {
    await this.redis.client.del(this.key(email));
  }
}
