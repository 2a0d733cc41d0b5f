import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { NotFoundError } from '@kindred/common';
import { changesBetween, PersonReach, recordAudit } from '@kindred/org';
import { EntryService } from '../entry/entry.service';
import { ProfessionalRegistration } from './professional-registration.entity';
import type { RegistrationInput } from './registration.types';

const snapshot = (r: ProfessionalRegistration) => ({
  regulator: r.regulator,
  number: r.number,
  renewalOn: r.renewalOn,
});

/** A person's own registrations; a change is written to their history, as changes to a person are. */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
    private readonly entries: EntryService,
  ) {}

  async mine(actor: Actor): Promise<ProfessionalRegistration[]> {
    const me = await this.reach.actorPerson(actor);
    if (!me) return [];
    return this.em.find(ProfessionalRegistration, { person: me }, { orderBy: { regulator: 'ASC' } });
  }

  /** Adds the registration with this regulator, or changes the one there is. */
  async save(actor: Actor, input: RegistrationInput): Promise<ProfessionalRegistration> {
    const me = await this.entries.me(actor);
    return this.em.transactional(async (tx) => {
      const existing = await tx.findOne(ProfessionalRegistration, { person: me, regulator: input.regulator });
      const before = existing ? snapshot(existing) : {};
      const details = { number: input.number ?? null, renewalOn: input.renewalOn ?? null };
      const registration = existing ?? new ProfessionalRegistration(me, { regulator: input.regulator, ...details });
      if (existing) existing.change(details);
      tx.persist(registration);
      recordAudit(tx, me.partnership, {
        personId: me.id,
        actorUserId: actor.userId,
        action: existing ? 'UPDATED' : 'CREATED',
        entityType: 'ProfessionalRegistration',
        entityId: registration.id,
        changes: changesBetween(before, snapshot(registration)),
      });
      return registration;
    });
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    const me = await this.entries.me(actor);
    const registration = await this.em.findOne(ProfessionalRegistration, { id, person: me });
    if (!registration) throw new NotFoundError('Registration', id);
    recordAudit(this.em, me.partnership, {
      personId: me.id,
      actorUserId: actor.userId,
      action: 'ENDED',
      entityType: 'ProfessionalRegistration',
      entityId: registration.id,
      changes: changesBetween(snapshot(registration), {}),
    });
    await this.em.remove(registration).flush();
    return true;
  }
}
