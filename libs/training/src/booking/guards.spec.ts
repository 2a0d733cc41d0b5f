import { BookingGuard } from './booking.entity';
import { busiestWindowMinutes, guardsBroken, overlaps, type TrainingLoad } from './guards';

const day = (d: number, hours = 7): TrainingLoad => ({
  startsAt: new Date(Date.UTC(2027, 0, d, 9)),
  endsAt: new Date(Date.UTC(2027, 0, d, 9 + hours)),
  minutes: hours * 60,
});
const policy = { hoursCapPer28Days: 21 };
const team = (size: number, limitPercent: number | null, alreadyAway: number) => ({
  teamName: 'Family support',
  size,
  limitPercent,
  alreadyAway,
});

describe('booking guards', () => {
  it('counts the busiest 28 days containing the new session, before or after it', () => {
    // 1st, 10th and 20th January, 7 hours each: a new day on the 27th makes 28 hours in 28 days.
    expect(busiestWindowMinutes(day(27), [day(1), day(10), day(20)])).toBe(28 * 60);
    // The 29th falls outside the window from the 1st, so it adds to a window of 10th-29th.
    expect(busiestWindowMinutes(day(29), [day(1), day(10), day(20)])).toBe(21 * 60);
    // A session after the new one counts too.
    expect(busiestWindowMinutes(day(5), [day(1), day(20), day(30)])).toBe(21 * 60);
  });

  it('stops a booking that would take a person past the partnership cap', () => {
    expect(guardsBroken(day(20), [day(1), day(10)], [], policy)).toEqual([]);
    expect(guardsBroken(day(20, 8), [day(1), day(10)], [], policy)).toEqual([BookingGuard.SATURATION]);
  });

  it('stops a booking that would take too much of a team away at once', () => {
    expect(guardsBroken(day(5), [], [team(10, 30, 2)], policy)).toEqual([]);
    expect(guardsBroken(day(5), [], [team(10, 30, 3)], policy)).toEqual([BookingGuard.BACKFILL]);
    expect(guardsBroken(day(5), [], [team(2, null, 1)], policy)).toEqual([]);
  });

  it('reports both guards when both are broken', () => {
    expect(guardsBroken(day(3, 22), [], [team(4, 25, 1)], policy)).toEqual([
      BookingGuard.SATURATION,
      BookingGuard.BACKFILL,
    ]);
  });

  it('treats back-to-back sessions as not overlapping', () => {
    const morning = { startsAt: new Date('2027-01-05T09:00Z'), endsAt: new Date('2027-01-05T12:00Z') };
    const afternoon = { startsAt: new Date('2027-01-05T12:00Z'), endsAt: new Date('2027-01-05T15:00Z') };
    expect(overlaps(morning, afternoon)).toBe(false);
    expect(overlaps(morning, { ...afternoon, startsAt: new Date('2027-01-05T11:59Z') })).toBe(true);
  });
});
