import { isoDay, dayNumber } from './calendar';
import { NeedPriority, type SchedulingProblem } from './problem';
import { seededRandom } from './seeded-random';

export interface PartnershipShape {
  people: number;
  courses: number;
  rooms: number;
  sites: number;
  trainers: number;
  weeks: number;
  /** Needs per person on average. */
  needsPerPerson: number;
  seed: number;
}

/**
 * A made-up partnership of the given size for the bench and the property tests: sites on a
 * 40 × 40 km map in four areas, rooms of 8 to 30 seats, half-day and day courses (some in two
 * parts, some online), trainers delivering a handful of courses on three to five weekdays, teams
 * with and without a backfill limit, people released on some weekdays, a share of them VCFSE
 * volunteers, with some training already booked, and needs of which about 40% are essential.
 */
export function generatedPartnership(shape: PartnershipShape): SchedulingProblem {
  const draw = seededRandom(shape.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(draw() * (hi - lo + 1));
  const pick = <T>(items: T[]): T => items[Math.floor(draw() * items.length)];
  const weekdays = (n: number) =>
    [1, 2, 3, 4, 5]
      .sort(() => draw() - 0.5)
      .slice(0, n)
      .sort();
  // The term starts on Monday 4 January 2027; the draft is made five weeks before.
  const start = dayNumber('2027-01-04');
  const term = {
    startsOn: isoDay(start),
    endsOn: isoDay(start + shape.weeks * 7 - 3),
    // A half-term week in the middle of a long term.
    closedDays: shape.weeks > 6 ? [0, 1, 2, 3, 4].map((d) => isoDay(start + 42 + d)) : [],
  };
  const sites = Array.from({ length: shape.sites }, (_, i) => ({
    id: `site-${i}`,
    name: `Site ${i}`,
    area: `Area ${i % 4}`,
    position: { x: int(0, 40), y: int(0, 40) },
  }));
  const rooms = Array.from({ length: shape.rooms }, (_, i) => ({
    id: `room-${i}`,
    name: `Room ${i}`,
    siteId: sites[i % sites.length].id,
    capacity: int(8, 30),
    weekdays: weekdays(int(3, 5)),
  }));
  const courses = Array.from({ length: shape.courses }, (_, i) => {
    const minGroup = int(3, 8);
    return {
      id: `course-${i}`,
      title: `Course ${i}`,
      parts: draw() < 0.25 ? 2 : 1,
      minutesPerPart: draw() < 0.6 ? 180 : 360,
      minGroup,
      maxGroup: minGroup + int(6, 16),
      virtual: draw() < 0.15,
    };
  });
  const trainers = Array.from({ length: shape.trainers }, (_, i) => ({
    id: `trainer-${i}`,
    name: `Trainer ${i}`,
    courseIds: [] as string[],
    weekdays: weekdays(int(3, 5)),
    unavailableDays: draw() < 0.3 ? [isoDay(start + int(0, shape.weeks * 7 - 1))] : [],
    maxSessionsPerWeek: int(3, 5),
  }));
  // Every course has two trainers at least; most trainers deliver several courses.
  courses.forEach((c, i) => {
    trainers[i % trainers.length].courseIds.push(c.id);
    trainers[(i * 7 + 3) % trainers.length].courseIds.push(c.id);
    if (draw() < 0.5) pick(trainers).courseIds.push(c.id);
  });
  const teams = Array.from({ length: Math.max(1, Math.ceil(shape.people / 20)) }, (_, i) => ({
    id: `team-${i}`,
    name: `Team ${i}`,
    size: 0,
    awayLimitPercent: draw() < 0.5 ? pick([20, 25, 30, 50]) : null,
  }));
  const people = Array.from({ length: shape.people }, (_, i) => {
    const team = teams[Math.floor(i / 20) % teams.length];
    team.size++;
    const vcfse = draw() < 0.15;
    return {
      id: `person-${i}`,
      name: `Person ${i}`,
      siteId: pick(sites).id,
      organisationId: vcfse ? `org-vcfse-${i % 2}` : `org-${i % 6}`,
      vcfse,
      teamIds: [team.id],
      weekdays: weekdays(int(2, 5)),
      booked: draw() < 0.2 ? [{ day: isoDay(start + int(-10, shape.weeks * 7)), minutes: pick([180, 360, 720]) }] : [],
    };
  });
  const needs = people.flatMap((person) => {
    const count = Math.max(0, Math.round(shape.needsPerPerson + (draw() - 0.5) * 2));
    const wanted = new Set(Array.from({ length: count }, () => pick(courses).id));
    return [...wanted].map((courseId) => {
      const essential = draw() < 0.4;
      return {
        personId: person.id,
        courseId,
        priority: essential ? NeedPriority.ESSENTIAL : NeedPriority.DESIRABLE,
        overdue: essential && draw() < 0.3,
        why: essential ? 'Required by their role' : 'Expressed interest',
      };
    });
  });
  return {
    today: isoDay(start - 35),
    term,
    policies: { minimumNoticeDays: 28, hoursCapPer28Days: 21, vcfseSharePercent: 10 },
    sites,
    rooms,
    trainers,
    courses,
    teams,
    people,
    needs,
    pinned: [],
  };
}
