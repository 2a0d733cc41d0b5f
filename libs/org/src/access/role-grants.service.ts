import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, User } from '@kindred/auth';
import { BadInputError, ForbiddenError, NotFoundError } from '@kindred/common';
import { recordAudit } from '../audit/audit-trail';
import { Person } from '../people/person.entity';
import { OrganisationAccess } from './organisation-access';
import { assertGrantable, reachesPerson } from './role-grants.rules';
import type { RoleGrantInput } from './role-grants.types';

/**
 * Grants and revokes roles, audited against the user's person record. Both are idempotent: granting
 * a role already held, or revoking one not held, changes nothing and records nothing. A change
 * reaches the grantee's access token at their next refresh, which reads grants afresh.
 */
@Injectable()
export class RoleGrantService {
  constructor(private readonly em: EntityManager) {}

  async grant(actor: Actor, input: RoleGrantInput): Promise<User> {
    const organisationId = input.organisationId ?? null;
    const { user, person } = await this.grantee(actor, input.userId);
    await assertGrantable(this.em, actor, 'role.grant', [input.role], organisationId);
    if (this.held(user, input.role, organisationId)) return user;
    const grant = user.grant(input.role, organisationId);
    recordAudit(this.em, person.partnership, {
      personId: person.id,
      actorUserId: actor.userId,
      action: 'ROLE_GRANTED',
      entityType: 'RoleGrant',
      entityId: grant.id,
      changes: { role: [null, input.role], organisationId: [null, organisationId] },
    });
    await this.em.flush();
    return user;
  }

  async revoke(actor: Actor, input: RoleGrantInput): Promise<User> {
    const organisationId = input.organisationId ?? null;
    const { user, person } = await this.grantee(actor, input.userId);
    await assertGrantable(this.em, actor, 'role.grant', [input.role], organisationId);
    const grant = this.held(user, input.role, organisationId);
    if (!grant) return user;
    user.roleGrants.remove(grant);
    recordAudit(this.em, person.partnership, {
      personId: person.id,
      actorUserId: actor.userId,
      action: 'ROLE_REVOKED',
      entityType: 'RoleGrant',
      entityId: grant.id,
      changes: { role: [input.role, null], organisationId: [organisationId, null] },
    });
    await this.em.flush();
    return user;
  }

  private held(user: User, role: RoleGrantInput['role'], organisationId: string | null) {
    return user.roleGrants.getItems().find((g) => g.role === role && g.organisationId === organisationId);
  }

  private async grantee(actor: Actor, userId: string): Promise<{ user: User; person: Person }> {
    // Nobody locks themselves out, or raises themselves up, alone.
    if (userId === actor.userId) throw new ForbiddenError('Ask another administrator to change your own roles.');
    const user = await this.em.findOne(User, { id: userId }, { populate: ['roleGrants'] });
    const person = user ? await this.em.findOne(Person, { user }) : null;
    const reached = person
      ? await reachesPerson(this.em, actor, 'role.grant', person)
      : OrganisationAccess.of(actor, 'role.grant').partnershipWide;
    if (!user || !reached) throw new NotFoundError('User', userId);
    if (!person) {
      throw new BadInputError(
        `${user.displayName} has no person record to keep the change on. Add them as a person first.`,
      );
    }
    return { user, person };
  }
}
