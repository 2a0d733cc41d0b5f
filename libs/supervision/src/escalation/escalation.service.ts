import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { BadInputError, ForbiddenError, NotFoundError } from '@kindred/common';
import { Person, PersonReach } from '@kindred/org';
import { SupervisionAccess } from '../access/supervision-access';
import { auditContent } from '../audit/content-audit';
import { ContentCipher } from '../sealing/content-cipher';
import { sealContext } from '../sealing/sealed-json';
import { SupervisionSession } from '../session/supervision-session.entity';
import { Escalation } from './escalation.entity';
import type { EscalateInput } from './escalation.types';

const RECORD = 'Escalation';

export interface OpenedEscalation {
  id: string;
  concern: Escalation['concern'];
  supervisee: Person;
  raisedBy: Person;
  lead: Person;
  sessionId: string;
  createdAt: Date;
  superviseeInformedAt: Date;
  acknowledgedAt: Date | null;
  summary: string | null;
}

/**
 * Confidential but not secret: the supervisor raises a concern to a named lead, who sees it; the
 * supervisee sees that it was raised, to whom and when, though not the summary.
 */
@Injectable()
export class EscalationService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: SupervisionAccess,
    private readonly reach: PersonReach,
    private readonly cipher: ContentCipher,
  ) {}

  async raise(actor: Actor, input: EscalateInput, now = new Date()): Promise<OpenedEscalation> {
    const me = await this.access.me(actor);
    const session = await this.em.findOne(SupervisionSession, { id: input.sessionId }, { populate: ['attendees'] });
    if (!session || session.facilitator.id !== me.id)
      throw new NotFoundError('Supervision session you ran', input.sessionId);
    const superviseeId = session.supervisee?.id ?? input.superviseeId;
    if (!superviseeId || !session.participantIds().includes(superviseeId))
      throw new BadInputError('Name the attendee of the group the concern is about.');
    const [supervisee, lead] = await Promise.all([
      this.em.findOneOrFail(Person, { id: superviseeId }),
      this.em.findOne(Person, { id: input.leadId }),
    ]);
    if (!lead) throw new NotFoundError('Person', input.leadId);
    if (!input.summary.trim()) throw new BadInputError('Say what the concern is.');
    const escalation = new Escalation(session, { supervisee, raisedBy: me, lead, concern: input.concern }, now);
    escalation.summarySealed = this.cipher.seal(input.summary.trim(), sealContext(RECORD, escalation.id, 'summary'));
    await this.em.persistAndFlush(escalation);
    return (await this.open(actor, [escalation], true))[0];
  }

  /** The escalations naming you as lead, with their summaries (audited). */
  async forLead(actor: Actor): Promise<OpenedEscalation[]> {
    const me = await this.reach.actorPerson(actor);
    if (!me) return [];
    const found = await this.em.find(Escalation, { lead: me }, { orderBy: { createdAt: 'DESC', id: 'ASC' } });
    return this.open(actor, found, true);
  }

  /** What the supervisee is told: that a concern about them was raised, to whom and when. */
  async aboutMe(actor: Actor): Promise<OpenedEscalation[]> {
    const me = await this.reach.actorPerson(actor);
    if (!me) return [];
    const found = await this.em.find(Escalation, { supervisee: me }, { orderBy: { createdAt: 'DESC', id: 'ASC' } });
    return this.open(actor, found, false);
  }

  async acknowledge(actor: Actor, id: string, now = new Date()): Promise<OpenedEscalation> {
    const me = await this.access.me(actor);
    const escalation = await this.em.findOne(Escalation, { id });
    if (!escalation || escalation.lead.id !== me.id) throw new NotFoundError('Escalation to you', id);
    escalation.acknowledge(now);
    await this.em.flush();
    return (await this.open(actor, [escalation], true))[0];
  }

  private async open(actor: Actor, escalations: Escalation[], withSummary: boolean): Promise<OpenedEscalation[]> {
    await this.em.populate(escalations, ['supervisee', 'raisedBy', 'lead']);
    if (withSummary) {
      const me = await this.reach.actorPerson(actor);
      if (escalations.some((e) => e.lead.id !== me?.id && e.raisedBy.id !== me?.id))
        throw new ForbiddenError('Only the named lead and whoever raised a concern read it.');
      await auditContent(
        this.em,
        actor,
        escalations.map((e) => ({
          partnership: e.partnership,
          recordType: RECORD,
          recordId: e.id,
          subjectPersonIds: [e.supervisee.id],
        })),
      );
    }
    return escalations.map((e) => ({
      id: e.id,
      concern: e.concern,
      supervisee: e.supervisee.getEntity(),
      raisedBy: e.raisedBy.getEntity(),
      lead: e.lead.getEntity(),
      sessionId: e.session.id,
      createdAt: e.createdAt,
      superviseeInformedAt: e.superviseeInformedAt,
      acknowledgedAt: e.acknowledgedAt,
      summary: withSummary ? this.cipher.openOptional(e.summarySealed, sealContext(RECORD, e.id, 'summary')) : null,
    }));
  }
}
