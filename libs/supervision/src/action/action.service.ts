import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { NotFoundError } from '@kindred/common';
import { PersonReach } from '@kindred/org';
import { SupervisionAccess } from '../access/supervision-access';
import { auditContent } from '../audit/content-audit';
import { ACTION, type OpenedAction, SessionService } from '../session/session.service';
import { ActionStatus, SupervisionAction } from './supervision-action.entity';

/** The actions a person owns, and closing or reopening them. */
@Injectable()
export class ActionService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: SupervisionAccess,
    private readonly reach: PersonReach,
    private readonly sessions: SessionService,
  ) {}

  /** Open ones first, soonest due first; each description read is audited. */
  async mine(actor: Actor): Promise<OpenedAction[]> {
    const me = await this.reach.actorPerson(actor);
    if (!me) return [];
    const actions = await this.em.find(SupervisionAction, { owner: me }, { populate: ['owner', 'session'] });
    actions.sort(
      (a, b) =>
        Number(a.status !== ActionStatus.OPEN) - Number(b.status !== ActionStatus.OPEN) ||
        a.dueDate.localeCompare(b.dueDate) ||
        a.id.localeCompare(b.id),
    );
    await auditContent(
      this.em,
      actor,
      actions.map((a) => ({
        partnership: a.partnership,
        recordType: ACTION,
        recordId: a.id,
        subjectPersonIds: [me.id],
      })),
    );
    return actions.map((a) => this.sessions.openAction(a));
  }

  /** The owner, or the supervisor of the session it was agreed in, closes or reopens it. */
  async setStatus(actor: Actor, id: string, status: ActionStatus, now = new Date()): Promise<OpenedAction> {
    const me = await this.access.me(actor);
    const action = await this.em.findOne(SupervisionAction, { id }, { populate: ['owner', 'session'] });
    if (!action || (action.owner.id !== me.id && action.session.getEntity().facilitator.id !== me.id))
      throw new NotFoundError('Supervision action', id);
    action.setStatus(status, now);
    await this.em.flush();
    await auditContent(this.em, actor, [
      { partnership: action.partnership, recordType: ACTION, recordId: action.id, subjectPersonIds: [action.owner.id] },
    ]);
    return this.sessions.openAction(action, now);
  }
}
