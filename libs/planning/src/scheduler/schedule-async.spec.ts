import { generatedPartnership } from './generated-partnership';
import type { DraftSchedule } from './problem';
import { schedule, scheduleAsync } from './schedule';

const problem = generatedPartnership({
  people: 600,
  courses: 8,
  rooms: 6,
  sites: 3,
  trainers: 5,
  weeks: 6,
  needsPerPerson: 2,
  seed: 7,
});
// Rounds, not the clock, end the search here, so both runs make the same choices.
const options = { timeLimitMs: 60_000, iterations: 40, seed: 3 };

/** Session keys name the process's sessions in order, so two runs differ in keys alone. */
const withoutKeys = (draft: DraftSchedule) => ({ ...draft, sessions: draft.sessions.map(({ key: _key, ...s }) => s) });

describe('the solver pausing between steps', () => {
  it('lets the event loop run while it works, reports growing progress, and proposes what the plain run does', async () => {
    const plain = schedule(problem, options);
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 1);
    const fractions: number[] = [];
    const paused = await scheduleAsync(problem, {
      ...options,
      pauseEveryMs: 1,
      onProgress: async (fraction) => {
        fractions.push(fraction);
        await Promise.resolve();
      },
    });
    clearInterval(ticker);
    expect(withoutKeys(paused)).toEqual(withoutKeys(plain));
    expect(ticks).toBeGreaterThan(0);
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.some((f) => f > 0 && f < 1)).toBe(true);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });
});
