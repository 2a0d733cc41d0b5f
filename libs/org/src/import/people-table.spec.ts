import { peopleTable } from './people-table';
import type { SheetRow } from './sheet';

const rows = (...lines: string[][]): SheetRow[] => lines.map((cells, i) => ({ number: i + 1, cells }));
const TEMPLATE_HEADER = [
  'Given name',
  'Family name',
  'Email',
  'Organisation',
  'Job title',
  'Employment type',
  'Start date',
];

describe('reading a people file by its header', () => {
  it('maps HR names for the columns, whatever their case and spacing', () => {
    const table = peopleTable(
      rows(
        [
          'Forename',
          'SURNAME',
          'Work E-mail',
          'Employer',
          'Role',
          'contract type',
          ' Date started ',
          'Staff No',
          'Manager email',
        ],
        ['Ann', 'Lee', 'ann@x.example', 'NCC', 'Navigator', 'Staff', '01/09/2025', '7', 'bo@x.example'],
      ),
    );
    expect(table.headings).toMatchObject({ givenName: 'Forename', email: 'Work E-mail', employeeNumber: 'Staff No' });
    expect(table.rows).toEqual([
      {
        number: 2,
        cells: expect.objectContaining({ givenName: 'Ann', startDate: '01/09/2025', lineManager: 'bo@x.example' }),
      },
    ]);
  });

  it('finds the header below a title row and keeps spreadsheet row numbers', () => {
    const table = peopleTable(rows(['Payroll export'], [], TEMPLATE_HEADER, [], ['Ann', 'Lee']));
    expect(table.rows.map((row) => row.number)).toEqual([5]);
  });

  it('refuses a file without a header row', () => {
    expect(() => peopleTable(rows(['Ann', 'Lee', 'ann@x.example']))).toThrow(/no header row/);
  });

  it('names the required columns a file lacks', () => {
    expect(() => peopleTable(rows(['Given name', 'Family name', 'Email'], ['Ann', 'Lee', 'a@x.example']))).toThrow(
      'The file has no Organisation, Job title, Employment type, Start date columns.',
    );
  });

  it('refuses two columns that mean the same thing', () => {
    expect(() => peopleTable(rows([...TEMPLATE_HEADER, 'Work email'], ['Ann']))).toThrow(
      '"Email" and "Work email" are both read as the Email column.',
    );
  });

  it('refuses a header with nobody under it', () => {
    expect(() => peopleTable(rows(TEMPLATE_HEADER, []))).toThrow('The file has a header row but no people below it.');
  });
});
