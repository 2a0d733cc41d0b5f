import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation } from '../organisation/organisation.entity';
import { JobAssignment } from '../people/job-assignment.entity';
import { Person } from '../people/person.entity';
import { Team } from '../team/team.entity';
import type { ReadRow } from './row-fields';

// Keeps each query's parameter list well inside PostgreSQL's limit of 65,535.
const CHUNK = 2000;

const chunks = <T>(items: T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

const key = (text: string) => text.trim().toLowerCase();

function push<T>(map: Map<string, T[]>, at: string, item: T): void {
  const list = map.get(at);
  if (list) list.push(item);
  else map.set(at, [item]);
}

/** A line manager cell names someone by email, or else by employee number. */
export const isEmailReference = (reference: string) => reference.includes('@');

/**
 * The part of the partnership a file touches, loaded in a few queries up front so that checking
 * and writing thousands of rows never queries per row.
 */
export class WorkforceDirectory {
  private readonly organisations = new Map<string, Organisation>();
  private readonly teams = new Map<string, Team[]>();
  private readonly peopleByEmail = new Map<string, Person>();
  private readonly peopleByNumber = new Map<string, Person>();
  private readonly assignments = new Map<string, JobAssignment[]>();

  static async load(em: EntityManager, rows: ReadRow[]): Promise<WorkforceDirectory> {
    const directory = new WorkforceDirectory();
    for (const organisation of await em.find(Organisation, {})) {
      directory.organisations.set(key(organisation.name), organisation);
      directory.organisations.set(key(organisation.code), organisation);
    }
    for (const team of await em.find(Team, {})) push(directory.teams, key(team.name), team);
    const emails = new Set<string>();
    const numbers = new Set<string>();
    for (const row of rows) {
      if (row.text.email) emails.add(key(row.text.email));
      if (row.text.employeeNumber) numbers.add(row.text.employeeNumber);
      const manager = row.text.lineManager;
      if (manager && isEmailReference(manager)) emails.add(key(manager));
      else if (manager) numbers.add(manager);
    }
    const people: Person[] = [];
    for (const part of chunks([...emails])) people.push(...(await em.find(Person, { email: { $in: part } })));
    for (const part of chunks([...numbers])) people.push(...(await em.find(Person, { employeeNumber: { $in: part } })));
    for (const person of people) {
      directory.peopleByEmail.set(person.email, person);
      if (person.employeeNumber) directory.peopleByNumber.set(person.employeeNumber, person);
    }
    const ids = [...new Set(people.map((p) => p.id))];
    for (const part of chunks(ids)) {
      for (const assignment of await em.find(JobAssignment, { person: { $in: part } })) {
        push(directory.assignments, assignment.person.id, assignment);
      }
    }
    return directory;
  }

  /** By name or code, in any case. */
  organisation(text: string): Organisation | undefined {
    return this.organisations.get(key(text));
  }

  /** The team of that name in the organisation, or any organisation's team of that name. */
  team(text: string, organisation: Organisation): { inOrganisation?: Team; elsewhere?: Team } {
    const named = this.teams.get(key(text)) ?? [];
    return { inOrganisation: named.find((t) => t.organisation.id === organisation.id), elsewhere: named[0] };
  }

  personByEmail(email: string): Person | undefined {
    return this.peopleByEmail.get(key(email));
  }

  personByNumber(employeeNumber: string): Person | undefined {
    return this.peopleByNumber.get(employeeNumber);
  }

  /** Someone already in the partnership, named by email or employee number. */
  personByReference(reference: string): Person | undefined {
    return isEmailReference(reference) ? this.personByEmail(reference) : this.personByNumber(reference);
  }

  assignmentsOf(person: Person): JobAssignment[] {
    return this.assignments.get(person.id) ?? [];
  }
}
