import { parse } from 'csv-parse/sync';
import { type CellValue, Workbook } from 'exceljs';
import { BadInputError } from '@kindred/common';
import { type ImportFormat, utf8Text } from './file-format';

/** A cell as read: text, or a date for a workbook cell formatted as one. */
export type Cell = string | Date;

export interface SheetRow {
  /** As the spreadsheet shows it: the first row is 1. */
  number: number;
  cells: Cell[];
}

/** The rows of a CSV file, or of a workbook's first worksheet that has any. */
export async function readSheet(format: ImportFormat, bytes: Buffer): Promise<SheetRow[]> {
  return format === 'CSV' ? readCsv(bytes) : readWorkbook(bytes);
}

// Exports protect cells that a spreadsheet would run as formulas with a leading apostrophe
// (see export/people-sheet.ts); reading drops it again so the value round-trips.
const GUARDED = /^'(?=[=+\-@\t\r])/;

function readCsv(bytes: Buffer): SheetRow[] {
  const text = utf8Text(bytes) ?? '';
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    throw new BadInputError(
      `The CSV file could not be read: ${(error as Error).message}. Check its quotes and save it again.`,
    );
  }
  // One record is one spreadsheet row, even when a quoted cell spans several lines.
  return records.map((cells, index) => ({ number: index + 1, cells: cells.map((c) => c.replace(GUARDED, '')) }));
}

/** Comma, unless the first line plainly uses semicolons or tabs (some European exports do). */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string) => firstLine.split(d).length - 1;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best));
}

async function readWorkbook(bytes: Buffer): Promise<SheetRow[]> {
  const workbook = new Workbook();
  try {
    // exceljs declares its own Buffer type, which Node's Uint8Array-based Buffer no longer matches.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new BadInputError(
      'The file looks like a zip archive but is not an Excel workbook that can be read. Open it in Excel and save it as ".xlsx" again.',
    );
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  const rows: SheetRow[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as CellValue[];
    rows.push({
      number,
      cells: Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellOf(values[i + 1])),
    });
  });
  return rows;
}

function cellOf(value: CellValue): Cell {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  // Emails are often hyperlinks, whose text may itself be rich text.
  if ('hyperlink' in value) return cellOf(value.text as CellValue);
  if ('result' in value) return cellOf(value.result as CellValue);
  return '';
}
