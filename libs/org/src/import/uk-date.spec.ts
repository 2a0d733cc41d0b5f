import { parseUkDate } from './uk-date';

describe('parseUkDate', () => {
  it.each([
    ['01/09/2025', '2025-09-01'],
    ['1/9/25', '2025-09-01'],
    ['1/9/85', '1985-09-01'],
    ['01-09-2025', '2025-09-01'],
    ['01.09.2025', '2025-09-01'],
    ['2025-09-01', '2025-09-01'],
    ['1 Sep 2025', '2025-09-01'],
    ['1 Sept 2025', '2025-09-01'],
    ['1st September 2025', '2025-09-01'],
    ['01-Sep-25', '2025-09-01'],
    ['01/09/2025 00:00:00', '2025-09-01'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %s day first', (text, iso) => {
    expect(parseUkDate(text)).toBe(iso);
  });

  it.each(['31/02/2025', '29/02/2025', '13/13/2025', '2025-13-01', 'next Monday', '1 Smarch 2025', '', '45901'])(
    'refuses %p',
    (text) => {
      expect(parseUkDate(text)).toBeNull();
    },
  );

  it('takes a workbook date cell as the calendar day it shows', () => {
    expect(parseUkDate(new Date('2025-09-01T00:00:00Z'))).toBe('2025-09-01');
  });
});
