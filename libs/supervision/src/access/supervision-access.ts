import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Action, type Actor } from '@kindred/auth';
import { ForbiddenError, NotFoundError } from '@kindred/common';
import { PartnershipSettingsService, type Person, PersonReach } from '@kindred/org';
import type { SupervisionAgreement } from '../agreement/supervision-agreement.entity';
import type { SupervisionSession } from '../session/supervision-session.entity';

/** Whose supervision a record is, and who ran it: what content access is decided on. */
export interface SupervisionParties {
  /** The supervisor of an agreement or a 1:1, the facilitator of a group. */
  supervisorId: string;
  /** The supervisee, or a group's attendees. */
  superviseeIds: string[];
}

export const partiesOfAgreement = (a: SupervisionAgreement): SupervisionParties => ({
  supervisorId: a.supervisor.id,
  superviseeIds: [a.supervisee.id],
});

export const partiesOfSession = (s: SupervisionSession): SupervisionParties => ({
  supervisorId: s.facilitator.id,
  superviseeIds: s.participantIds(),
});

/**
 * The one rule for supervision content: the supervisee, the supervisor and, unless the partnership
 * leaves them out, the supervisor's current line manager. Roles never open content, so a workforce
 * lead, a partner admin or another manager sees dates and counts but no text.
 */
@Injectable()
export class SupervisionAccess {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
    private readonly partnerships: PartnershipSettingsService,
  ) {}

  /** The signed-in person; supervision is always someone's own. */
  async me(actor: Actor): Promise<Person> {
    const person = await this.reach.actorPerson(actor);
    if (!person) throw new ForbiddenError('Your sign-in is not linked to a person record, so you have no supervision.');
    return person;
  }

  async mayReadContent(actor: Actor, parties: SupervisionParties): Promise<boolean> {
    const me = await this.reach.actorPerson(actor);
    if (!me) return false;
    if (me.id === parties.supervisorId || parties.superviseeIds.includes(me.id)) return true;
    if (!(await this.partnerships.configOf(actor.partnershipId)).supervision.lineManagerSeesContent) return false;
    return this.lineManages(me.id, parties.supervisorId);
  }

  async assertContent(actor: Actor, parties: SupervisionParties): Promise<void> {
    if (!(await this.mayReadContent(actor, parties)))
      throw new ForbiddenError(
        'Supervision content is for the supervisee, the supervisor and the supervisor’s line manager only.',
      );
  }

  /**
   * Dates and statuses: anyone who may read the content, and whoever reaches one of the supervisees
   * for the action (stewards, their managers). Others get "not found", so ids do not leak.
   */
  async assertRecordVisible(
    actor: Actor,
    parties: SupervisionParties,
    action: Action,
    what: string,
    id: string,
  ): Promise<void> {
    if (await this.mayReadContent(actor, parties)) return;
    for (const personId of parties.superviseeIds) {
      try {
        await this.reach.person(actor, action, personId);
        return;
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    throw new NotFoundError(what, id);
  }

  private async lineManages(managerId: string, personId: string): Promise<boolean> {
    const [row] = await this.em.getConnection().execute<{ ok: boolean }[]>(
      `select exists (select 1 from job_assignment ja where ja.person_id = ? and ja.line_manager_id = ?
         and ja.start_date <= current_date and (ja.end_date is null or ja.end_date >= current_date)) as ok`,
      [personId, managerId],
    );
    return Boolean(row?.ok);
  }
}
