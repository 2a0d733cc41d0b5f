import { addYears } from './days';
import { healthAndCareProfessionsCouncil } from './health-and-care-professions-council';
import { nursingAndMidwiferyCouncil } from './nursing-and-midwifery-council';
import { partnershipTarget } from './partnership-target';
import { ComplianceStatus, type CpdFacts, type EntryFact } from './progress';
import { socialWorkEngland } from './social-work-england';

const entry = (date: string, extra: Partial<EntryFact> = {}): EntryFact => ({
  date,
  minutes: 60,
  participatory: false,
  type: 'COURSE',
  hasPeerReflection: false,
  hasReflection: false,
  ...extra,
});
const facts = (extra: Partial<CpdFacts> = {}): CpdFacts => ({
  entries: [],
  feedback: [],
  reflectiveAccounts: [],
  discussions: [],
  confirmations: [],
  ...extra,
});
const met = (progress: { requirements: { code: string; met: boolean; have: number }[] }, code: string) =>
  progress.requirements.find((r) => r.code === code)!;

describe('days', () => {
  it('moves 29 February to 28 February in a year without it', () => {
    expect(addYears('2024-02-29', -3)).toBe('2021-02-28');
    expect(addYears('2026-11-30', 1)).toBe('2027-11-30');
  });
});

describe('Social Work England', () => {
  it('runs the registration year from 1 December to 30 November', () => {
    expect(socialWorkEngland(facts(), '2026-11-30')).toMatchObject({
      periodStart: '2025-12-01',
      periodEnd: '2026-11-30',
    });
    expect(socialWorkEngland(facts(), '2026-12-01')).toMatchObject({
      periodStart: '2026-12-01',
      periodEnd: '2027-11-30',
    });
    expect(socialWorkEngland(facts(), '2027-01-01')).toMatchObject({ periodStart: '2026-12-01', dueBy: '2027-11-30' });
  });

  it('counts records dated on the edges of the year and none outside it', () => {
    const edges = facts({
      entries: [entry('2025-11-30', { hasPeerReflection: true }), entry('2025-12-01'), entry('2026-11-30')],
    });
    const progress = socialWorkEngland(edges, '2026-06-01');
    expect(met(progress, 'RECORDS')).toMatchObject({ have: 2, met: true });
    // The record with peer reflection lies in the year before.
    expect(met(progress, 'PEER_REFLECTION')).toMatchObject({ have: 0, met: false });
    expect(progress.complete).toBe(false);
  });

  it('is complete with two records, one with peer reflection', () => {
    const done = facts({ entries: [entry('2026-01-10'), entry('2026-03-02', { hasPeerReflection: true })] });
    expect(socialWorkEngland(done, '2026-10-01')).toMatchObject({ complete: true, status: ComplianceStatus.ON_TRACK });
  });

  it('is at risk from 1 September, the renewal window, not the day before', () => {
    const one = facts({ entries: [entry('2026-01-10')] });
    expect(socialWorkEngland(one, '2026-08-31').status).toBe(ComplianceStatus.ON_TRACK);
    expect(socialWorkEngland(one, '2026-09-01').status).toBe(ComplianceStatus.AT_RISK);
    expect(socialWorkEngland(facts(), '2026-09-01').status).toBe(ComplianceStatus.MISSING);
    // A new year starts afresh: nothing is due until the next renewal window.
    expect(socialWorkEngland(facts(), '2026-12-01').status).toBe(ComplianceStatus.ON_TRACK);
  });
});

