import { type Cell, parseUkDate, type SheetRow } from '@kindred/org';
import {
  type CompletionRecord,
  type CourseRecord,
  type PullCapability,
  type RecordProblem,
  type SessionRecord,
  wallClock,
} from '@kindred/plugin-sdk';

/** A column: the header names it goes by (compared without case, spaces or punctuation). */
interface Column {
  label: string;
  names: string[];
  required: boolean;
}

const column = (label: string, names: string[], required = false): Column => ({ label, names, required });

export const COLUMNS = {
  catalogue: {
    id: column('Course id', ['courseid', 'id', 'code', 'coursecode'], true),
    title: column('Title', ['title', 'course', 'coursetitle', 'name'], true),
    summary: column('Summary', ['summary', 'description']),
    duration: column('Duration (minutes)', ['durationminutes', 'duration', 'minutes']),
    mode: column('Mode', ['mode', 'delivery']),
  },
  sessions: {
    id: column('Session id', ['sessionid', 'id', 'reference'], true),
    course: column('Course', ['course', 'coursetitle', 'title'], true),
    date: column('Date', ['date', 'sessiondate'], true),
    start: column('Start time', ['starttime', 'start', 'from'], true),
    end: column('End time', ['endtime', 'end', 'to'], true),
    venue: column('Venue', ['venue', 'location']),
    link: column('Online link', ['onlinelink', 'link', 'url', 'joininglink']),
    places: column('Places', ['places', 'capacity', 'seats']),
    cancelled: column('Cancelled', ['cancelled', 'canceled']),
  },
  completions: {
    id: column('Completion id', ['completionid', 'id', 'reference', 'certificate'], true),
    email: column('Email', ['email', 'workemail', 'emailaddress']),
    employeeNumber: column('Employee number', ['employeenumber', 'payrollnumber', 'staffnumber']),
    name: column('Name', ['name', 'learner', 'fullname']),
    course: column('Course', ['course', 'coursetitle', 'title'], true),
    completedOn: column('Completed on', ['completedon', 'completed', 'completiondate', 'date'], true),
  },
} satisfies Record<PullCapability, Record<string, Column>>;

const key = (header: Cell) =>
  String(header)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
const MODES = ['IN_PERSON', 'VIRTUAL', 'E_LEARNING', 'BLENDED'] as const;
const YES = ['yes', 'y', 'true', '1', 'cancelled'];

/** "09:30", "9.30", or a workbook time cell. */
function timeOf(cell: Cell): { hour: number; minute: number } | null {
  if (cell instanceof Date) return { hour: cell.getUTCHours(), minute: cell.getUTCMinutes() };
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(cell.trim());
  if (!match || +match[1] > 23 || +match[2] > 59) return null;
  return { hour: +match[1], minute: +match[2] };
}

export interface ReadRows<T> {
  records: T[];
  problems: RecordProblem[];
}

/**
 * The rows of one file as canonical records, with every bad row reported (file, row, column,
 * value, reason), as the people import does.
 */
export function readRows(
  capability: PullCapability,
  file: string,
  rows: SheetRow[],
  timeZone: string,
): ReadRows<CourseRecord | SessionRecord | CompletionRecord> {
  const columns: Record<string, Column> = COLUMNS[capability];
  const [header, ...body] = rows;
  const problems: RecordProblem[] = [];
  const at: Record<string, number> = {};
  for (const [field, col] of Object.entries(columns)) {
    const index = header?.cells.findIndex((cell) => col.names.includes(key(cell))) ?? -1;
    if (index >= 0) at[field] = index;
    else if (col.required)
      problems.push({ record: `${file} row 1`, message: `The header has no "${col.label}" column.` });
  }
  if (problems.length) return { records: [], problems };
  const records: (CourseRecord | SessionRecord | CompletionRecord)[] = [];
  for (const row of body) {
    if (row.cells.every((c) => String(c).trim() === '')) continue;
    const bad = (field: string, reason: string) =>
      problems.push({
        record: `${file} row ${row.number}`,
        message: `${columns[field].label} "${String(row.cells[at[field]] ?? '').trim()}": ${reason}`,
      });
    const cell = (field: string): Cell => (at[field] === undefined ? '' : (row.cells[at[field]] ?? ''));
    const textOf = (field: string) => String(cell(field)).trim();
    const before = problems.length;
    for (const [field, col] of Object.entries(columns)) {
      if (col.required && textOf(field) === '' && !(cell(field) instanceof Date)) bad(field, 'is required');
    }
    if (problems.length > before) continue;
    if (capability === 'catalogue') {
      const duration = textOf('duration') ? Number(textOf('duration')) : undefined;
      const mode = textOf('mode')
        .toUpperCase()
        .replace(/[\s-]+/g, '_');
      if (duration !== undefined && (!Number.isInteger(duration) || duration < 15)) {
        bad('duration', 'is a whole number of minutes, at least 15');
      } else if (mode && !(MODES as readonly string[]).includes(mode)) {
        bad('mode', `is one of ${MODES.join(', ')}`);
      } else {
        records.push({
          externalId: textOf('id'),
          title: textOf('title'),
          summary: textOf('summary') || undefined,
          durationMinutes: duration,
          mode: (mode || undefined) as CourseRecord['mode'],
        });
      }
    } else if (capability === 'sessions') {
      const day = parseUkDate(cell('date'));
      const start = timeOf(cell('start'));
      const end = timeOf(cell('end'));
      const places = textOf('places') ? Number(textOf('places')) : null;
      if (!day) bad('date', 'is not a date (use 01/12/2026 or 2026-12-01)');
      else if (!start) bad('start', 'is not a time like 09:30');
      else if (!end) bad('end', 'is not a time like 16:00');
      else if (places !== null && (!Number.isInteger(places) || places < 1))
        bad('places', 'is a whole number, at least 1');
      else if (!textOf('venue') && !textOf('link')) bad('venue', 'give a venue or an online link');
      else {
        const [year, month, date] = day.split('-').map(Number);
        const startsAt = wallClock({ year, month, day: date, ...start }, timeZone);
        const endsAt = wallClock({ year, month, day: date, ...end }, timeZone);
        if (endsAt <= startsAt) bad('end', 'is before the start');
        else
          records.push({
            externalId: textOf('id'),
            courseTitle: textOf('course'),
            startsAt,
            endsAt,
            venue: textOf('venue') || null,
            onlineUrl: textOf('link') || null,
            capacity: places,
            cancelled: YES.includes(textOf('cancelled').toLowerCase()),
          });
      }
    } else {
      const completedOn = parseUkDate(cell('completedOn'));
      if (!textOf('email') && !textOf('employeeNumber')) bad('email', 'give an email or an employee number');
      else if (!completedOn) bad('completedOn', 'is not a date (use 01/12/2026 or 2026-12-01)');
      else
        records.push({
          externalId: textOf('id'),
          learner: {
            email: textOf('email') || null,
            employeeNumber: textOf('employeeNumber') || null,
            name: textOf('name') || null,
          },
          courseTitle: textOf('course'),
          completedOn,
        });
    }
  }
  return { records, problems };
}
