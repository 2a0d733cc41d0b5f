import { Workbook } from 'exceljs';
import { type ColumnKey, PEOPLE_COLUMNS } from '../import/people-columns';

/** One exported row: each template column as text, dates as YYYY-MM-DD. */
export type PeopleSheetRow = Record<ColumnKey, string>;

const DATE_COLUMNS = new Set<ColumnKey>(['startDate', 'endDate']);

// A spreadsheet runs a cell starting with one of these as a formula: a name like "=HYPERLINK(…)"
// could do harm in whoever opens the export. An apostrophe makes it text; imports drop it again.
// Phone numbers such as +44 7700 900123 are left alone.
const FORMULA_START = /^[=+\-@\t\r]/;
const PHONE_LIKE = /^[+-][\d\s()]+$/;

const guarded = (text: string) => (FORMULA_START.test(text) && !PHONE_LIKE.test(text) ? `'${text}` : text);
const quoted = (text: string) => (/[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const ukDate = (iso: string) => iso.split('-').reverse().join('/');

/** CSV as Excel opens it cleanly: UTF-8 with a byte-order mark, CRLF line ends, UK dates. */
export function peopleCsv(rows: PeopleSheetRow[]): string {
  const header = PEOPLE_COLUMNS.map((column) => column.heading).join(',');
  const lines = rows.map((row) =>
    PEOPLE_COLUMNS.map(({ key }) => {
      const value = row[key];
      return quoted(guarded(DATE_COLUMNS.has(key) && value ? ukDate(value) : value));
    }).join(','),
  );
  return `\ufeff${[header, ...lines].join('\r\n')}\r\n`;
}

/** A workbook with one "People" sheet: dates as date cells, everything else as text. */
export async function peopleWorkbook(rows: PeopleSheetRow[]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('People', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = PEOPLE_COLUMNS.map(({ key, heading }) => ({
    key,
    header: heading,
    width: Math.max(heading.length + 2, 14),
    ...(DATE_COLUMNS.has(key) ? { style: { numFmt: 'dd/mm/yyyy' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      Object.fromEntries(
        PEOPLE_COLUMNS.map(({ key }) => {
          const value = row[key];
          if (DATE_COLUMNS.has(key)) return [key, value ? new Date(`${value}T00:00:00Z`) : null];
          return [key, value || null];
        }),
      ),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
