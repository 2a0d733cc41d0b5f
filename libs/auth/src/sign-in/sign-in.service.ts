import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ref } from '@mikro-orm/core';
import { AppConfig } from '@kindred/config';
import { NotFoundError, UnauthenticatedError } from '@kindred/common';
import { RefreshToken } from '../entities/refresh-token.entity';
import { User } from '../entities/user.entity';
import { AccessTokens } from './access-tokens';
import { Passwords } from './passwords';
import { SignInThrottle } from './sign-in-throttle';

export interface SignedIn {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: User;
}

// Sign-in looks people up before anyone's partnership is known, so the tenancy filter is off
// for exactly these queries.
const ACROSS_PARTNERSHIPS = { filters: false } as const;

@Injectable()
export class SignInService {
  constructor(
    private readonly em: EntityManager,
    private readonly passwords: Passwords,
    private readonly throttle: SignInThrottle,
    private readonly accessTokens: AccessTokens,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string): Promise<SignedIn> {
    const normalised = User.normaliseEmail(email);
    await this.throttle.assertAllowed(normalised);
    const user = await this.em.findOne(
      User,
      { email: normalised, active: true },
      { ...ACROSS_PARTNERSHIPS, populate: ['passwordHash', 'roleGrants'] },
    );
    if (!(await this.passwords.verify(user?.passwordHash ?? null, password)) || !user) {
      await this.throttle.recordFailure(normalised);
      throw new UnauthenticatedError('That email and password do not match an account.');
    }
    await this.throttle.reset(normalised);
    user.lastSignedInAt = new Date();
    return this.issue(user);
  }

  async refresh(token: string): Promise<SignedIn> {
    const current = await this.em.findOne(RefreshToken, { tokenHash: RefreshToken.hash(token) }, ACROSS_PARTNERSHIPS);
    if (!current || current.expiresAt < new Date()) {
      throw new UnauthenticatedError('Your session has ended. Please sign in again.');
    }
    // One statement decides which of two concurrent refreshes wins; the loser is treated as reuse.
    const rotated = await this.em.nativeUpdate(
      RefreshToken,
      { id: current.id, revokedAt: null },
      { revokedAt: new Date() },
      ACROSS_PARTNERSHIPS,
    );
    if (rotated === 0) {
      await this.revokeFamily(current.family);
      throw new UnauthenticatedError('This session was used elsewhere and has been ended. Please sign in again.');
    }
    const user = await this.em.findOne(
      User,
      { id: current.user.id, active: true },
      { ...ACROSS_PARTNERSHIPS, populate: ['roleGrants'] },
    );
    if (!user) throw new UnauthenticatedError('Your account is no longer active.');
    return this.issue(user, current.family);
  }

  async logout(token: string): Promise<void> {
    const current = await this.em.findOne(RefreshToken, { tokenHash: RefreshToken.hash(token) }, ACROSS_PARTNERSHIPS);
    if (current) await this.revokeFamily(current.family);
  }

  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.em.findOne(User, { id: userId }, { populate: ['passwordHash'] });
    if (!user) throw new NotFoundError('User', userId);
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      throw new UnauthenticatedError('Your current password is not right.');
    }
    this.passwords.assertAcceptable(newPassword, user.email);
    user.passwordHash = await this.passwords.hash(newPassword);
    // A new password ends every other sign-in.
    await this.em.nativeUpdate(
      RefreshToken,
      { user: user.id, revokedAt: null },
      { revokedAt: new Date() },
      ACROSS_PARTNERSHIPS,
    );
    await this.em.flush();
  }

  /** Starts a session for a user who proved who they are another way (an emailed link). */
  startSession(user: User): Promise<SignedIn> {
    user.lastSignedInAt = new Date();
    return this.issue(user);
  }

  /** Removes refresh tokens that can no longer be used; run daily by the worker. */
  async purgeExpiredRefreshTokens(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - 86_400_000);
    return this.em.nativeDelete(
      RefreshToken,
      { $or: [{ expiresAt: { $lt: now } }, { revokedAt: { $lt: cutoff } }] },
      ACROSS_PARTNERSHIPS,
    );
  }

  private async revokeFamily(family: string): Promise<void> {
    await this.em.nativeUpdate(
      RefreshToken,
      { family, revokedAt: null },
      { revokedAt: new Date() },
      ACROSS_PARTNERSHIPS,
    );
  }

  private async issue(user: User, family?: string): Promise<SignedIn> {
    const refresh = RefreshToken.issue(ref(user), this.config.auth.refreshTokenTtlDays, family);
    this.em.persist(refresh.entity);
    await this.em.flush();
    const access = await this.accessTokens.issue({
      userId: user.id,
      partnershipId: user.partnership.id,
      grants: user.roleGrants.getItems().map((g) => ({ role: g.role, organisationId: g.organisationId })),
    });
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: refresh.token, user };
  }
}
