import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ref } from '@mikro-orm/core';
import type { Actor } from '@kindred/auth';
import type { Partnership } from '@kindred/database';
import { SupervisionAudit, SupervisionAuditAction } from './supervision-audit.entity';

export interface AuditedRead {
  partnership: Ref<Partnership>;
  recordType: string;
  recordId: string;
  /** Whose supervision it is: one row each, so a person's trail lists every read of their records. */
  subjectPersonIds: string[];
}

/**
 * Writes one audit row per record opened and subject, and flushes: the read is on record before
 * its content leaves the service.
 */
export async function auditContent(
  em: EntityManager,
  actor: Actor | null,
  reads: AuditedRead[],
  action = SupervisionAuditAction.READ,
): Promise<void> {
  for (const read of reads) {
    for (const subjectPersonId of new Set(read.subjectPersonIds)) {
      em.persist(
        new SupervisionAudit(read.partnership, {
          actorUserId: actor?.userId ?? null,
          action,
          recordType: read.recordType,
          recordId: read.recordId,
          subjectPersonId,
        }),
      );
    }
  }
  if (reads.length > 0) await em.flush();
}
