import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { NotFoundError } from '@kindred/common';
import { PersonReach } from '@kindred/org';
import { ContentCipher } from '@kindred/supervision';
import { EntryService, today } from '../entry/entry.service';
import {
  type OpenedAccount,
  type OpenedFeedback,
  type OpenedSignOff,
  PracticeFeedback,
  ReflectiveAccount,
  RevalidationSignOff,
} from './revalidation-records.entity';
import type { PracticeFeedbackInput, ReflectiveAccountInput, SignOffInput } from './revalidation.types';

/**
 * The rest of an NMC revalidation pack: feedback, reflective accounts, discussion and confirmation.
 * Their text is sealed at rest and opened only for the person themselves.
 */
@Injectable()
export class RevalidationService {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
    private readonly entries: EntryService,
    private readonly cipher: ContentCipher,
  ) {}

  async feedback(actor: Actor): Promise<OpenedFeedback[]> {
    const me = await this.reach.actorPerson(actor);
    if (!me) return [];
    const rows = await this.em.find(PracticeFeedback, { person: me }, { orderBy: { receivedOn: 'DESC', id: 'ASC' } });
    return rows.map((row) => row.opened(this.cipher));
  }

  async accounts(actor: Actor): Promise<OpenedAccount[]> {
    const me = await this.reach.actorPerson(actor);
    if (!me) return [];
    const rows = await this.em.find(ReflectiveAccount, { person: me }, { orderBy: { writtenOn: 'DESC', id: 'ASC' } });
    return rows.map((row) => row.opened(this.cipher));
  }

  async signOffs(actor: Actor): Promise<OpenedSignOff[]> {
    const me = await this.reach.actorPerson(actor);
    if (!me) return [];
    const rows = await this.em.find(RevalidationSignOff, { person: me }, { orderBy: { on: 'DESC', id: 'ASC' } });
    return rows.map((row) => row.opened(this.cipher));
  }

  async recordFeedback(actor: Actor, input: PracticeFeedbackInput, now = new Date()): Promise<OpenedFeedback> {
    const me = await this.entries.me(actor);
    const row = new PracticeFeedback(me, { ...input, howUsed: input.howUsed ?? null }, today(now), this.cipher);
    await this.em.persist(row).flush();
    return row.opened(this.cipher);
  }

  async writeAccount(actor: Actor, input: ReflectiveAccountInput, now = new Date()): Promise<OpenedAccount> {
    const me = await this.entries.me(actor);
    const row = new ReflectiveAccount(me, input, today(now), this.cipher);
    await this.em.persist(row).flush();
    return row.opened(this.cipher);
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

  async recordSignOff(actor: Actor, input: SignOffInput, now = new Date()): Promise<OpenedSignOff> {
    const me = await this.entries.me(actor);
    const row = new RevalidationSignOff(
      me,
      { ...input, partnerPin: input.partnerPin ?? null, notes: input.notes ?? null },
      today(now),
      this.cipher,
    );
    await this.em.persist(row).flush();
    return row.opened(this.cipher);
  }
}