describe('NMC revalidation', () => {
  const full = (extra: Partial<CpdFacts> = {}) =>
    facts({
      entries: [
        entry('2024-01-10', { minutes: 20 * 60, participatory: true }),
        entry('2025-01-10', { minutes: 15 * 60 }),
      ],
      feedback: ['2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01', '2024-06-01'],
      reflectiveAccounts: ['2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01', '2024-06-01'],
      discussions: ['2026-03-01'],
      confirmations: ['2026-03-15'],
      ...extra,
    });

  it('measures the three years ending on the revalidation date, both ends included', () => {
    const progress = nursingAndMidwiferyCouncil(facts(), '2026-01-01', '2026-04-30');
    expect(progress).toMatchObject({ periodStart: '2023-05-01', periodEnd: '2026-04-30', dueBy: '2026-04-30' });
    const edges = facts({
      entries: [
        entry('2023-04-30', { minutes: 600, participatory: true }),
        entry('2023-05-01', { minutes: 120, participatory: true }),
        entry('2026-04-30', { minutes: 60 }),
        entry('2026-05-01', { minutes: 600 }),
      ],
    });
    const measured = nursingAndMidwiferyCouncil(edges, '2026-01-01', '2026-04-30');
    expect(met(measured, 'CPD_HOURS').have).toBe(3);
    expect(met(measured, 'PARTICIPATORY_HOURS').have).toBe(2);
  });

  it('is complete with 35 hours of which 20 participatory and the rest of the pack', () => {
    expect(nursingAndMidwiferyCouncil(full(), '2026-04-01', '2026-04-30')).toMatchObject({
      complete: true,
      status: ComplianceStatus.ON_TRACK,
    });
  });

  it('needs 20 participatory hours even when the total is 35', () => {
    const short = full({
      entries: [
        entry('2024-01-10', { minutes: 19.5 * 60, participatory: true }),
        entry('2025-01-10', { minutes: 15.5 * 60 }),
      ],
    });
    const progress = nursingAndMidwiferyCouncil(short, '2026-04-01', '2026-04-30');
    expect(met(progress, 'CPD_HOURS')).toMatchObject({ have: 35, met: true });
    expect(met(progress, 'PARTICIPATORY_HOURS')).toMatchObject({ have: 19.5, met: false });
    expect(progress.complete).toBe(false);
  });

  it('falls short at 34.75 hours and counts participatory hours towards the total', () => {
    const short = full({ entries: [entry('2024-01-10', { minutes: 34.75 * 60, participatory: true })] });
    const progress = nursingAndMidwiferyCouncil(short, '2026-04-01', '2026-04-30');
    expect(met(progress, 'CPD_HOURS')).toMatchObject({ have: 34.75, met: false });
    expect(met(progress, 'PARTICIPATORY_HOURS').met).toBe(true);
  });

  it('wants 5 feedback and 5 accounts, a discussion and a confirmation', () => {
    const progress = nursingAndMidwiferyCouncil(
      full({ feedback: ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04'], discussions: [], confirmations: [] }),
      '2026-04-01',
      '2026-04-30',
    );
    expect(progress.requirements.filter((r) => !r.met).map((r) => r.code)).toEqual([
      'FEEDBACK',
      'REFLECTIVE_DISCUSSION',
      'CONFIRMATION',
    ]);
  });

  it('is at risk from 60 days before the revalidation date and missing once it has passed', () => {
    const partial = full({ confirmations: [] });
    expect(nursingAndMidwiferyCouncil(partial, '2026-02-28', '2026-04-30').status).toBe(ComplianceStatus.ON_TRACK);
    expect(nursingAndMidwiferyCouncil(partial, '2026-03-01', '2026-04-30').status).toBe(ComplianceStatus.AT_RISK);
    expect(nursingAndMidwiferyCouncil(partial, '2026-05-01', '2026-04-30').status).toBe(ComplianceStatus.MISSING);
  });
});

describe('HCPC', () => {
  const reflective = { hasReflection: true };
  it('measures the two-year cycle ending on the renewal date and wants CPD in each year of it', () => {
    const progress = healthAndCareProfessionsCouncil(
      facts({ entries: [entry('2025-09-01', reflective), entry('2026-08-31', reflective)] }),
      '2027-01-01',
      '2027-08-31',
    );
    expect(progress).toMatchObject({ periodStart: '2025-09-01', periodEnd: '2027-08-31' });
    // Both entries fall in the first year of the cycle (1 September 2025 to 31 August 2026).
    expect(met(progress, 'CONTINUOUS')).toMatchObject({ have: 1, met: false });
    const both = healthAndCareProfessionsCouncil(
      facts({ entries: [entry('2025-09-01'), entry('2026-09-01')] }),
      '2027-01-01',
      '2027-08-31',
    );
    expect(met(both, 'CONTINUOUS')).toMatchObject({ have: 2, met: true });
  });

  it('wants a profile of at least 4 written-up activities of more than one kind', () => {
    const three = [0, 1, 2].map((i) => entry(`2026-0${i + 1}-10`, reflective));
    const progress = healthAndCareProfessionsCouncil(
      facts({ entries: [...three, entry('2026-10-01')] }),
      '2027-01-01',
      '2027-08-31',
    );
    expect(met(progress, 'PROFILE')).toMatchObject({ have: 3, met: false });
    expect(met(progress, 'MIXTURE')).toMatchObject({ have: 1, met: false });
    const done = healthAndCareProfessionsCouncil(
      facts({ entries: [...three, entry('2026-10-01', { ...reflective, type: 'READING' })] }),
      '2027-01-01',
      '2027-08-31',
    );
    expect(done).toMatchObject({ complete: true, status: ComplianceStatus.ON_TRACK });
  });

  it('is at risk in the 90 days before renewal', () => {
    const partial = facts({ entries: [entry('2026-01-10')] });
    expect(healthAndCareProfessionsCouncil(partial, '2027-06-01', '2027-08-31').status).toBe(ComplianceStatus.ON_TRACK);
    expect(healthAndCareProfessionsCouncil(partial, '2027-06-02', '2027-08-31').status).toBe(ComplianceStatus.AT_RISK);
  });
});

describe('partnership targets', () => {
  it('counts the calendar year against the target, from 1 January to 31 December', () => {
    const year = facts({
      entries: [
        entry('2025-12-31', { minutes: 600 }),
        entry('2026-01-01', { minutes: 300 }),
        entry('2026-12-31', { minutes: 60 }),
      ],
    });
    const volunteer = partnershipTarget(year, '2026-06-01', 6);
    expect(met(volunteer, 'CPD_HOURS')).toMatchObject({ have: 6, need: 6, met: true });
    const staff = partnershipTarget(year, '2026-06-01', 15);
    expect(staff).toMatchObject({ complete: false, status: ComplianceStatus.ON_TRACK, dueBy: '2026-12-31' });
    expect(partnershipTarget(year, '2026-10-01', 15).status).toBe(ComplianceStatus.AT_RISK);
    expect(partnershipTarget(facts(), '2026-10-01', 15).status).toBe(ComplianceStatus.MISSING);
  });
});
