import { type Organisation, OrganisationStatus } from '../organisation/organisation.entity';
import { Person, type PersonDetails } from '../people/person.entity';
import type { Team } from '../team/team.entity';
import type { ImportProblem } from './import-run.entity';
import { type ColumnKey, headingOf } from './people-columns';
import type { ReadRow, RowFields } from './row-fields';
import { isEmailReference, type WorkforceDirectory } from './workforce-directory';

/** One row that can be written: a job for the person it belongs to. */
export interface AssignmentPlan {
  number: number;
  fields: RowFields;
  organisation: Organisation;
  team: Team | null;
  /** Whom the line manager cell names: a person in this file, or someone already in Kindred. */
  lineManager: PersonPlan | Person | null;
}

/** A person the file describes, on one or more rows (one per job), and who they already are. */
export interface PersonPlan {
  firstRow: number;
  existing: Person | null;
  details: PersonDetails;
  rows: AssignmentPlan[];
}

export interface ImportCheck {
  /** The people with at least one row that can be written. */
  people: PersonPlan[];
  problems: ImportProblem[];
  badRows: number;
}

export interface CheckContext {
  directory: WorkforceDirectory;
  /** The file's own names for its columns; a column it lacks leaves existing values alone. */
  headings: Partial<Record<ColumnKey, string>>;
  /** The organisations the importer may write to; null for partnership-wide importers. */
  reach: readonly string[] | null;
}

const ukDate = (iso: string) => iso.split('-').reverse().join('/');
const describe = (p: Person) => `${p.fullName}${p.employeeNumber ? ` (employee number ${p.employeeNumber})` : ''}`;
const personalKey = (f: RowFields) => JSON.stringify([f.employeeNumber, f.givenName, f.familyName, f.email, f.phone]);

/** What the person's record becomes: the file's values, keeping what its absent columns would clear. */
export function personDetails(f: RowFields, existing: Person | null, ctx: CheckContext): PersonDetails {
  return {
    givenName: f.givenName,
    familyName: f.familyName,
    email: f.email,
    // A blank number never clears one HR gave: imports match on it.
    employeeNumber: f.employeeNumber ?? existing?.employeeNumber ?? null,
    phone: ctx.headings.phone !== undefined ? f.phone : (existing?.phone ?? null),
  };
}

/**
 * Checks every row against the partnership and the rest of the file, and plans the people to
 * write. Every bad row is reported: with each column that cannot be read, or else with the first
 * reason it cannot be placed (organisation, team, identity, line manager). No row is dropped
 * silently.
 */
export function checkRows(rows: ReadRow[], ctx: CheckContext): ImportCheck {
  const problems: ImportProblem[] = rows.flatMap((row) => row.problems);
  const bad = new Set(problems.map((p) => p.row));
  const report = (row: ReadRow, key: ColumnKey, reason: string) => {
    problems.push({
      row: row.number,
      column: ctx.headings[key] ?? headingOf(key),
      value: row.text[key] || null,
      reason,
    });
    bad.add(row.number);
  };

  const placed = placeRows(rows, ctx, report);
  const people = groupPeople(placed, report);
  const plans = matchExisting(people, ctx, report);
  resolveLineManagers(plans, rows, bad, ctx, report);
  problems.sort((a, b) => a.row - b.row);
  return { people: plans.filter((plan) => plan.rows.length > 0), problems, badRows: bad.size };
}

type Report = (row: ReadRow, key: ColumnKey, reason: string) => void;
type Placed = { row: ReadRow; fields: RowFields; organisation: Organisation; team: Team | null };

