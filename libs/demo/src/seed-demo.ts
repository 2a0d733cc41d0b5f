import type { EntityManager } from '@mikro-orm/postgresql';
import { ref } from '@mikro-orm/core';
import type { AppConfig } from '@kindred/config';
import { type Passwords, Role, User } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { registerConfiguredPartnerships } from '@kindred/org';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-people';
import { seedCpd } from './cpd/seed-cpd';
import { seedCulture } from './culture/seed-culture';
import { seedPathways } from './pathways/seed-pathways';
import { seedDaysAway } from './plan/seed-days-away';
import { seedPlan } from './plan/seed-plan';
import { seedSkills } from './skills/seed-skills';
import { seedSupervision } from './supervision/seed-supervision';
import { seedTraining } from './training/seed-training';
import { buildWorkforce } from './workforce/build-workforce';

export const DEMO_PARTNERSHIP = 'northshire';

/**
 * Seeds the fictional Northshire Family Hubs Partnership when it has nobody yet: eight partner
 * organisations, six family hubs with their spokes, about 350 staff and 60 volunteers, and a
 * sign-in for every role placed among them, and their skills: the shipped competency frameworks,
 * role profiles for their jobs and evidence of what each person holds, and a training offer with
 * its providers, courses and sessions; supervision agreements with signed-off sessions and a
 * reflective practice group; professional registrations with some CPD; feedback on the completed
 * sessions and a workforce pulse survey with answered waves; the year's workforce development
 * plan with its objectives and actions; and two development pathways with people on them. Deterministic: the same people, roles, evidence and courses
 * every time; a database that has them is left alone. One flush, so it is all there or none of it.
 */
export async function seedDemo(
  em: EntityManager,
  config: AppConfig,
  passwords: Pick<Passwords, 'hash'>,
): Promise<{ seeded: boolean; partnership: Partnership }> {
  await registerConfiguredPartnerships(em, config);
  const partnership = await em.findOne(Partnership, { slug: DEMO_PARTNERSHIP }, { filters: false });
  const settings = config.partnership(DEMO_PARTNERSHIP);
  if (!partnership || !settings) {
    throw new Error(`The demo needs config/partnerships/${DEMO_PARTNERSHIP}.yaml.`);
  }
  if ((await em.count(User, { partnership }, { filters: false })) > 0) return { seeded: false, partnership };

  const passwordHash = await passwords.hash(DEMO_PASSWORD);
  const demoUsers = DEMO_USERS.map((demo) => {
    const user = new User(ref(partnership), demo.email, demo.displayName);
    user.passwordHash = passwordHash;
    return { user, demo };
  });
  const today = new Date().toISOString().slice(0, 10);
  const workforce = buildWorkforce(ref(partnership), {
    today,
    dbsRecheckYears: settings.policies.dbsRecheckYears,
    demoUsers,
  });

  for (const { user, demo } of demoUsers) {
    // A partner admin keeps their own organisation's people, and nobody else's.
    const organisation =
      demo.role === Role.PARTNER_ADMIN
        ? workforce.organisations.find((o) => o.code === demo.placement.organisation)!.id
        : null;
    user.grant(demo.role, organisation);
    // Everyone who works in the partnership is also a learner.
    if (demo.role !== Role.PLATFORM_ADMIN) user.grant(Role.LEARNER);
  }
  em.persist(demoUsers.map(({ user }) => user));
  for (const rows of Object.values(workforce)) em.persist(rows);
  const skills = seedSkills(em, ref(partnership), { configDir: config.configDir, today, ...workforce });
  const training = seedTraining(em, ref(partnership), {
    today,
    minimumNoticeDays: settings.policies.minimumNoticeDays,
    ...workforce,
    ...skills,
  });
  seedSupervision(em, config, { today, ...workforce });
  seedCpd(em, config, { today, ...workforce });
  const lead = demoUsers.find(({ demo }) => demo.role === Role.WORKFORCE_LEAD)!.user;
  const survey = seedCulture(em, ref(partnership), { today, ...workforce, ...training, bookedByUserId: lead.id });
  seedPlan(em, ref(partnership), {
    today,
    survey,
    ...workforce,
    ...skills,
    ...training,
    users: demoUsers.map(({ user }) => user),
  });
  seedPathways(em, ref(partnership), {
    today,
    ...workforce,
    ...skills,
    ...training,
    users: demoUsers.map(({ user }) => user),
  });
  seedDaysAway(em, { today, ...workforce, users: demoUsers.map(({ user }) => user) });
  await em.flush();
  return { seeded: true, partnership };
}
