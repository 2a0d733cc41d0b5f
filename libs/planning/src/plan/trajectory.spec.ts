import { Trajectory, trajectory, trendPerDay } from './trajectory';

// A plan from 1 April 2026 with an objective due 31 March 2027 (364 days): from a baseline of 20%
// to a target of 80%, the straight line gains 60 points over 364 days.
const base = {
  startsOn: '2026-04-01',
  deadline: '2027-03-31',
  baselinePercent: 20,
  targetPercent: 80,
  trendPerDay: null,
};

describe('objective trajectory', () => {
  it('draws the straight line from the baseline on the first day to the target on the deadline', () => {
    expect(trajectory({ ...base, actualPercent: 20, today: '2026-04-01' }).expectedPercent).toBe(20);
    // 182 of 364 days: half way, 20 + 30.
    expect(trajectory({ ...base, actualPercent: 20, today: '2026-09-30' }).expectedPercent).toBe(50);
    expect(trajectory({ ...base, actualPercent: 20, today: '2027-06-01' }).expectedPercent).toBe(80);
    expect(trajectory({ ...base, actualPercent: 20, today: '2026-01-01' }).expectedPercent).toBe(20);
  });

  it('is on track on or above the line, and whenever the target is met', () => {
    expect(trajectory({ ...base, actualPercent: 50, today: '2026-09-30' }).status).toBe(Trajectory.ON_TRACK);
    expect(trajectory({ ...base, actualPercent: 80, today: '2027-06-01' }).status).toBe(Trajectory.ON_TRACK);
  });

  it('is at risk up to ten points behind when not falling, off track beyond or when falling', () => {
    expect(trajectory({ ...base, actualPercent: 40, today: '2026-09-30' }).status).toBe(Trajectory.AT_RISK);
    expect(trajectory({ ...base, actualPercent: 39.9, today: '2026-09-30' }).status).toBe(Trajectory.OFF_TRACK);
    expect(trajectory({ ...base, actualPercent: 45, today: '2026-09-30', trendPerDay: -0.01 }).status).toBe(
      Trajectory.OFF_TRACK,
    );
  });

  it('is at risk, not off track, far behind when the recent trend reaches the target in time', () => {
    // 30 points behind on 30 September with 182 days left: 0.3 points a day reaches 74.6, 0.35 reaches 83.7.
    expect(trajectory({ ...base, actualPercent: 20, today: '2026-09-30', trendPerDay: 0.3 }).status).toBe(
      Trajectory.OFF_TRACK,
    );
    expect(trajectory({ ...base, actualPercent: 20, today: '2026-09-30', trendPerDay: 0.35 }).status).toBe(
      Trajectory.AT_RISK,
    );
  });

  it('is off track once the deadline passes unmet', () => {
    expect(trajectory({ ...base, actualPercent: 79, today: '2027-04-01', trendPerDay: 1 }).status).toBe(
      Trajectory.OFF_TRACK,
    );
  });

  it('reads the trend from the oldest snapshot before today', () => {
    const snapshots = [
      { day: '2026-09-16', percent: 44 },
      { day: '2026-09-02', percent: 36 },
      { day: '2026-09-30', percent: 99 },
    ];
    // From 36 on 2 September to 50 on 30 September: 14 points in 28 days.
    expect(trendPerDay(snapshots, '2026-09-30', 50)).toBeCloseTo(0.5);
    expect(trendPerDay([{ day: '2026-09-30', percent: 10 }], '2026-09-30', 50)).toBeNull();
  });
});