/** Finds each row's organisation and team, within the importer's reach. */
function placeRows(rows: ReadRow[], ctx: CheckContext, report: Report): Placed[] {
  const placed: Placed[] = [];
  for (const row of rows) {
    const fields = row.fields;
    if (!fields) continue;
    const organisation = ctx.directory.organisation(fields.organisation);
    if (!organisation) {
      report(
        row,
        'organisation',
        `There is no organisation called "${fields.organisation}". Use its name or code as Kindred has it.`,
      );
      continue;
    }
    if (organisation.status === OrganisationStatus.INACTIVE) {
      report(row, 'organisation', `${organisation.name} is no longer active in the partnership.`);
      continue;
    }
    if (ctx.reach && !ctx.reach.includes(organisation.id)) {
      report(row, 'organisation', `You can only import people into your own organisation, not ${organisation.name}.`);
      continue;
    }
    let team: Team | null = null;
    if (fields.team) {
      const found = ctx.directory.team(fields.team, organisation);
      if (!found.inOrganisation) {
        report(
          row,
          'team',
          found.elsewhere
            ? `Team "${fields.team}" is part of ${found.elsewhere.organisation.unwrap().name}, not ${organisation.name}.`
            : `${organisation.name} has no team called "${fields.team}".`,
        );
        continue;
      }
      team = found.inOrganisation;
    }
    placed.push({ row, fields, organisation, team });
  }
  return placed;
}

/**
 * Gathers rows into people by employee number or email. A person may have several rows, one per
 * job, which must agree on who the person is; the same job twice is a duplicate.
 */
function groupPeople(placed: Placed[], report: Report): Placed[][] {
  const people: Placed[][] = [];
  const byNumber = new Map<string, Placed[]>();
  const byEmail = new Map<string, Placed[]>();
  const jobKey = (p: Placed) => `${p.organisation.id}|${p.fields.jobTitle.toLowerCase()}|${p.fields.startDate}`;
  for (const item of placed) {
    const { row, fields } = item;
    const person =
      (fields.employeeNumber ? byNumber.get(fields.employeeNumber) : undefined) ?? byEmail.get(fields.email);
    if (!person) {
      people.push([item]);
      if (fields.employeeNumber) byNumber.set(fields.employeeNumber, people[people.length - 1]);
      byEmail.set(fields.email, people[people.length - 1]);
      continue;
    }
    const first = person[0];
    if (personalKey(first.fields) !== personalKey(fields)) {
      const sameNumber = fields.employeeNumber !== null && fields.employeeNumber === first.fields.employeeNumber;
      report(
        row,
        sameNumber ? 'employeeNumber' : 'email',
        `${sameNumber ? `Employee number ${fields.employeeNumber}` : fields.email} is also on row ${first.row.number} ` +
          'with different details. Rows for the same person must agree on name, email, employee number and phone.',
      );
      continue;
    }
    const twin = person.find((other) => jobKey(other) === jobKey(item));
    if (twin) {
      report(
        row,
        'email',
        `Duplicate of row ${twin.row.number}: the same person, organisation, job title and start date (${ukDate(fields.startDate)}).`,
      );
      continue;
    }
    person.push(item);
  }
  return people;
}

/**
 * Matches each person to the record already in Kindred (by employee number, then email), refusing
 * a row that would take another person's email or number, or that a partner admin would use to
 * change someone who works only for other organisations.
 */
function matchExisting(people: Placed[][], ctx: CheckContext, report: Report): PersonPlan[] {
  const plans: PersonPlan[] = [];
  const claimed = new Map<Person, number>();
  for (const rows of people) {
    const fields = rows[0].fields;
    const byNumber = fields.employeeNumber ? ctx.directory.personByNumber(fields.employeeNumber) : undefined;
    const byEmail = ctx.directory.personByEmail(fields.email);
    const existing = byNumber ?? byEmail ?? null;
    const details = personDetails(fields, existing, ctx);
    let conflict: [ColumnKey, string] | null = null;
    if (byNumber && byEmail && byNumber !== byEmail) {
      conflict = ['email', `${fields.email} already belongs to ${describe(byEmail)}.`];
    } else if (!byNumber && byEmail?.employeeNumber && fields.employeeNumber) {
      conflict = [
        'employeeNumber',
        `${fields.email} belongs to ${byEmail.fullName}, whose employee number is ${byEmail.employeeNumber}.`,
      ];
    } else if (existing && claimed.has(existing)) {
      conflict = ['email', `Row ${claimed.get(existing)} already updates ${describe(existing)}.`];
    } else if (existing && ctx.reach && !worksWithin(existing, ctx)) {
      const changed = changedColumn(existing, details);
      if (changed) {
        conflict = [
          changed,
          `${existing.fullName} works for another organisation: you can add a job in yours, but not change their details.`,
        ];
      }
    }
    if (conflict) {
      for (const { row } of rows) report(row, ...conflict);
      continue;
    }
    if (existing) claimed.set(existing, rows[0].row.number);
    const plan: PersonPlan = { firstRow: rows[0].row.number, existing, details, rows: [] };
    plan.rows = rows.map((p) => ({
      number: p.row.number,
      fields: p.fields,
      organisation: p.organisation,
      team: p.team,
      lineManager: null,
    }));
    plans.push(plan);
  }
  return plans;
}

