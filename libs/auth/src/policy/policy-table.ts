import { Role } from './role';

/**
 * How far a grant reaches: the whole partnership, the organisation the grant names, or only the
 * person's own records. Services narrow their queries by the scope the guard resolved.
 */
export type Scope = 'PARTNERSHIP' | 'ORGANISATION' | 'OWN';

const everyone = Object.fromEntries(Object.values(Role).map((role) => [role, 'OWN'])) as Record<Role, Scope>;

/**
 * The one policy table: action → the roles allowed and their scope. A resolver names its action
 * with @Allow; the guard looks it up here. Changing who may do what is a change to this table.
 */
export const POLICY = {
  'me.read': everyone,
  'me.changePassword': everyone,
  'partnership.read': {
    [Role.PLATFORM_ADMIN]: 'PARTNERSHIP',
    [Role.WORKFORCE_LEAD]: 'PARTNERSHIP',
    [Role.PARTNER_ADMIN]: 'PARTNERSHIP',
  },
  'job.read': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP' },
  'job.retry': { [Role.PLATFORM_ADMIN]: 'PARTNERSHIP' },
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Action = keyof typeof POLICY;

const breadth: Record<Scope, number> = { OWN: 0, ORGANISATION: 1, PARTNERSHIP: 2 };

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

/** Every action the grants allow, for clients to show only what a person can use. */
export function permissionsFor(grants: readonly Grant[]): Action[] {
  return (Object.keys(POLICY) as Action[]).filter((action) => scopeFor(action, grants) !== null);
}
