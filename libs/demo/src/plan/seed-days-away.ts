import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, type User } from '@kindred/auth';
import type { Person } from '@kindred/org';
import { TrainerDayAway } from '@kindred/planning';
import { DEMO_USERS } from '../demo-people';

const DAY_MS = 86_400_000;
const inDays = (today: string, days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * The demo trainer's week of annual leave about fourteen weeks ahead, recorded by herself, so a
 * draft of a long term plans around it (shorter drafts, as the browser tests make, end before it).
 */
export function seedDaysAway(em: EntityManager, options: { today: string; people: Person[]; users: User[] }): void {
  const email = DEMO_USERS.find((d) => d.role === Role.TRAINER)!.email;
  const trainer = options.people.find((p) => p.email === email)!;
  const user = options.users.find((u) => u.email === email)!;
  const leave = { startsOn: inDays(options.today, 98), endsOn: inDays(options.today, 102), reason: 'Annual leave' };
  em.persist(new TrainerDayAway(trainer, leave, user.id));
}
