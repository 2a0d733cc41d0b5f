import { Injectable, Logger } from '@nestjs/common';
import { defineJob, defineSchedule, JobHandler } from '@kindred/jobs';
import { SignInService } from './sign-in.service';

export const purgeExpiredRefreshTokens = defineJob<null>('auth.purge-expired-refresh-tokens');

/** Nightly, at a quiet hour: expired and long-revoked refresh tokens are of no use to anyone. */
export const refreshTokenPurgeSchedule = defineSchedule({
  name: 'auth.purge-expired-refresh-tokens',
  cron: '17 3 * * *',
  job: purgeExpiredRefreshTokens,
});

@Injectable()
export class RefreshTokenPurge {
  private readonly logger = new Logger(RefreshTokenPurge.name);

  constructor(private readonly signIn: SignInService) {}

  @JobHandler(purgeExpiredRefreshTokens)
  async run(): Promise<void> {
    const removed = await this.signIn.purgeExpiredRefreshTokens();
    this.logger.log(`Removed ${removed} expired or revoked refresh tokens`);
  }
}
