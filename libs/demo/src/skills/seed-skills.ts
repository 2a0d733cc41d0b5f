import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ref } from '@mikro-orm/core';
import { Role } from '@kindred/auth';
import type { Partnership } from '@kindred/database';
import type { IsoDate, JobAssignment, Person } from '@kindred/org';
import { type BuiltFramework, buildFramework, readFrameworkFiles, RoleProfile } from '@kindred/skills';
import { DEMO_USERS } from '../demo-people';
import { type RoleKey, ROLES } from '../workforce/roles';
import { SECOND_JOBS } from '../workforce/second-jobs';
import { recordEvidence } from './evidence';
import { ROLE_PROFILES } from './role-profiles';

export interface SkillsOptions {
  /** The configuration directory, whose `frameworks/` holds the framework files. */
  configDir: string;
  today: IsoDate;
  people: Person[];
  assignments: JobAssignment[];
}

/** Jobs carry their title, not the demo's role key; the titles are unique, so they lead back to it. */
const ROLE_BY_TITLE = new Map<string, RoleKey>([
  ...Object.entries(ROLES).map(([key, spec]) => [spec.title, key as RoleKey] as const),
  ...SECOND_JOBS.flatMap((job) => (job.title ? [[job.title, job.as] as const] : [])),
]);

/**
 * Gives the demo partnership skills to look at: the shipped frameworks, a role profile for each
 * kind of job with most jobs measured against one, and evidence of what people hold. Persists into
 * `em` without flushing, so the demo is still written in one flush; returns the frameworks and
 * profiles for the training catalogue to point at.
 */
export function seedSkills(
  em: EntityManager,
  partnership: Ref<Partnership>,
  options: SkillsOptions,
): { frameworks: BuiltFramework[]; profiles: RoleProfile[] } {
  const frameworks = readFrameworkFiles(join(options.configDir, 'frameworks')).map((definition) =>
    buildFramework(partnership, definition),
  );
  em.persist(frameworks.flatMap((f) => [f.scale, f.framework, ...f.competencies]));

  const { profiles, byRole } = buildRoleProfiles(partnership, frameworks);
  em.persist(profiles);
  for (const assignment of options.assignments) {
    const role = ROLE_BY_TITLE.get(assignment.jobTitle);
    assignment.roleProfileId = (role && byRole.get(role)?.id) ?? null;
  }

  const personOf = (role: Role) => {
    const { email } = DEMO_USERS.find((demo) => demo.role === role)!;
    return options.people.find((p) => p.email === email)!;
  };
  recordEvidence(em, {
    ...options,
    profiles,
    manager: personOf(Role.MANAGER),
    learner: personOf(Role.LEARNER),
  });
  return { frameworks, profiles };
}

/** The profiles, and each under every role key it covers. */
function buildRoleProfiles(
  partnership: Ref<Partnership>,
  frameworks: BuiltFramework[],
): { profiles: RoleProfile[]; byRole: Map<RoleKey, RoleProfile> } {
  const byCode = new Map(
    frameworks.flatMap(({ scale, competencies }) => competencies.map((c) => [c.code, { competency: c, scale }])),
  );
  const byRole = new Map<RoleKey, RoleProfile>();
  const profiles = ROLE_PROFILES.map((spec) => {
    const profile = new RoleProfile(partnership, spec.name, spec.description);
    for (const { code, ...details } of spec.requirements) {
      const found = byCode.get(code);
      if (!found) throw new Error(`The demo role profile ${spec.name} needs ${code}, which no framework file defines.`);
      profile.require(found.competency, found.scale, details);
    }
    for (const role of spec.roles) {
      if (byRole.has(role)) throw new Error(`The demo puts ${role} in two role profiles.`);
      byRole.set(role, profile);
    }
    return profile;
  });
  return { profiles, byRole };
}
