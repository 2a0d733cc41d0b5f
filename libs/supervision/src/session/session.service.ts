import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { raw } from '@mikro-orm/core';
import type { Actor } from '@kindred/auth';
import { BadInputError, ForbiddenError, type ListPage, NotFoundError, pageOptions } from '@kindred/common';
import { Person, PersonReach } from '@kindred/org';
import { Competency } from '@kindred/skills';
import { partiesOfSession, SupervisionAccess } from '../access/supervision-access';
import { ActionStatus, SupervisionAction } from '../action/supervision-action.entity';
import { isoToday } from '../agreement/agreement-standing';
import { SupervisionAgreement } from '../agreement/supervision-agreement.entity';
import { auditContent } from '../audit/content-audit';
import { ContentCipher } from '../sealing/content-cipher';
import { openJson, sealContext, sealJson } from '../sealing/sealed-json';
import { SessionAddendum } from './session-addendum.entity';
import {
  type AcknowledgeSessionInput,
  type AddendumInput,
  type RecordSessionInput,
  type RescheduleSessionInput,
  type ScheduleGroupSessionInput,
  type ScheduleSessionInput,
  type SessionListArgs,
  SessionPart,
} from './session.types';
import { SupervisionSession } from './supervision-session.entity';

export const SESSION = 'SupervisionSession';
export const ACTION = 'SupervisionAction';
export const ADDENDUM = 'SessionAddendum';

/** The written record of a session, sealed as one document. */
export interface SessionWriting {
  agenda: string | null;
  discussionNotes: string | null;
  reflections: string | null;
  gibbs: Record<string, string | null> | null;
  wellbeingNote: string | null;
}

export interface OpenedAction {
  id: string;
  owner: Person;
  description: string | null;
  dueDate: string;
  status: ActionStatus;
  timesCarriedForward: number;
  overdue: boolean;
  sessionId: string;
}

export interface SessionContent extends SessionWriting {
  superviseeComment: string | null;
  statusReason: string | null;
  actions: OpenedAction[];
  addenda: { id: string; author: Person; text: string | null; createdAt: Date }[];
}

const blank = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

