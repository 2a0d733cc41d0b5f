import type { EntityManager } from '@mikro-orm/postgresql';
import { type Action, type Actor, GRANTABLE, type Role, scopeFor } from '@kindred/auth';
import { ForbiddenError, NotFoundError } from '@kindred/common';
import { Organisation } from '../organisation/organisation.entity';
import { JobAssignment } from '../people/job-assignment.entity';
import type { Person } from '../people/person.entity';
import { OrganisationAccess } from './organisation-access';

export type GrantAction = Extract<Action, 'role.grant' | 'invitation.send'>;

/** "Partner admin at Northshire Community Health NHS Trust", for emails and messages. */
export function describeGrant(role: Role, organisation: Organisation | null): string {
  const name = role.charAt(0) + role.slice(1).toLowerCase().replace(/_/g, ' ');
  return organisation ? `${name} at ${organisation.name}` : name;
}

/**
 * Whether the person is the actor's to invite or give roles to: everyone in the partnership (the
 * tenancy filter has already kept others out) for partnership-wide grants, and for a partner
 * admin, people with a job in their organisation.
 */
export async function reachesPerson(
  em: EntityManager,
  actor: Actor,
  action: GrantAction,
  person: Person,
): Promise<boolean> {
  const access = OrganisationAccess.of(actor, action);
  if (access.partnershipWide) return true;
  const assignments = await em.find(JobAssignment, { person });
  return assignments.some((a) => access.reaches(a.organisation.id));
}

/**
 * Refuses roles the actor may not give. A role is given by one of the actor's grants that allows
 * the action and lists it in GRANTABLE; a grant limited to an organisation (a partner admin's)
 * gives roles only within that organisation. Resolves to the organisation the roles are limited to.
 */
export async function assertGrantable(
  em: EntityManager,
  actor: Actor,
  action: GrantAction,
  roles: readonly Role[],
  organisationId: string | null,
): Promise<Organisation | null> {
  const organisation = organisationId ? await em.findOne(Organisation, { id: organisationId }) : null;
  if (organisationId && !organisation) throw new NotFoundError('Organisation', organisationId);
  for (const role of roles) {
    const givers = actor.grants.filter((g) => scopeFor(action, [g]) && GRANTABLE[g.role]?.includes(role));
    if (givers.length === 0) throw new ForbiddenError(`You cannot grant the role ${role}.`);
    if (!givers.some((g) => g.organisationId === null || g.organisationId === organisationId)) {
      throw new ForbiddenError(
        organisation
          ? `You can grant roles only within your own organisation, not ${organisation.name}.`
          : 'You can grant roles only within your own organisation: choose it.',
      );
    }
  }
  return organisation;
}
