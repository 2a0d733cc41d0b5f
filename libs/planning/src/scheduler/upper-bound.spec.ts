import { firstFit } from './first-fit';
import { NeedPriority, type SchedulingProblem } from './problem';
import { schedule } from './schedule';
import { servableBound } from './upper-bound';

/** Two trainers sharing two courses, over two weeks (one Monday within notice, then one more). */
function problem(): SchedulingProblem {
  const people = Array.from({ length: 40 }, (_, i) => ({
    id: `p${i}`,
    name: `p${i}`,
    siteId: 'hub',
    organisationId: 'council',
    vcfse: false,
    teamIds: [],
    weekdays: [1, 2, 3, 4, 5],
    booked: [],
  }));
  return {
    today: '2027-01-01',
    term: { startsOn: '2027-01-11', endsOn: '2027-01-22', closedDays: [] },
    policies: { minimumNoticeDays: 0, hoursCapPer28Days: 21, vcfseSharePercent: 0 },
    sites: [{ id: 'hub', name: 'Hub', area: 'North' }],
    rooms: [{ id: 'room', name: 'Room', siteId: 'hub', capacity: 16, weekdays: [1, 2, 3, 4, 5] }],
    trainers: [
      // One part a week each: two parts in the term each.
      { id: 'a', name: 'A', courseIds: ['short'], weekdays: [1], unavailableDays: [], maxSessionsPerWeek: 1 },
      { id: 'b', name: 'B', courseIds: ['short', 'long'], weekdays: [1], unavailableDays: [], maxSessionsPerWeek: 1 },
    ],
    courses: [
      // 12 seats a part against a long course's 20 seats over two parts (10 a part).
      { id: 'short', title: 'Short', parts: 1, minutesPerPart: 180, minGroup: 2, maxGroup: 12, virtual: false },
      { id: 'long', title: 'Long', parts: 2, minutesPerPart: 180, minGroup: 2, maxGroup: 20, virtual: true },
    ],
    teams: [],
    people,
    needs: [
      ...people.slice(0, 30).map((p, i) => ({
        personId: p.id,
        courseId: 'short',
        priority: i < 5 ? NeedPriority.ESSENTIAL : NeedPriority.DESIRABLE,
        overdue: false,
        why: '',
      })),
      ...people.slice(30).map((p) => ({
        personId: p.id,
        courseId: 'long',
        priority: NeedPriority.ESSENTIAL,
        overdue: false,
        why: '',
      })),
    ],
    pinned: [],
  };
}

describe('servableBound', () => {
  it("shares trainers' parts among courses, as a relaxation no timetable can beat", () => {
    // Four parts: A's two can only go to the short course (12 seats each, 30 want it); B's two go
    // to the short course or the long one (10 seats a part, 10 want it). Split fractionally, half
    // a short part and one long part seat everyone: 40. Whole sessions cannot: the long course
    // takes both of B's parts, so the best timetable seats 24 + 10 = 34, and `schedule` finds it.
    expect(servableBound(problem())).toEqual({ essential: 15, total: 40 });
    const best = schedule(problem(), { iterations: 10 });
    expect(best.figures).toMatchObject({ totalServed: 34, essentialServed: 15, sessions: 3 });
  });

  it('bounds what the first-fit timetable serves', () => {
    const draft = firstFit(problem());
    expect(draft.figures.totalServed).toBeGreaterThan(0);
    expect(draft.figures.totalServed).toBeLessThanOrEqual(34);
  });
});
