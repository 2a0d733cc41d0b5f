import { EmploymentType, type IsoDate } from '../people/job-assignment.entity';
import type { ImportProblem } from './import-run.entity';
import { type ColumnKey, headingOf } from './people-columns';
import type { PeopleRow } from './people-table';
import { parseUkDate } from './uk-date';

/** A row's values once each column has been read on its own. */
export interface RowFields {
  employeeNumber: string | null;
  givenName: string;
  familyName: string;
  email: string;
  phone: string | null;
  organisation: string;
  team: string | null;
  jobTitle: string;
  employmentType: EmploymentType;
  hoursPerWeek: number | null;
  startDate: IsoDate;
  endDate: IsoDate | null;
  lineManager: string | null;
}

export interface ReadRow {
  number: number;
  /** Each cell as text (dates as YYYY-MM-DD), for reports and for matching rows that have problems. */
  text: Record<ColumnKey, string>;
  /** Set when every column could be read. */
  fields?: RowFields;
  problems: ImportProblem[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// Column widths of Person and JobAssignment: longer values would fail the whole write.
const MAX_LENGTH: Partial<Record<ColumnKey, number>> = {
  employeeNumber: 40,
  givenName: 100,
  familyName: 100,
  email: 320,
  phone: 40,
  jobTitle: 200,
};

/** The words HR systems use for each employment type, normalised as headings are. */
const EMPLOYMENT_TYPES: Record<string, EmploymentType> = {
  staff: EmploymentType.STAFF,
  employee: EmploymentType.STAFF,
  employed: EmploymentType.STAFF,
  permanent: EmploymentType.STAFF,
  fixedterm: EmploymentType.STAFF,
  fulltime: EmploymentType.STAFF,
  parttime: EmploymentType.STAFF,
  bank: EmploymentType.STAFF,
  volunteer: EmploymentType.VOLUNTEER,
  voluntary: EmploymentType.VOLUNTEER,
  student: EmploymentType.STUDENT,
  studentplacement: EmploymentType.STUDENT,
  placement: EmploymentType.STUDENT,
  agency: EmploymentType.AGENCY,
  agencystaff: EmploymentType.AGENCY,
  locum: EmploymentType.AGENCY,
  seconded: EmploymentType.SECONDED,
  secondment: EmploymentType.SECONDED,
  secondee: EmploymentType.SECONDED,
};

const ukDate = (iso: IsoDate) => iso.split('-').reverse().join('/');

/** Reads one row column by column, reporting every value that cannot be used. */
export function readRow(row: PeopleRow, headings: Partial<Record<ColumnKey, string>>): ReadRow {
  const text = Object.fromEntries(
    Object.entries(row.cells).map(([key, cell]) => [
      key,
      cell instanceof Date ? (parseUkDate(cell) ?? '') : cell.trim(),
    ]),
  ) as Record<ColumnKey, string>;
  const problems: ImportProblem[] = [];
  const report = (key: ColumnKey, reason: string) =>
    problems.push({ row: row.number, column: headings[key] ?? headingOf(key), value: text[key] || null, reason });
  const value = (key: ColumnKey, required = false): string | null => {
    const found = text[key] || null;
    const max = MAX_LENGTH[key];
    if (found === null && required) report(key, `${headings[key] ?? headingOf(key)} is required.`);
    else if (found !== null && max && found.length > max) report(key, `This is longer than ${max} characters.`);
    return found;
  };
  const date = (key: 'startDate' | 'endDate', required: boolean): IsoDate | null => {
    const found = value(key, required);
    if (found === null) return null;
    const parsed = parseUkDate(row.cells[key] as Date | string);
    if (!parsed) report(key, `"${found}" is not a date. Write dates as DD/MM/YYYY, for example 01/09/2025.`);
    return parsed;
  };

  const email = value('email', true)?.toLowerCase() ?? null;
  if (email !== null && !EMAIL.test(email)) report('email', `"${text.email}" is not an email address.`);
  const employmentTypeText = value('employmentType', true);
  const employmentType = employmentTypeText
    ? EMPLOYMENT_TYPES[employmentTypeText.toLowerCase().replace(/[^a-z]/g, '')]
    : null;
  if (employmentTypeText && !employmentType) {
    report(
      'employmentType',
      `"${employmentTypeText}" is not an employment type. Use Staff, Volunteer, Student, Agency or Seconded.`,
    );
  }
  const hoursText = value('hoursPerWeek');
  const hoursPerWeek = hoursText === null ? null : Number(hoursText);
  if (hoursPerWeek !== null && !(hoursPerWeek > 0 && hoursPerWeek <= 80)) {
    report('hoursPerWeek', 'Hours per week must be a number more than 0 and at most 80.');
  }
  const startDate = date('startDate', true);
  const endDate = date('endDate', false);
  if (startDate && endDate && endDate < startDate) {
    report('endDate', `The end date ${ukDate(endDate)} is before the start date ${ukDate(startDate)}.`);
  }
  const fields = {
    employeeNumber: value('employeeNumber'),
    givenName: value('givenName', true),
    familyName: value('familyName', true),
    email,
    phone: value('phone'),
    organisation: value('organisation', true),
    team: value('team'),
    jobTitle: value('jobTitle', true),
    employmentType,
    hoursPerWeek,
    startDate,
    endDate,
    lineManager: value('lineManager'),
  };
  problems.sort((a, b) => columnOrder(a.column, headings) - columnOrder(b.column, headings));
  return { number: row.number, text, problems, ...(problems.length === 0 ? { fields: fields as RowFields } : {}) };
}

function columnOrder(column: string | null, headings: Partial<Record<ColumnKey, string>>): number {
  return Object.values(headings).indexOf(column ?? '');
}
