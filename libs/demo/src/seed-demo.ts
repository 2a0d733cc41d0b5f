import type { EntityManager } from '@mikro-orm/postgresql';
import { ref } from '@mikro-orm/core';
import type { AppConfig } from '@kindred/config';
import { type Passwords, Role, User } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { registerConfiguredPartnerships } from '@kindred/org';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-people';

export const DEMO_PARTNERSHIP = 'northshire';

/**
 * Seeds the fictional Northshire Family Hubs Partnership when it has nobody yet. Deterministic:
 * the same people and roles every time; a database that has them is left alone.
 */
export async function seedDemo(
  em: EntityManager,
  config: AppConfig,
  passwords: Pick<Passwords, 'hash'>,
): Promise<{ seeded: boolean; partnership: Partnership }> {
  await registerConfiguredPartnerships(em, config);
  const partnership = await em.findOne(Partnership, { slug: DEMO_PARTNERSHIP }, { filters: false });
  if (!partnership) {
    throw new Error(`The demo needs config/partnerships/${DEMO_PARTNERSHIP}.yaml.`);
  }
  if ((await em.count(User, { partnership }, { filters: false })) > 0) return { seeded: false, partnership };

  const passwordHash = await passwords.hash(DEMO_PASSWORD);
  for (const person of DEMO_USERS) {
    const user = new User(ref(partnership), person.email, person.displayName);
    user.passwordHash = passwordHash;
    user.grant(person.role);
    // Everyone who works in the partnership is also a learner.
    if (person.role !== Role.PLATFORM_ADMIN) user.grant(Role.LEARNER);
    em.persist(user);
  }
  await em.flush();
  return { seeded: true, partnership };
}
