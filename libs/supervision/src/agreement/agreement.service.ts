import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, scopeFor } from '@kindred/auth';
import { ForbiddenError, NotFoundError } from '@kindred/common';
import { Person, PersonReach } from '@kindred/org';
import { partiesOfAgreement, SupervisionAccess } from '../access/supervision-access';
import { auditContent } from '../audit/content-audit';
import { ContentCipher } from '../sealing/content-cipher';
import { sealContext } from '../sealing/sealed-json';
import { type AgreementStanding, isoToday, standingOf } from './agreement-standing';
import type { CreateAgreementInput } from './agreement.types';
import { SupervisionAgreement } from './supervision-agreement.entity';

const RECORD = 'SupervisionAgreement';

@Injectable()
export class AgreementService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: SupervisionAccess,
    private readonly reach: PersonReach,
    private readonly cipher: ContentCipher,
  ) {}

  /**
   * Stewards set up agreements for anyone they reach; a supervisor or manager only with themselves
   * as the supervisor.
   */
  async create(actor: Actor, input: CreateAgreementInput): Promise<SupervisionAgreement> {
    const asSupervisorOnly = scopeFor('supervision.agree', actor.grants) === 'OWN';
    const supervisee = asSupervisorOnly
      ? await this.person(input.superviseeId)
      : await this.reach.person(actor, 'supervision.agree', input.superviseeId);
    const supervisor = await this.person(input.supervisorId);
    if (asSupervisorOnly && (await this.access.me(actor)).id !== supervisor.id)
      throw new ForbiddenError('You can set up agreements only as the supervisor.');
    const agreement = new SupervisionAgreement(supervisee, supervisor, {
      type: input.type,
      model: input.model,
      frequency: { pattern: input.frequency.pattern, everyDays: input.frequency.everyDays ?? null },
      expectedMinutes: input.expectedMinutes,
      startDate: input.startDate,
      reviewDate: input.reviewDate ?? null,
    });
    agreement.sharingSealed = this.cipher.sealOptional(
      input.sharing?.trim(),
      sealContext(RECORD, agreement.id, 'sharing'),
    );
    await this.em.persistAndFlush(agreement);
    return agreement;
  }

  async sign(actor: Actor, id: string, now = new Date()): Promise<SupervisionAgreement> {
    const me = await this.access.me(actor);
    const agreement = await this.em.findOne(SupervisionAgreement, { id });
    if (!agreement || !agreement.isParty(me.id)) throw new NotFoundError('Supervision agreement', id);
    agreement.sign(me, now);
    await this.em.flush();
    return agreement;
  }

  /** Ended by its supervisor, or by a steward who reaches the supervisee. */
  async end(actor: Actor, id: string, endDate: string): Promise<SupervisionAgreement> {
    const agreement = await this.visible(actor, id, 'supervision.agree');
    const me = await this.reach.actorPerson(actor);
    if (me?.id !== agreement.supervisor.id && scopeFor('supervision.agree', actor.grants) === 'OWN')
      throw new ForbiddenError('Only the supervisor ends an agreement.');
    agreement.end(endDate);
    await this.em.flush();
    return agreement;
  }

  /** The agreements the actor is supervised under. */
  async mine(actor: Actor): Promise<SupervisionAgreement[]> {
    const me = await this.reach.actorPerson(actor);
    if (!me) return [];
    return this.em.find(SupervisionAgreement, { supervisee: me }, { orderBy: { startDate: 'DESC', id: 'ASC' } });
  }

  /** The agreements the actor supervises, current ones first. */
  async supervising(actor: Actor): Promise<SupervisionAgreement[]> {
    const me = await this.reach.actorPerson(actor);
    if (!me) return [];
    return this.em.find(
      SupervisionAgreement,
      { supervisor: me },
      { orderBy: { endDate: 'DESC NULLS FIRST', startDate: 'DESC', id: 'ASC' }, populate: ['supervisee'] },
    );
  }

  /** An agreement's terms and dates: for its parties, the supervisor's line manager and those who reach the supervisee. */
  async visible(actor: Actor, id: string, action: 'supervision.read' | 'supervision.agree' = 'supervision.read') {
    const agreement = await this.em.findOne(SupervisionAgreement, { id });
    if (!agreement) throw new NotFoundError('Supervision agreement', id);
    await this.access.assertRecordVisible(actor, partiesOfAgreement(agreement), action, 'Supervision agreement', id);
    return agreement;
  }

  /** What is shared with whom: content, opened only for those the content rule admits, and audited. */
  async sharing(actor: Actor, agreement: SupervisionAgreement): Promise<string | null> {
    await this.access.assertContent(actor, partiesOfAgreement(agreement));
    await auditContent(this.em, actor, [
      {
        partnership: agreement.partnership,
        recordType: RECORD,
        recordId: agreement.id,
        subjectPersonIds: [agreement.supervisee.id],
      },
    ]);
    return this.cipher.openOptional(agreement.sharingSealed, sealContext(RECORD, agreement.id, 'sharing'));
  }

  private async person(id: string): Promise<Person> {
    const person = await this.em.findOne(Person, { id });
    if (!person) throw new NotFoundError('Person', id);
    return person;
  }

  async standing(agreement: SupervisionAgreement, now = new Date()): Promise<AgreementStanding> {
    return (await standingOf(this.em, [agreement], isoToday(now))).get(agreement.id)!;
  }
}
