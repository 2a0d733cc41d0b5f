import { addMonths, DueState, dueState, FrequencyPattern, nextDueDate } from './schedule';

const asye = { pattern: FrequencyPattern.ASYE, everyDays: null };
const monthly = { pattern: FrequencyPattern.EVERY_N_DAYS, everyDays: 28 };

describe('supervision frequency', () => {
  it('counts every N days from the last session held, or from the start before any', () => {
    expect(nextDueDate(monthly, '2026-09-01', null)).toBe('2026-09-29');
    expect(nextDueDate(monthly, '2026-09-01', '2026-10-20')).toBe('2026-11-17');
    // A session dated before the agreement began does not pull the due date back.
    expect(nextDueDate(monthly, '2026-09-01', '2026-08-01')).toBe('2026-09-29');
  });

  it('follows the ASYE pattern: weekly for six weeks, fortnightly to six months, then monthly', () => {
    const start = '2026-09-07';
    expect(nextDueDate(asye, start, null)).toBe('2026-09-14');
    expect(nextDueDate(asye, start, '2026-10-12')).toBe('2026-10-19'); // day 35: still weekly
    expect(nextDueDate(asye, start, '2026-10-19')).toBe('2026-11-02'); // day 42: fortnightly
    expect(nextDueDate(asye, start, '2027-03-01')).toBe('2027-03-15'); // before 7 March: fortnightly
    expect(nextDueDate(asye, start, '2027-03-07')).toBe('2027-04-07'); // six months in: monthly
    expect(nextDueDate(asye, start, '2027-05-31')).toBe('2027-06-30');
  });

  it('adds calendar months, keeping to the end of shorter months', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('is due within a week of the due date and overdue after it', () => {
    expect(dueState('2026-10-20', '2026-10-01')).toBe(DueState.ON_TRACK);
    expect(dueState('2026-10-08', '2026-10-01')).toBe(DueState.DUE);
    expect(dueState('2026-10-01', '2026-10-01')).toBe(DueState.DUE);
    expect(dueState('2026-09-30', '2026-10-01')).toBe(DueState.OVERDUE);
  });
});