function worksWithin(person: Person, ctx: CheckContext): boolean {
  return ctx.directory.assignmentsOf(person).some((a) => ctx.reach?.includes(a.organisation.id));
}

function changedColumn(person: Person, details: PersonDetails): ColumnKey | null {
  const keys = ['givenName', 'familyName', 'email', 'employeeNumber', 'phone'] as const;
  return keys.find((key) => (person[key] ?? null) !== (details[key] ?? null)) ?? null;
}

/**
 * Finds each row's line manager in the file or among existing people. A manager whose own rows
 * all have problems will not be written, so the rows they manage cannot be either; that ripples
 * until nothing changes.
 */
function resolveLineManagers(
  plans: PersonPlan[],
  rows: ReadRow[],
  bad: Set<number>,
  ctx: CheckContext,
  report: Report,
): void {
  const inFile = new Map<string, PersonPlan>();
  for (const plan of plans) {
    inFile.set(plan.details.email, plan);
    if (plan.details.employeeNumber) inFile.set(plan.details.employeeNumber, plan);
  }
  const rowOf = new Map(rows.map((row) => [row.number, row]));
  // Who the rows with problems would have been, to tell "not in the file" from "on a bad row".
  const badRows = new Map<string, number>();
  for (const row of rows.filter((r) => bad.has(r.number)).reverse()) {
    if (row.text.email) badRows.set(row.text.email.toLowerCase(), row.number);
    if (row.text.employeeNumber) badRows.set(row.text.employeeNumber, row.number);
  }

  for (const plan of plans) {
    for (const assignment of plan.rows) {
      const reference = assignment.fields.lineManager;
      if (!reference) continue;
      const key = isEmailReference(reference) ? reference.toLowerCase() : reference;
      const manager = inFile.get(key) ?? ctx.directory.personByReference(reference) ?? null;
      const row = rowOf.get(assignment.number)!;
      if (manager === plan || (manager !== null && manager === plan.existing)) {
        report(row, 'lineManager', 'A person cannot be their own line manager.');
      } else if (!manager) {
        const badRow = badRows.get(key);
        report(
          row,
          'lineManager',
          badRow
            ? `The line manager ${reference} is on row ${badRow}, which has problems.`
            : `No one with the ${isEmailReference(reference) ? 'email' : 'employee number'} ${reference} is in this file or already in Kindred.`,
        );
      }
      assignment.lineManager = manager;
    }
  }

  for (let rippled = true; rippled;) {
    rippled = false;
    for (const plan of plans) plan.rows = plan.rows.filter((assignment) => !bad.has(assignment.number));
    for (const plan of plans) {
      for (const assignment of plan.rows) {
        const manager = assignment.lineManager;
        if (manager instanceof Person || manager === null || manager.rows.length > 0 || manager.existing) continue;
        report(
          rowOf.get(assignment.number)!,
          'lineManager',
          `The line manager ${assignment.fields.lineManager} is on row ${manager.firstRow}, which has problems.`,
        );
        rippled = true;
      }
    }
  }
}