/**
 * Scheduling, writing up, signing off and acknowledging supervision sessions, 1:1 and group. The
 * supervisor (or facilitator) writes; after sign-off the record is locked and only addenda are added.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: SupervisionAccess,
    private readonly reach: PersonReach,
    private readonly cipher: ContentCipher,
  ) {}

  async schedule(actor: Actor, input: ScheduleSessionInput): Promise<SupervisionSession> {
    const agreement = await this.supervisedAgreement(actor, input.agreementId);
    const session = SupervisionSession.oneToOne(agreement, input.startsAt, input.durationMinutes);
    await this.em.persistAndFlush(session);
    return session;
  }

  async scheduleGroup(actor: Actor, input: ScheduleGroupSessionInput): Promise<SupervisionSession> {
    const me = await this.access.me(actor);
    const ids = [...new Set(input.attendeeIds)];
    const attendees = await this.em.find(Person, { id: { $in: ids } });
    const missing = ids.filter((id) => !attendees.some((a) => a.id === id));
    if (missing.length) throw new NotFoundError('Person', missing[0]);
    const session = SupervisionSession.group(me, input, attendees);
    await this.em.persistAndFlush(session);
    return session;
  }

  /** Writes up a session held; its actions are replaced by those given. Refused once signed off. */
  async record(actor: Actor, input: RecordSessionInput, now = new Date()): Promise<SupervisionSession> {
    return this.em.transactional(async (tx) => {
      let session: SupervisionSession;
      if (input.sessionId) {
        session = await this.facilitated(actor, input.sessionId, tx);
      } else {
        if (!input.agreementId || !input.startsAt)
          throw new BadInputError('Give the scheduled session, or the agreement and when the session was held.');
        const agreement = await this.supervisedAgreement(actor, input.agreementId, tx);
        session = SupervisionSession.oneToOne(agreement, input.startsAt, input.durationMinutes);
        tx.persist(session);
      }
      const needIds = [...new Set(input.learningNeedIds ?? [])];
      const needs = needIds.length ? await tx.find(Competency, { id: { $in: needIds } }) : [];
      if (needs.length !== needIds.length)
        throw new NotFoundError(
          'Competency',
          needIds.find((id) => !needs.some((c) => c.id === id)),
        );
      const writing: SessionWriting = {
        agenda: blank(input.agenda),
        discussionNotes: blank(input.discussionNotes),
        reflections: blank(input.reflections),
        gibbs: input.gibbs
          ? Object.fromEntries(
              Object.entries(input.gibbs).map(([stage, text]) => [stage, blank(text as string | null)]),
            )
          : null,
        wellbeingNote: blank(input.wellbeingNote),
      };
      const empty = Object.values(writing).every((v) => v === null);
      session.record(
        {
          durationMinutes: input.durationMinutes,
          functions: input.functions,
          wellbeingRating: input.wellbeingRating ?? null,
          contentSealed: empty ? null : sealJson(this.cipher, writing, sealContext(SESSION, session.id, 'content')),
          learningNeeds: needs,
          nextDate: input.nextDate ?? null,
        },
        now,
      );

      const parties = new Set([session.facilitator.id, ...session.participantIds()]);
      const owners = await tx.find(Person, { id: { $in: [...new Set(input.actions.map((a) => a.ownerId))] } });
      for (const action of input.actions) {
        if (!parties.has(action.ownerId) || !owners.some((o) => o.id === action.ownerId))
          throw new BadInputError('An action is owned by the supervisor or someone supervised in the session.');
        if (!action.description.trim()) throw new BadInputError('An action needs a description.');
      }
      const earlier = await tx.find(SupervisionAction, { session });
      tx.remove(earlier);
      for (const given of input.actions) {
        const action = new SupervisionAction(
          session,
          owners.find((o) => o.id === given.ownerId)!,
          given.dueDate,
        );
        action.descriptionSealed = this.cipher.seal(
          given.description.trim(),
          sealContext(ACTION, action.id, 'description'),
        );
        tx.persist(action);
      }
      await tx.flush();
      return session;
    });
  }

  /** Locks the record and carries forward the agreement's actions still open from earlier sessions. */
  async signOff(actor: Actor, id: string, now = new Date()): Promise<SupervisionSession> {
    return this.em.transactional(async (tx) => {
      const session = await this.facilitated(actor, id, tx);
      session.signOff(now);
      if (session.agreement) {
        const open = await tx.find(SupervisionAction, {
          status: ActionStatus.OPEN,
          currentSession: {
            agreement: session.agreement.id,
            id: { $ne: session.id },
            startsAt: { $lt: session.startsAt },
          },
        });
        open.forEach((action) => action.carryForwardTo(session));
      }
      await tx.flush();
      return session;
    });
  }

  async acknowledge(actor: Actor, input: AcknowledgeSessionInput, now = new Date()): Promise<SupervisionSession> {
    const me = await this.access.me(actor);
    const session = await this.em.findOne(SupervisionSession, { id: input.id });
    if (!session || session.supervisee?.id !== me.id) throw new NotFoundError('Your supervision session', input.id);
    session.acknowledge(
      this.cipher.sealOptional(blank(input.comment), sealContext(SESSION, session.id, 'superviseeComment')),
      now,
    );
    await this.em.flush();
    return session;
  }

  /** A later note on a signed-off record, by its supervisor or supervisee. */
  async addAddendum(actor: Actor, input: AddendumInput): Promise<SupervisionSession> {
    const me = await this.access.me(actor);
    const session = await this.em.findOne(SupervisionSession, { id: input.sessionId });
    const parties = session ? [session.facilitator.id, ...session.participantIds()] : [];
    if (!session || !parties.includes(me.id)) throw new NotFoundError('Supervision session', input.sessionId);
    if (!session.locked) throw new BadInputError('The session is not signed off yet: change the record itself.');
    if (!input.text.trim()) throw new BadInputError('An addendum needs some text.');
    const addendum = new SessionAddendum(session, me);
    addendum.textSealed = this.cipher.seal(input.text.trim(), sealContext(ADDENDUM, addendum.id, 'text'));
    await this.em.persistAndFlush(addendum);
    return session;
  }

  async cancel(actor: Actor, id: string, reason: string): Promise<SupervisionSession> {
    const session = await this.facilitated(actor, id);
    session.cancel(this.sealReason(session, reason));
    await this.em.flush();
    return session;
  }

  async reschedule(actor: Actor, input: RescheduleSessionInput): Promise<SupervisionSession> {
    const session = await this.facilitated(actor, input.id);
    session.reschedule(input.startsAt, this.sealReason(session, input.reason));
    await this.em.flush();
    return session;
  }

  async markMissed(actor: Actor, id: string, reason: string, now = new Date()): Promise<SupervisionSession> {
    const session = await this.facilitated(actor, id);
    session.markMissed(this.sealReason(session, reason), now);
    await this.em.flush();
    return session;
  }

  /** Dates and statuses of the sessions the actor may see, newest first by default. */
  async list(actor: Actor, args: SessionListArgs): Promise<ListPage<SupervisionSession>> {
    const me = await this.reach.actorPerson(actor);
    const reached = await this.reach.condition(actor, 'supervision.read');
    const mine = me?.id ?? '00000000-0000-0000-0000-000000000000';
    const visible = raw(
      (alias: string) => `(${alias}.facilitator_id = ? or ${alias}.supervisee_id = ?
        or exists (select 1 from supervision_session_attendee sa where sa.supervision_session_id = ${alias}.id
                   and (sa.person_id = ? or ${reached.on('sa.person_id')}))
        or (${alias}.supervisee_id is not null and ${reached.on(`${alias}.supervisee_id`)})
        or exists (select 1 from job_assignment ja where ja.person_id = ${alias}.facilitator_id and ja.line_manager_id = ?
                   and ja.start_date <= current_date and (ja.end_date is null or ja.end_date >= current_date)))`,
      [mine, mine, mine, ...reached.params, ...reached.params, mine],
    );
    const filter = args.filter ?? {};
    const where: Record<string, unknown> = { [visible]: [] };
    if (filter.agreementId) where.agreement = filter.agreementId;
    if (filter.kind) where.kind = filter.kind;
    if (filter.status) where.status = filter.status;
    if (filter.mine === SessionPart.FACILITATOR) where.facilitator = mine;
    if (filter.mine === SessionPart.SUPERVISEE) where.$and = [{ $or: [{ supervisee: mine }, { attendees: mine }] }];
    if (filter.personId)
      where.$or = [{ supervisee: filter.personId }, { attendees: filter.personId }, { facilitator: filter.personId }];
    const page = pageOptions(
      { ...args, sort: args.sort ?? { field: 'startsAt', order: 'DESC' as never } },
      ['startsAt', 'status', 'kind'],
      'startsAt',
    );
    const [nodes, totalCount] = await this.em.findAndCount(SupervisionSession, where, page);
    return { nodes, totalCount };
  }

  async visible(actor: Actor, id: string): Promise<SupervisionSession> {
    const session = await this.em.findOne(SupervisionSession, { id }, { populate: ['attendees'] });
    if (!session) throw new NotFoundError('Supervision session', id);
    await this.access.assertRecordVisible(
      actor,
      partiesOfSession(session),
      'supervision.read',
      'Supervision session',
      id,
    );
    return session;
  }

  /** The written record, its actions and addenda: for the content rule's people only, and audited. */
  async content(actor: Actor, session: SupervisionSession, now = new Date()): Promise<SessionContent> {
    await session.attendees.init();
    const parties = partiesOfSession(session);
    await this.access.assertContent(actor, parties);
    const [actions, addenda] = await Promise.all([
      this.em.find(SupervisionAction, { session }, { populate: ['owner'], orderBy: { dueDate: 'ASC', id: 'ASC' } }),
      this.em.find(SessionAddendum, { session }, { populate: ['author'], orderBy: { createdAt: 'ASC', id: 'ASC' } }),
    ]);
    await auditContent(this.em, actor, [
      {
        partnership: session.partnership,
        recordType: SESSION,
        recordId: session.id,
        subjectPersonIds: parties.superviseeIds,
      },
    ]);
    const writing = openJson<SessionWriting>(
      this.cipher,
      session.contentSealed,
      sealContext(SESSION, session.id, 'content'),
    );
    return {
      agenda: writing?.agenda ?? null,
      discussionNotes: writing?.discussionNotes ?? null,
      reflections: writing?.reflections ?? null,
      gibbs: writing?.gibbs ?? null,
      wellbeingNote: writing?.wellbeingNote ?? null,
      superviseeComment: this.cipher.openOptional(
        session.superviseeCommentSealed,
        sealContext(SESSION, session.id, 'superviseeComment'),
      ),
      statusReason: this.cipher.openOptional(
        session.statusReasonSealed,
        sealContext(SESSION, session.id, 'statusReason'),
      ),
      actions: actions.map((a) => this.openAction(a, now)),
      addenda: addenda.map((a) => ({
        id: a.id,
        author: a.author.getEntity(),
        text: this.cipher.openOptional(a.textSealed, sealContext(ADDENDUM, a.id, 'text')),
        createdAt: a.createdAt,
      })),
    };
  }

  openAction(action: SupervisionAction, now = new Date()): OpenedAction {
    return {
      id: action.id,
      owner: action.owner.getEntity(),
      description: this.cipher.openOptional(action.descriptionSealed, sealContext(ACTION, action.id, 'description')),
      dueDate: action.dueDate,
      status: action.status,
      timesCarriedForward: action.timesCarriedForward,
      overdue: action.isOverdueOn(isoToday(now)),
      sessionId: action.session.id,
    };
  }

  private sealReason(session: SupervisionSession, reason: string) {
    if (!reason.trim()) throw new BadInputError('Give a reason.');
    return this.cipher.seal(reason.trim(), sealContext(SESSION, session.id, 'statusReason'));
  }

  /** A session the actor runs: the supervisor of a 1:1 or the facilitator of a group. */
  private async facilitated(actor: Actor, id: string, em: EntityManager = this.em): Promise<SupervisionSession> {
    const me = await this.access.me(actor);
    const session = await em.findOne(SupervisionSession, { id }, { populate: ['attendees'] });
    if (!session) throw new NotFoundError('Supervision session', id);
    if (session.facilitator.id !== me.id) {
      await this.access.assertRecordVisible(
        actor,
        partiesOfSession(session),
        'supervision.read',
        'Supervision session',
        id,
      );
      throw new ForbiddenError('Only the supervisor or facilitator of the session changes it.');
    }
    return session;
  }

  private async supervisedAgreement(actor: Actor, id: string, em: EntityManager = this.em) {
    const me = await this.access.me(actor);
    const agreement = await em.findOne(SupervisionAgreement, { id }, { populate: ['supervisee', 'supervisor'] });
    if (!agreement || agreement.supervisor.id !== me.id)
      throw new NotFoundError('Supervision agreement you supervise', id);
    if (agreement.endDate) throw new BadInputError(`The agreement ended on ${agreement.endDate}.`);
    return agreement;
  }
}
