import { LevelRule } from '../framework/competency-framework.entity';
import { lastValidDay } from '../dates';
import { currentLevel, type Evidence, EvidenceSource, type LevelRules, levelMask, ReviewStatus } from './evidence';

const { MANAGER, TRAINING, IMPORTED, SELF, EXPIRED } = EvidenceSource;

let recorded = 0;
const evidence = (
  level: number,
  source: EvidenceSource,
  assessedOn: string,
  extra: Partial<Evidence> = {},
): Evidence => ({
  level,
  source,
  assessedOn,
  recordedAt: new Date(Date.UTC(2020, 0, 1) + recorded++ * 1000),
  validUntil: null,
  review: source === SELF ? ReviewStatus.PENDING : null,
  ...extra,
});

const rules = (overrides: Partial<LevelRules> = {}): LevelRules => ({
  rule: LevelRule.HIGHEST_VALIDATED,
  selfAssessmentCounts: false,
  cumulative: true,
  ...overrides,
});

describe('a person’s current level', () => {
  it('is the highest validated level, holding every level below it on a cumulative scale', () => {
    const level = currentLevel(
      [evidence(2, MANAGER, '2025-01-10'), evidence(3, TRAINING, '2024-06-01'), evidence(1, IMPORTED, '2025-09-01')],
      rules(),
      '2026-01-01',
    );
    expect(level).toEqual({ level: 3, held: [1, 2, 3], source: TRAINING, since: '2024-06-01', reviewOn: null });
  });

  it('holds only the evidenced levels on a scale that is not cumulative', () => {
    const level = currentLevel(
      [evidence(3, MANAGER, '2025-01-10'), evidence(1, TRAINING, '2024-06-01')],
      rules({ cumulative: false }),
      '2026-01-01',
    );
    expect(level?.level).toBe(3);
    expect(level?.held).toEqual([1, 3]);
  });

  it('follows the latest validated evidence under the "latest" rule, so a manager can lower it', () => {
    const history = [evidence(3, MANAGER, '2025-01-10'), evidence(2, MANAGER, '2025-06-01')];
    expect(currentLevel(history, rules({ rule: LevelRule.LATEST_VALIDATED }), '2026-01-01')?.level).toBe(2);
    expect(currentLevel(history, rules(), '2026-01-01')?.level).toBe(3);
  });

  it('breaks a same-day tie by the later record', () => {
    const history = [evidence(3, MANAGER, '2025-06-01'), evidence(1, MANAGER, '2025-06-01')];
    expect(currentLevel(history, rules({ rule: LevelRule.LATEST_VALIDATED }), '2026-01-01')?.level).toBe(1);
  });

  it('counts a self-assessment alone only where the framework allows it, and never once adjusted', () => {
    const self = evidence(2, SELF, '2025-06-01');
    expect(currentLevel([self], rules(), '2026-01-01')).toBeNull();
    expect(currentLevel([self], rules({ selfAssessmentCounts: true }), '2026-01-01')?.level).toBe(2);
    const adjusted = { ...self, review: ReviewStatus.ADJUSTED };
    const answer = evidence(1, MANAGER, '2025-06-03');
    expect(currentLevel([adjusted, answer], rules({ selfAssessmentCounts: true }), '2026-01-01')?.level).toBe(1);
  });

  it('drops to the next valid evidence when the highest lapses, and says when it will be reviewed', () => {
    const history = [
      evidence(3, TRAINING, '2023-04-01', { validUntil: '2026-03-31' }),
      evidence(1, MANAGER, '2022-01-01', { validUntil: '2027-12-31' }),
    ];
    expect(currentLevel(history, rules(), '2026-03-31')).toMatchObject({ level: 3, reviewOn: '2026-03-31' });
    expect(currentLevel(history, rules(), '2026-04-01')).toMatchObject({ level: 1, held: [1], reviewOn: '2027-12-31' });
    expect(currentLevel(history, rules(), '2028-01-01')).toBeNull();
  });

  it('falls back to older evidence under "latest" when the newest lapses', () => {
    const history = [
      evidence(2, MANAGER, '2020-01-01'),
      evidence(3, TRAINING, '2023-01-01', { validUntil: '2025-12-31' }),
    ];
    const latest = rules({ rule: LevelRule.LATEST_VALIDATED });
    expect(currentLevel(history, latest, '2025-12-31')?.level).toBe(3);
    expect(currentLevel(history, latest, '2026-01-01')).toMatchObject({ level: 2, reviewOn: null });
  });

  it('never counts EXPIRED records or evidence dated in the future', () => {
    expect(currentLevel([evidence(3, EXPIRED, '2025-01-01')], rules(), '2026-01-01')).toBeNull();
    expect(currentLevel([evidence(2, MANAGER, '2026-02-01')], rules(), '2026-01-01')).toBeNull();
  });
});

describe('level masks', () => {
  it('set bit n-1 for level n', () => {
    expect(levelMask([1, 2, 3])).toBe(0b111);
    expect(levelMask([1, 3])).toBe(0b101);
    expect(levelMask([])).toBe(0);
  });
});

describe('evidence validity', () => {
  it('runs to the day before the anniversary', () => {
    expect(lastValidDay('2026-03-15', 36)).toBe('2029-03-14');
    expect(lastValidDay('2026-01-01', 12)).toBe('2026-12-31');
    // No 29 February in 2025: the anniversary is the 28th, so the last valid day is the 27th.
    expect(lastValidDay('2024-02-29', 12)).toBe('2025-02-27');
    expect(lastValidDay('2026-01-31', 1)).toBe('2026-02-27');
  });
});
