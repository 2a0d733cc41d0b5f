import { STATEMENTS } from './statements';

describe('the Model Framework statements', () => {
  it('each have a unique code naming their criterion and level, and some evidence', () => {
    expect(new Set(STATEMENTS.map((s) => s.code)).size).toBe(STATEMENTS.length);
    for (const s of STATEMENTS) {
      expect(s.code.startsWith(`${s.criterion}-L${s.level}-`)).toBe(true);
      expect(s.code.length).toBeLessThanOrEqual(20);
      expect(s.evidence.length).toBeGreaterThan(0);
    }
  });
});
