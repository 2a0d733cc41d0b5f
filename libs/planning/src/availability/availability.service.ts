import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, scopeFor } from '@kindred/auth';
import { BadInputError, NotFoundError } from '@kindred/common';
import { type Person, PersonReach } from '@kindred/org';
import { TrainerDayAway } from './trainer-day-away.entity';

const ACTION = 'trainer.daysAway';
/** A trainer is a person whose user holds the TRAINER role in their partnership. */
const IS_TRAINER = `exists (select 1 from role_grant g
  where g.user_id = p.user_id and g.partnership_id = p.partnership_id and g.role = 'TRAINER')`;

export interface SchedulingTrainer {
  id: string;
  name: string;
}

/** Trainers' days away: recorded by the trainer or a lead, read by the term scheduler's gatherer. */
@Injectable()
export class AvailabilityService {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
  ) {}

  /** The trainers whose days away the actor keeps: all of them for a lead, themselves for a trainer. */
  async trainers(actor: Actor): Promise<SchedulingTrainer[]> {
    const everyone = scopeFor(ACTION, actor.grants) === 'PARTNERSHIP';
    const me = everyone ? null : await this.reach.actorPerson(actor);
    if (!everyone && !me) return [];
    const rows = await this.em.getConnection().execute<SchedulingTrainer[]>(
      `select p.id, p.given_name || ' ' || p.family_name as name
       from person p where p.partnership_id = ? ${me ? 'and p.id = ?' : ''} and ${IS_TRAINER}
       order by p.family_name, p.given_name, p.id`,
      me ? [actor.partnershipId, me.id] : [actor.partnershipId],
    );
    return rows.map(({ id, name }) => ({ id, name }));
  }

  /** Days away not yet over, soonest first, of the trainers the actor keeps. */
  async list(actor: Actor, today: string): Promise<TrainerDayAway[]> {
    const ids = (await this.trainers(actor)).map((t) => t.id);
    return this.em.find(
      TrainerDayAway,
      { trainer: { $in: ids }, endsOn: { $gte: today } },
      { orderBy: { startsOn: 'ASC', id: 'ASC' } },
    );
  }

  async add(
    actor: Actor,
    input: { trainerId: string; startsOn: string; endsOn: string; reason?: string | null },
  ): Promise<TrainerDayAway> {
    return this.em.transactional(async (tx) => {
      const trainer = await this.trainer(actor, input.trainerId);
      const away = new TrainerDayAway(trainer, input, actor.userId);
      tx.persist(away);
      return away;
    });
  }

  /** Removes a record of days away; returns its id. */
  async remove(actor: Actor, id: string): Promise<string> {
    return this.em.transactional(async (tx) => {
      const away = await tx.findOne(TrainerDayAway, { id });
      if (!away) throw new NotFoundError('Days away', id);
      // Someone who may not keep this trainer's days cannot learn the record exists either; the
      // role is not asked for, so a lead can still clear the days of someone who no longer trains.
      await this.reach.person(actor, ACTION, away.trainerId).catch(() => {
        throw new NotFoundError('Days away', id);
      });
      tx.remove(away);
      return id;
    });
  }

  /** The trainer, when the actor reaches them; a person who trains nothing is refused. */
  private async trainer(actor: Actor, trainerId: string): Promise<Person> {
    const person = await this.reach.person(actor, ACTION, trainerId);
    const [row] = await this.em
      .getConnection()
      .execute<{ trainer: boolean }[]>(`select ${IS_TRAINER} as trainer from person p where p.id = ?`, [person.id]);
    if (!row?.trainer) {
      throw new BadInputError(`${person.givenName} ${person.familyName} is not a trainer.`);
    }
    return person;
  }
}
