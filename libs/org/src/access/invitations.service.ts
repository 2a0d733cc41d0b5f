import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, SignInLinks, SignInToken, SignInTokenPurpose, User } from '@kindred/auth';
import { ConflictError, NotFoundError } from '@kindred/common';
import { NotificationSecrets, Outbox } from '@kindred/notify';
import { recordAudit } from '../audit/audit-trail';
import { Person } from '../people/person.entity';
import type { InvitePersonInput } from './invitations.types';
import { assertGrantable, describeGrant, reachesPerson } from './role-grants.rules';

const INVITATION_TTL_DAYS = 7;
export const INVITATION_NOTIFICATION = 'invitation';

const grantsOf = (user: User) =>
  user.roleGrants.getItems().map((g) => ({ role: g.role, organisationId: g.organisationId }));

/**
 * Invites a person to sign in: their account (made from their person record if they have none),
 * the roles, a one-time link emailed through the outbox and an audit entry, in one transaction.
 * Inviting again grants any new roles and sends a new link; earlier invitation links stop working.
 */
@Injectable()
export class InvitationService implements OnModuleInit {
  constructor(
    private readonly em: EntityManager,
    private readonly links: SignInLinks,
    private readonly outbox: Outbox,
    private readonly secrets: NotificationSecrets,
  ) {}

  onModuleInit(): void {
    this.secrets.register(INVITATION_NOTIFICATION, this.links.revealLink);
  }

  async invite(actor: Actor, input: InvitePersonInput): Promise<{ user: User; expiresAt: Date }> {
    // Explicit, because the queries between the changes would otherwise flush them early.
    const invited = await this.em.transactional((em) => this.inviteWithin(em, actor, input));
    await this.outbox.nudge();
    return invited;
  }

  private async inviteWithin(em: EntityManager, actor: Actor, input: InvitePersonInput) {
    const person = await em.findOne(Person, { id: input.personId });
    if (!person || !(await reachesPerson(em, actor, 'invitation.send', person))) {
      throw new NotFoundError('Person', input.personId);
    }
    const roles = [...new Set(input.roles)];
    const organisation = await assertGrantable(em, actor, 'invitation.send', roles, input.organisationId ?? null);
    const inviter = await em.findOneOrFail(User, { id: actor.userId });

    const user = await this.accountFor(em, person);
    const before = grantsOf(user);
    for (const role of roles) user.grant(role, organisation?.id ?? null);
    person.linkUser(user);
    em.remove(await em.find(SignInToken, { user, purpose: SignInTokenPurpose.INVITATION, usedAt: null }));
    const token = this.links.issue(user, SignInTokenPurpose.INVITATION, INVITATION_TTL_DAYS * 24 * 60);
    em.persist(token);
    await this.outbox.enqueue(em, {
      partnership: person.partnership,
      recipientEmail: user.email,
      type: INVITATION_NOTIFICATION,
      data: {
        signInTokenId: token.id,
        displayName: user.displayName,
        invitedBy: inviter.displayName,
        roles: roles.map((role) => describeGrant(role, organisation)),
        expiresInDays: INVITATION_TTL_DAYS,
      },
      dedupeKey: `invitation:${token.id}`,
    });
    recordAudit(em, person.partnership, {
      personId: person.id,
      actorUserId: actor.userId,
      action: 'INVITED',
      entityType: 'User',
      entityId: user.id,
      changes: { email: [null, user.email], roles: [before, grantsOf(user)] },
    });
    return { user, expiresAt: token.expiresAt };
  }

  /** The person's account: the one linked already, an unlinked one with their email, or a new one. */
  private async accountFor(em: EntityManager, person: Person): Promise<User> {
    if (person.user) return em.findOneOrFail(User, { id: person.user.id }, { populate: ['roleGrants'] });
    // Email is unique across Kindred, so look beyond this partnership.
    const existing = await em.findOne(User, { email: person.email }, { filters: false, populate: ['roleGrants'] });
    if (!existing) {
      const user = new User(person.partnership, person.email, person.fullName);
      em.persist(user);
      return user;
    }
    if (existing.partnership.id !== person.partnership.id || (await em.findOne(Person, { user: existing }))) {
      throw new ConflictError(
        `${person.email} already signs in to another Kindred account. Give ${person.fullName} another email address to invite them.`,
      );
    }
    return existing;
  }
}
