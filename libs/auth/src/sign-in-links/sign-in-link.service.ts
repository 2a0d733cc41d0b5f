import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError } from '@kindred/common';
import { NotificationSecrets, Outbox } from '@kindred/notify';
import { User } from '../entities/user.entity';
import { type SignedIn, SignInService } from '../sign-in/sign-in.service';
import { SignInLinks } from './sign-in-links';
import { SignInLinkThrottle } from './sign-in-link-throttle';
import { SignInToken, SignInTokenPurpose } from './sign-in-token.entity';

const LINK_TTL_MINUTES = 15;
export const SIGN_IN_LINK_NOTIFICATION = 'sign-in-link';

// Links are asked for and used before anyone's partnership is known.
const ACROSS_PARTNERSHIPS = { filters: false } as const;

/** One-time email links, for people without a password (many volunteers) and for invitations. */
@Injectable()
export class SignInLinkService implements OnModuleInit {
  constructor(
    private readonly em: EntityManager,
    private readonly links: SignInLinks,
    private readonly throttle: SignInLinkThrottle,
    private readonly signIn: SignInService,
    private readonly outbox: Outbox,
    private readonly secrets: NotificationSecrets,
  ) {}

  onModuleInit(): void {
    this.secrets.register(SIGN_IN_LINK_NOTIFICATION, this.links.revealLink);
  }

  /** Emails a link when the address has an active account; says nothing either way. */
  async request(email: string): Promise<void> {
    const normalised = User.normaliseEmail(email);
    await this.throttle.count(normalised);
    const user = await this.em.findOne(User, { email: normalised, active: true }, ACROSS_PARTNERSHIPS);
    if (!user) return;
    const token = this.links.issue(user, SignInTokenPurpose.SIGN_IN_LINK, LINK_TTL_MINUTES);
    this.em.persist(token);
    await this.outbox.enqueue(this.em, {
      partnership: user.partnership,
      recipientEmail: user.email,
      type: SIGN_IN_LINK_NOTIFICATION,
      data: { signInTokenId: token.id, displayName: user.displayName, expiresInMinutes: LINK_TTL_MINUTES },
      dedupeKey: `sign-in-link:${token.id}`,
    });
    await this.em.flush();
    await this.outbox.nudge();
  }

  /** Signs in with a link's token (a sign-in link or an invitation), which then stops working. */
  async signInWith(token: string): Promise<SignedIn> {
    const found = await this.em.findOne(SignInToken, { tokenHash: SignInToken.hash(token) }, ACROSS_PARTNERSHIPS);
    if (!found) {
      throw new UnauthenticatedError('This sign-in link is not valid. Ask for a new one on the sign-in page.');
    }
    const now = new Date();
    // One statement decides: of two uses at once, exactly one gets through.
    const claimed = await this.em.nativeUpdate(
      SignInToken,
      { id: found.id, usedAt: null, expiresAt: { $gt: now } },
      { usedAt: now },
      ACROSS_PARTNERSHIPS,
    );
    if (claimed === 0) {
      throw new UnauthenticatedError(
        found.expiresAt <= now
          ? 'This sign-in link has expired. Ask for a new one on the sign-in page.'
          : 'This sign-in link has already been used. Ask for a new one on the sign-in page.',
      );
    }
    const user = await this.em.findOne(
      User,
      { id: found.user.id, active: true },
      { ...ACROSS_PARTNERSHIPS, populate: ['roleGrants'] },
    );
    if (!user) throw new UnauthenticatedError('Your account is no longer active.');
    return this.signIn.startSession(user);
  }
}
