import { BadInputError } from '@kindred/common';
import type { ImportFormat } from './file-format';
import { type ColumnKey, columnKeyOf, headingOf, PEOPLE_COLUMNS, REQUIRED_COLUMNS } from './people-columns';
import { type Cell, readSheet, type SheetRow } from './sheet';

export interface PeopleRow {
  number: number;
  cells: Partial<Record<ColumnKey, Cell>>;
}

/** A people file read by its header: which columns it has (as the file names them) and its rows. */
export interface PeopleTable {
  headings: Partial<Record<ColumnKey, string>>;
  rows: PeopleRow[];
}

// HR exports sometimes put a title or a date above the header; it is looked for this far down,
// and is the first row naming at least this many known columns.
const HEADER_SEARCH_ROWS = 10;
const HEADER_MIN_COLUMNS = 3;

const isBlank = (cell: Cell | undefined) => cell === undefined || (typeof cell === 'string' && cell.trim() === '');
const TEMPLATE = PEOPLE_COLUMNS.map((c) => c.heading).join(', ');

/** Reads a file into people rows, or refuses it with a message saying what to fix. */
export async function readPeopleTable(format: ImportFormat, bytes: Buffer): Promise<PeopleTable> {
  return peopleTable(await readSheet(format, bytes));
}

export function peopleTable(sheet: SheetRow[]): PeopleTable {
  const filled = sheet.filter((row) => !row.cells.every(isBlank));
  if (filled.length === 0)
    throw new BadInputError('The file has no rows. Choose a file with a header row and people below it.');
  const headerIndex = filled
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex(
      (row) => row.cells.filter((cell) => typeof cell === 'string' && columnKeyOf(cell)).length >= HEADER_MIN_COLUMNS,
    );
  if (headerIndex < 0) {
    throw new BadInputError(
      `The file has no header row. Its first row must name the columns, as the template does: ${TEMPLATE}.`,
    );
  }
  const positions = columnPositions(filled[headerIndex].cells);
  const missing = REQUIRED_COLUMNS.filter((key) => positions[key] === undefined);
  if (missing.length > 0) {
    throw new BadInputError(
      `The file has no ${missing.map(headingOf).join(', ')} column${missing.length > 1 ? 's' : ''}. ` +
        `Every file needs ${REQUIRED_COLUMNS.map(headingOf).join(', ')}.`,
    );
  }
  const rows = filled.slice(headerIndex + 1).map((row) => ({
    number: row.number,
    cells: Object.fromEntries(Object.entries(positions).map(([key, p]) => [key, row.cells[p.index] ?? ''])),
  }));
  if (rows.length === 0) throw new BadInputError('The file has a header row but no people below it.');
  return { headings: Object.fromEntries(Object.entries(positions).map(([key, p]) => [key, p.heading])), rows };
}

function columnPositions(header: Cell[]): Partial<Record<ColumnKey, { index: number; heading: string }>> {
  const positions: Partial<Record<ColumnKey, { index: number; heading: string }>> = {};
  header.forEach((cell, index) => {
    const heading = typeof cell === 'string' ? cell.trim() : '';
    const key = columnKeyOf(heading);
    if (!key) return;
    const taken = positions[key];
    if (taken) {
      throw new BadInputError(
        `"${taken.heading}" and "${heading}" are both read as the ${headingOf(key)} column. Remove or rename one of them.`,
      );
    }
    positions[key] = { index, heading };
  });
  return positions;
}
