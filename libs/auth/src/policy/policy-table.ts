import { Role } from './role';

/**
 * How far a grant reaches: the whole partnership, the organisation the grant names, the people the
 * actor line-manages (their reports), or only the person's own records. Services narrow their
 * queries by the scope the guard resolved.
 */
export type Scope = 'PARTNERSHIP' | 'ORGANISATION' | 'REPORTS' | 'OWN';

const everyone = (scope: Scope) =>
  Object.fromEntries(Object.values(Role).map((role) => [role, scope])) as Record<Role, Scope>;

// Roles that run the partnership's records; a partner admin's grant names their organisation,
// which narrows every PARTNERSHIP entry below to that organisation.
const stewards = {
  [Role.PLATFORM_ADMIN]: 'PARTNERSHIP',
  [Role.WORKFORCE_LEAD]: 'PARTNERSHIP',
  [Role.PARTNER_ADMIN]: 'PARTNERSHIP',
} as const;

/**
 * The one policy table: action → the roles allowed and their scope. A resolver names its action
 * with @Allow; the guard looks it up here. Changing who may do what is a change to this table.
 */
export const POLICY = {
  'me.read': everyone('OWN'),
  'me.changePassword': everyone('OWN'),
  'partnership.read': stewards,
  // Organisations, sites and teams are the map everyone books and plans against.
  'organisation.read': everyone('PARTNERSHIP'),
  'organisation.write': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP', [Role.WORKFORCE_LEAD]: 'PARTNERSHIP' },
  'site.read': everyone('PARTNERSHIP'),
  'site.write': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP', [Role.WORKFORCE_LEAD]: 'PARTNERSHIP' },
  'team.read': everyone('PARTNERSHIP'),
  'team.write': stewards,
  'person.read': {
    ...stewards,
    [Role.MANAGER]: 'PARTNERSHIP',
    [Role.VOLUNTEER_COORDINATOR]: 'PARTNERSHIP',
    [Role.SUPERVISOR]: 'PARTNERSHIP',
    [Role.TRAINER]: 'OWN',
    [Role.LEARNER]: 'OWN',
  },
  'person.write': stewards,
  'person.import': stewards,
  // DBS details are for those who keep safer-recruitment records, volunteer coordinators included.
  'dbs.read': { ...stewards, [Role.VOLUNTEER_COORDINATOR]: 'PARTNERSHIP' },
  'dbs.write': { ...stewards, [Role.VOLUNTEER_COORDINATOR]: 'PARTNERSHIP' },
  'role.grant': stewards,
  'invitation.send': stewards,
  'audit.read': stewards,
  // Frameworks and role profiles are the shared language of the plan: everyone may read them.
  'framework.read': everyone('PARTNERSHIP'),
  'framework.write': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP', [Role.WORKFORCE_LEAD]: 'PARTNERSHIP' },
  'roleProfile.read': everyone('PARTNERSHIP'),
  'roleProfile.write': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP', [Role.WORKFORCE_LEAD]: 'PARTNERSHIP' },
  // A person's levels and evidence are read by those who read the person.
  'skills.read': {
    ...stewards,
    [Role.MANAGER]: 'PARTNERSHIP',
    [Role.VOLUNTEER_COORDINATOR]: 'PARTNERSHIP',
    [Role.SUPERVISOR]: 'PARTNERSHIP',
    [Role.TRAINER]: 'OWN',
    [Role.LEARNER]: 'OWN',
  },
  'skills.selfAssess': everyone('OWN'),
  // Managers validate and assess the people they line-manage; stewards anyone in their reach.
  'skills.assess': {
    ...stewards,
    [Role.MANAGER]: 'REPORTS',
    [Role.VOLUNTEER_COORDINATOR]: 'REPORTS',
    [Role.SUPERVISOR]: 'REPORTS',
  },
  'gap.read': {
    ...stewards,
    [Role.MANAGER]: 'PARTNERSHIP',
    [Role.VOLUNTEER_COORDINATOR]: 'PARTNERSHIP',
    [Role.SUPERVISOR]: 'PARTNERSHIP',
  },
  // The catalogue and the session calendar are where everyone finds training.
  'training.read': everyone('PARTNERSHIP'),
  'training.write': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP', [Role.WORKFORCE_LEAD]: 'PARTNERSHIP' },
  // Drafting the term's timetable and publishing it as sessions.
  'planning.read': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP', [Role.WORKFORCE_LEAD]: 'PARTNERSHIP' },
  'planning.write': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP', [Role.WORKFORCE_LEAD]: 'PARTNERSHIP' },
  // Trainers' days away, which the term scheduler plans around: the trainer's own, or any for leads.
  'trainer.daysAway': {
    [Role.PLATFORM_ADMIN]: 'PARTNERSHIP',
    [Role.WORKFORCE_LEAD]: 'PARTNERSHIP',
    [Role.TRAINER]: 'OWN',
  },
  // The workforce development plan: leads write it; every partner's admins and managers read it
  // (a partner admin's breakdowns narrow to their organisation).
  'plan.read': {
    ...stewards,
    [Role.MANAGER]: 'PARTNERSHIP',
    [Role.VOLUNTEER_COORDINATOR]: 'PARTNERSHIP',
  },
  'plan.write': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP', [Role.WORKFORCE_LEAD]: 'PARTNERSHIP' },
  // Development pathways: everyone sees those on offer and leads write them; managers enrol their
  // reports and record the qualifications that complete them; progress is read like bookings.
  'pathway.read': everyone('PARTNERSHIP'),
  'pathway.write': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP', [Role.WORKFORCE_LEAD]: 'PARTNERSHIP' },
  'pathway.enrol': { ...stewards, [Role.MANAGER]: 'REPORTS', [Role.VOLUNTEER_COORDINATOR]: 'REPORTS' },
  'pathway.progress': {
    ...everyone('OWN'),
    ...stewards,
    [Role.MANAGER]: 'REPORTS',
    [Role.VOLUNTEER_COORDINATOR]: 'REPORTS',
    [Role.SUPERVISOR]: 'REPORTS',
  },
  'pathway.self': everyone('OWN'),
  'booking.self': everyone('OWN'),
  // Managers book for and approve the people they line-manage; stewards anyone in their reach.
  'booking.others': { ...stewards, [Role.MANAGER]: 'REPORTS', [Role.VOLUNTEER_COORDINATOR]: 'REPORTS' },
  'booking.approve': { ...stewards, [Role.MANAGER]: 'REPORTS', [Role.VOLUNTEER_COORDINATOR]: 'REPORTS' },
  'booking.read': {
    ...everyone('OWN'),
    ...stewards,
    [Role.MANAGER]: 'REPORTS',
    [Role.VOLUNTEER_COORDINATOR]: 'REPORTS',
    [Role.TRAINER]: 'PARTNERSHIP',
  },
  // Trainers take the register of the sessions they run.
  'attendance.record': {
    [Role.PLATFORM_ADMIN]: 'PARTNERSHIP',
    [Role.WORKFORCE_LEAD]: 'PARTNERSHIP',
    [Role.TRAINER]: 'OWN',
  },
  'record.read': {
    ...stewards,
    [Role.MANAGER]: 'PARTNERSHIP',
    [Role.VOLUNTEER_COORDINATOR]: 'PARTNERSHIP',
    [Role.SUPERVISOR]: 'PARTNERSHIP',
    [Role.TRAINER]: 'OWN',
    [Role.LEARNER]: 'OWN',
  },
  'record.validate': { ...stewards, [Role.MANAGER]: 'REPORTS', [Role.VOLUNTEER_COORDINATOR]: 'REPORTS' },
  'record.revoke': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP', [Role.WORKFORCE_LEAD]: 'PARTNERSHIP' },
  // Supervision. Content (notes, reflections, wellbeing, actions) is never granted by a role: the
  // supervision services open it only for the supervisee, the supervisor (or group facilitator and
  // attendees) and the supervisor's line manager, and audit every read. Roles decide the rest.
  // Your own supervision, reflective log, actions and the escalations naming you as lead.
  'supervision.self': everyone('OWN'),
  // Dates, statuses and counts of the supervision of the people in reach; never text.
  'supervision.read': {
    ...everyone('OWN'),
    ...stewards,
    [Role.MANAGER]: 'REPORTS',
    [Role.VOLUNTEER_COORDINATOR]: 'REPORTS',
    [Role.SUPERVISOR]: 'REPORTS',
  },
  // Recording sessions, as the supervisor of an agreement or the facilitator of a group.
  'supervision.supervise': {
    [Role.MANAGER]: 'OWN',
    [Role.VOLUNTEER_COORDINATOR]: 'OWN',
    [Role.SUPERVISOR]: 'OWN',
  },
  // Setting up agreements: stewards for anyone in reach, supervisors with themselves as supervisor.
  'supervision.agree': {
    ...stewards,
    [Role.MANAGER]: 'OWN',
    [Role.VOLUNTEER_COORDINATOR]: 'OWN',
    [Role.SUPERVISOR]: 'OWN',
  },
  'supervision.compliance': {
    ...stewards,
    [Role.MANAGER]: 'REPORTS',
    [Role.VOLUNTEER_COORDINATOR]: 'REPORTS',
    [Role.SUPERVISOR]: 'REPORTS',
  },
  // Subject access: a person exports their own records; the platform administrator anyone's.
  'supervision.export': { ...everyone('OWN'), [Role.PLATFORM_ADMIN]: 'PARTNERSHIP' },
  // Re-sealing content under a new key after a rotation.
  'supervision.keys': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP' },
  // The outbox: what was sent, what failed and why. Leads answer "did the partner get told?".
  'notification.read': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP', [Role.WORKFORCE_LEAD]: 'PARTNERSHIP' },
  'notification.retry': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP', [Role.WORKFORCE_LEAD]: 'PARTNERSHIP' },
  'notification.self': everyone('OWN'),
  // A CPD log, its reflections and registrations are the person's own: nobody else reads the text.
  'cpd.own': everyone('OWN'),
  // Managers and leads see compliance figures (on track, at risk, missing) for their scope, never text.
  'cpd.compliance': {
    ...stewards,
    [Role.MANAGER]: 'REPORTS',
    [Role.VOLUNTEER_COORDINATOR]: 'REPORTS',
    [Role.SUPERVISOR]: 'REPORTS',
  },
  // Provider plugins bring records in for the whole partnership: those who run its training see
  // the runs, start them and match completions nobody could be found for.
  'plugin.read': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP', [Role.WORKFORCE_LEAD]: 'PARTNERSHIP' },
  'plugin.sync': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP', [Role.WORKFORCE_LEAD]: 'PARTNERSHIP' },
  // Learning culture. Attendees give feedback on their own sessions and every member of staff
  // answers the pulse survey; results are for leads (and partner admins, for their organisation).
  'feedback.give': everyone('OWN'),
  'culture.results': stewards,
  'survey.read': stewards,
  'survey.write': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP', [Role.WORKFORCE_LEAD]: 'PARTNERSHIP' },
  'survey.respond': everyone('OWN'),
  // "You said, we did" is shown back to everyone; leads write it.
  'youSaid.read': everyone('PARTNERSHIP'),
  'youSaid.write': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP', [Role.WORKFORCE_LEAD]: 'PARTNERSHIP' },
  'job.read': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP' },
  'job.retry': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP' },
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Action = keyof typeof POLICY;

const breadth: Record<Scope, number> = { OWN: 0, REPORTS: 1, ORGANISATION: 2, PARTNERSHIP: 3 };

export interface Grant {
  role: Role;
  organisationId: string | null;
}

/**
 * The widest scope any of the grants gives for an action, or null when none allows it. A grant
 * limited to one organisation never reaches further than that organisation.
 */
export function scopeFor(action: Action, grants: readonly Grant[]): Scope | null {
  let best: Scope | null = null;
  for (const grant of grants) {
    const allowed = (POLICY[action] as Partial<Record<Role, Scope>>)[grant.role];
    if (!allowed) continue;
    const scope: Scope = allowed === 'PARTNERSHIP' && grant.organisationId ? 'ORGANISATION' : allowed;
    if (best === null || breadth[scope] > breadth[best]) best = scope;
  }
  return best;
}

/**
 * The organisations an action reaches: 'ALL' for partnership-wide grants, otherwise the ids named
 * by the grants that allow it (empty for OWN-only access).
 */
export function organisationsFor(action: Action, grants: readonly Grant[]): 'ALL' | string[] {
  const scope = scopeFor(action, grants);
  if (scope === 'PARTNERSHIP') return 'ALL';
  if (scope === 'OWN' || scope === 'REPORTS' || scope === null) return [];
  return grants
    .filter((g) => g.organisationId && (POLICY[action] as Partial<Record<Role, Scope>>)[g.role] === 'PARTNERSHIP')
    .map((g) => g.organisationId as string);
}

/**
 * The organisations an actor is confined to for an action when their scope is an organisation's
 * (a partner admin); null when it is wider or narrower, where other rules apply.
 */
export function confinedTo(action: Action, grants: readonly Grant[]): string[] | null {
  return scopeFor(action, grants) === 'ORGANISATION' ? (organisationsFor(action, grants) as string[]) : null;
}

/**
 * Which roles a grant-giver may hand out. Nobody but a platform admin makes platform admins; a
 * partner admin gives roles only within their own organisation.
 */
export const GRANTABLE: Partial<Record<Role, readonly Role[]>> = {
  [Role.PLATFORM_ADMIN]: Object.values(Role),
  [Role.WORKFORCE_LEAD]: Object.values(Role).filter((r) => r !== Role.PLATFORM_ADMIN),
  [Role.PARTNER_ADMIN]: [
    Role.PARTNER_ADMIN,
    Role.MANAGER,
    Role.VOLUNTEER_COORDINATOR,
    Role.SUPERVISOR,
    Role.TRAINER,
    Role.LEARNER,
  ],
};

/** Every action the grants allow, for clients to show only what a person can use. */
export function permissionsFor(grants: readonly Grant[]): Action[] {
  return (Object.keys(POLICY) as Action[]).filter((action) => scopeFor(action, grants) !== null);
}
