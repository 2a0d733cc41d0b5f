import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ref } from '@mikro-orm/core';
import type { Partnership } from '@kindred/database';
import { type AuditAction, AuditEntry } from './audit-entry.entity';

export type Changes = Record<string, [unknown, unknown]>;

/** Field → [before, after] for the fields whose value differs. */
export function changesBetween(before: Record<string, unknown>, after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      changes[key] = [before[key] ?? null, after[key] ?? null];
    }
  }
  return changes;
}

/**
 * Adds an audit entry to the unit of work, so it commits (or rolls back) with the change it
 * describes. An update that changed nothing leaves no entry.
 */
export function recordAudit(
  em: EntityManager,
  partnership: Ref<Partnership>,
  entry: {
    personId: string;
    actorUserId: string | null;
    action: AuditAction;
    entityType: string;
    entityId: string;
    changes: Changes;
  },
): void {
  if (entry.action === 'UPDATED' && Object.keys(entry.changes).length === 0) return;
  em.persist(new AuditEntry(partnership, entry));
}
