import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ref } from '@mikro-orm/core';
import type { Partnership } from '@kindred/database';
import { AuditEntry } from '../audit/audit-entry.entity';
import { type Changes, changesBetween } from '../audit/audit-trail';
import { assignmentFields, personFields } from '../audit/snapshots';
import { type AssignmentDetails, JobAssignment } from '../people/job-assignment.entity';
import { Person } from '../people/person.entity';
import type { AssignmentPlan, CheckContext, PersonPlan } from './import-check';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface WriteContext extends CheckContext {
  partnership: Ref<Partnership>;
  /** Who asked for the import: the audit entries name them. */
  requestedBy: string;
}

/** What an import adds; changes to records it found are made on those (managed) entities. */
export interface ImportWrites {
  counts: ImportCounts;
  people: Person[];
  assignments: JobAssignment[];
  audits: AuditEntry[];
}

const sameJob = (a: JobAssignment, row: AssignmentPlan) =>
  a.organisation.id === row.organisation.id &&
  a.jobTitle.toLowerCase() === row.fields.jobTitle.toLowerCase() &&
  a.startDate === row.fields.startDate;

/**
 * Applies checked plans through the entities, so their invariants hold for every row: people
 * first, so that a line manager further down the file exists when their reports' jobs are made.
 * Nothing reaches the database here; a dry run stops at the counts.
 */
export function prepareWrites(em: EntityManager, plans: PersonPlan[], ctx: WriteContext): ImportWrites {
  const writes: ImportWrites = {
    counts: { created: 0, updated: 0, unchanged: 0 },
    people: [],
    assignments: [],
    audits: [],
  };
  /** Records what changed, as recordAudit would, and says whether anything did. */
  const audit = (person: Person, entityType: string, entityId: string, changes: Changes): boolean => {
    if (Object.keys(changes).length === 0) return false;
    const entry = {
      personId: person.id,
      actorUserId: ctx.requestedBy,
      action: 'IMPORTED' as const,
      entityType,
      entityId,
      changes,
    };
    writes.audits.push(new AuditEntry(ctx.partnership, entry));
    return true;
  };

  const people = new Map<PersonPlan, { person: Person; changed: boolean }>();
  for (const plan of plans) {
    const before = plan.existing ? personFields(plan.existing) : {};
    const person = plan.existing ?? new Person(ctx.partnership, plan.details);
    if (plan.existing) person.update(plan.details);
    else writes.people.push(person);
    people.set(plan, {
      person,
      changed: audit(person, 'Person', person.id, changesBetween(before, personFields(person))),
    });
  }
  const added = new Set(writes.people);
  const personOf = (manager: AssignmentPlan['lineManager']) =>
    manager === null || manager instanceof Person ? manager : (people.get(manager)?.person ?? manager.existing);

  for (const plan of plans) {
    const { person } = people.get(plan)!;
    let changed = people.get(plan)!.changed;
    for (const row of plan.rows) {
      const existing = ctx.directory.assignmentsOf(person).find((a) => sameJob(a, row));
      let lineManager = personOf(row.lineManager);
      // A job already in Kindred is saved by flushing, which must see a new manager as a row that
      // exists (it is inserted first), not as one more person to insert.
      if (existing && lineManager && added.has(lineManager)) lineManager = em.getReference(Person, lineManager.id);
      const details = assignmentDetails(row, existing, lineManager, ctx);
      const before = existing ? assignmentFields(existing) : {};
      const assignment = existing ?? new JobAssignment(person, details);
      if (existing) existing.update(details);
      else writes.assignments.push(assignment);
      changed =
        audit(person, 'JobAssignment', assignment.id, changesBetween(before, assignmentFields(assignment))) || changed;
    }
    writes.counts[added.has(person) ? 'created' : changed ? 'updated' : 'unchanged']++;
  }
  return writes;
}

/** The job as the row describes it; a column the file lacks keeps the existing job's value. */
function assignmentDetails(
  row: AssignmentPlan,
  existing: JobAssignment | undefined,
  lineManager: Person | null,
  ctx: WriteContext,
): AssignmentDetails {
  const has = (column: 'team' | 'hoursPerWeek' | 'endDate' | 'lineManager') => ctx.headings[column] !== undefined;
  const existingHours = existing?.hoursPerWeek ? Number(existing.hoursPerWeek) : null;
  return {
    organisation: row.organisation,
    team: has('team') ? row.team : (existing?.team?.unwrap() ?? null),
    jobTitle: row.fields.jobTitle,
    employmentType: row.fields.employmentType,
    hoursPerWeek: has('hoursPerWeek') ? row.fields.hoursPerWeek : existingHours,
    startDate: row.fields.startDate,
    endDate: has('endDate') ? row.fields.endDate : (existing?.endDate ?? null),
    lineManager: has('lineManager') ? lineManager : (existing?.lineManager?.unwrap() ?? null),
  };
}

// Inserted in slices so that progress can be reported between them.
const SLICE = 1000;

/**
 * Saves prepared writes in the caller's transaction: new rows as multi-row inserts (people before
 * the jobs that name them), then one flush for the records that changed. `progress` gets the
 * share of the work done, from 0 to 1.
 */
export async function saveWrites(
  em: EntityManager,
  writes: ImportWrites,
  progress: (share: number) => Promise<void>,
): Promise<void> {
  const total = writes.people.length + writes.assignments.length + writes.audits.length + 1;
  let done = 0;
  for (const rows of [writes.people, writes.assignments, writes.audits] as object[][]) {
    for (let start = 0; start < rows.length; start += SLICE) {
      const slice = rows.slice(start, start + SLICE);
      await em.insertMany(slice);
      done += slice.length;
      await progress(done / total);
    }
  }
  await em.flush();
  await progress(1);
}
