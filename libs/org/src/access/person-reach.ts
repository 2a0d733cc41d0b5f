import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { raw } from '@mikro-orm/core';
import { type Action, type Actor, organisationsFor, scopeFor } from '@kindred/auth';
import { NotFoundError } from '@kindred/common';
import { Person } from '../people/person.entity';

/** A SQL condition on whichever person id column a query names, with its parameters. */
export interface PersonCondition {
  on(column: string): string;
  params: unknown[];
}

const always = (value: boolean): PersonCondition => ({ on: () => String(value), params: [] });

const ACTIVE = '(ja.end_date is null or ja.end_date >= current_date) and ja.start_date <= current_date';

/**
 * Whose records an actor reaches for an action: everyone, the people working in their
 * organisations, the people they line-manage (as line manager or team manager), or themselves.
 * Expressed as SQL so lists, queues and reports filter in the database.
 */
@Injectable()
export class PersonReach {
  constructor(private readonly em: EntityManager) {}

  /** The person record of the signed-in user, if they have one. */
  actorPerson(actor: Actor): Promise<Person | null> {
    return this.em.findOne(Person, { user: actor.userId });
  }

  async condition(actor: Actor, action: Action): Promise<PersonCondition> {
    switch (scopeFor(action, actor.grants)) {
      case 'PARTNERSHIP':
        return always(true);
      case 'ORGANISATION':
        return {
          on: (column) =>
            `exists (select 1 from job_assignment ja where ja.person_id = ${column} and ${ACTIVE} and ja.organisation_id in (?))`,
          params: [organisationsFor(action, actor.grants)],
        };
      case 'REPORTS': {
        const me = await this.actorPerson(actor);
        if (!me) return always(false);
        return {
          on: (
            column,
          ) => `${column} <> ? and exists (select 1 from job_assignment ja left join team t on t.id = ja.team_id
                where ja.person_id = ${column} and ${ACTIVE} and (ja.line_manager_id = ? or t.manager_id = ?))`,
          params: [me.id, me.id, me.id],
        };
      }
      case 'OWN': {
        const me = await this.actorPerson(actor);
        return me ? { on: (column) => `${column} = ?`, params: [me.id] } : always(false);
      }
      default:
        return always(false);
    }
  }

  /** The condition as a MikroORM filter on an entity's `person` relation. */
  async filter(actor: Actor, action: Action): Promise<Record<string, never[]>> {
    const condition = await this.condition(actor, action);
    return { [raw((alias: string) => condition.on(`${alias}.person_id`), condition.params)]: [] };
  }

  /** The person, if the actor reaches them for the action; "not found" otherwise, so ids do not leak. */
  async person(actor: Actor, action: Action, personId: string): Promise<Person> {
    const person = await this.em.findOne(Person, { id: personId });
    if (!person) throw new NotFoundError('Person', personId);
    // Partnership-wide: the tenancy-filtered lookup above is the whole check, no second query.
    if (scopeFor(action, actor.grants) === 'PARTNERSHIP') return person;
    const condition = await this.condition(actor, action);
    const [row] = await this.em
      .getConnection()
      .execute<{ ok: boolean }[]>(`select ${condition.on('p.id')} as ok from person p where p.id = ?`, [
        ...condition.params,
        person.id,
      ]);
    if (!row?.ok) throw new NotFoundError('Person', personId);
    return person;
  }
}
