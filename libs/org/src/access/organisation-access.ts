import { type Action, type Actor, organisationsFor } from '@kindred/auth';
import { ForbiddenError } from '@kindred/common';

/**
 * What part of the partnership an actor reaches for an action: everything, or the organisations
 * their grants name (partner admins). Services ask it before reading or writing.
 */
export class OrganisationAccess {
  private constructor(private readonly reach: 'ALL' | readonly string[]) {}

  static of(actor: Actor, action: Action): OrganisationAccess {
    return new OrganisationAccess(organisationsFor(action, actor.grants));
  }

  get partnershipWide(): boolean {
    return this.reach === 'ALL';
  }

  /** Null for everything, or the organisation ids to filter by. */
  get organisationIds(): readonly string[] | null {
    return this.reach === 'ALL' ? null : this.reach;
  }

  reaches(organisationId: string): boolean {
    return this.reach === 'ALL' || this.reach.includes(organisationId);
  }

  /** Refuses a write into an organisation outside the actor's reach, naming it. */
  assertReaches(organisationId: string, what = 'that organisation'): void {
    if (!this.reaches(organisationId)) {
      throw new ForbiddenError(`You can only change records of your own organisation, not ${what}.`);
    }
  }
}
