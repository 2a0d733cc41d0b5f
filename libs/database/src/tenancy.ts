import type { EntityManager, Filter } from '@mikro-orm/core';

type FilterDef = Parameters<typeof Filter>[0];
type FilterCond = Extract<FilterDef['cond'], (...args: never[]) => unknown>;

export const TENANT_FILTER = 'tenant';

export interface TenantParams {
  partnershipId: string;
}

/**
 * Scopes every read, update and delete to one partnership. It applies to all entities and decides
 * per entity: the Partnership itself by id, partnership-owned rows by their `partnership`, others
 * not at all. With no partnership set it refuses to query owned rows rather than return them all;
 * code that must cross partnerships (sign-in, seeding) turns the filter off explicitly.
 */
export const tenantFilter: FilterDef = {
  name: TENANT_FILTER,
  default: true,
  // Declared without named parameters so MikroORM lets us decide what a missing argument means.
  cond: (...[args, , em, , entityName]: Parameters<FilterCond>) => {
    const name = typeof entityName === 'string' ? entityName : (entityName as { name: string } | undefined)?.name;
    const meta = name ? (em as EntityManager).getMetadata().find(name) : undefined;
    const owned = name === 'Partnership' || Boolean(meta?.properties['partnership' as never]);
    if (!owned) return {};
    const partnershipId = (args as Partial<TenantParams> | undefined)?.partnershipId;
    if (!partnershipId) throw new Error(`No partnership in context for a query of ${name}.`);
    return name === 'Partnership' ? { id: partnershipId } : { partnership: partnershipId };
  },
};

/** Scopes this entity manager (a request's or a job's fork) to one partnership. */
export function scopeToPartnership(em: EntityManager, partnershipId: string): void {
  em.setFilterParams(TENANT_FILTER, { partnershipId } satisfies TenantParams);
}
