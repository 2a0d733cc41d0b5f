import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { NotFoundError } from '@kindred/common';
import { PersonReach } from '@kindred/org';
import { EntryService, today } from '../entry/entry.service';
import { PracticeFeedback, ReflectiveAccount, RevalidationSignOff } from './revalidation-records.entity';
import type { PracticeFeedbackInput, ReflectiveAccountInput, SignOffInput } from './revalidation.types';

/** The rest of an NMC revalidation pack: feedback, reflective accounts, discussion and confirmation. */
@Injectable()
export class RevalidationService {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
    private readonly entries: EntryService,
  ) {}

  async feedback(actor: Actor): Promise<PracticeFeedback[]> {
    const me = await this.reach.actorPerson(actor);
    return me ? this.em.find(PracticeFeedback, { person: me }, { orderBy: { receivedOn: 'DESC', id: 'ASC' } }) : [];
  }

  async accounts(actor: Actor): Promise<ReflectiveAccount[]> {
    const me = await this.reach.actorPerson(actor);
    return me ? this.em.find(ReflectiveAccount, { person: me }, { orderBy: { writtenOn: 'DESC', id: 'ASC' } }) : [];
  }

  async signOffs(actor: Actor): Promise<RevalidationSignOff[]> {
    const me = await this.reach.actorPerson(actor);
    return me ? this.em.find(RevalidationSignOff, { person: me }, { orderBy: { on: 'DESC', id: 'ASC' } }) : [];
  }

  async recordFeedback(actor: Actor, input: PracticeFeedbackInput, now = new Date()): Promise<PracticeFeedback> {
    const me = await this.entries.me(actor);
    const row = new PracticeFeedback(me, { ...input, howUsed: input.howUsed ?? null }, today(now));
    await this.em.persist(row).flush();
    return row;
  }

  async writeAccount(actor: Actor, input: ReflectiveAccountInput, now = new Date()): Promise<ReflectiveAccount> {
    const me = await this.entries.me(actor);
    const row = new ReflectiveAccount(me, input, today(now));
    await this.em.persist(row).flush();
    return row;
  }

  /** Removes one of the person's own feedback, accounts or sign-offs; anyone else's is "not found". */
  async remove(
    actor: Actor,
    kind: typeof PracticeFeedback | typeof ReflectiveAccount | typeof RevalidationSignOff,
    id: string,
  ): Promise<boolean> {
    const me = await this.entries.me(actor);
    const row = await this.em.findOne(kind, { id, person: me });
    if (!row) throw new NotFoundError('Revalidation record', id);
    await this.em.remove(row).flush();
    return true;
  }

  async recordSignOff(actor: Actor, input: SignOffInput, now = new Date()): Promise<RevalidationSignOff> {
    const me = await this.entries.me(actor);
    const row = new RevalidationSignOff(
      me,
      { ...input, partnerPin: input.partnerPin ?? null, notes: input.notes ?? null },
      today(now),
    );
    await this.em.persist(row).flush();
    return row;
  }
}
