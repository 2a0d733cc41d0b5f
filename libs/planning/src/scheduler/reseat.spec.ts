import { dayNumber } from './calendar';
import { reseat } from './improve';
import { NeedPriority, type SchedulingProblem, Slot } from './problem';
import { Timetable } from './timetable';

// Two sessions of a course for two: Monday's is full, Tuesday's has a free seat. Zoe can only come
// on Monday; Xavier, seated on Monday, could as well come on Tuesday.
const problem: SchedulingProblem = {
  today: '2027-01-01',
  term: { startsOn: '2027-01-11', endsOn: '2027-01-15', closedDays: [] },
  policies: { minimumNoticeDays: 1, hoursCapPer28Days: 21, vcfseSharePercent: 0 },
  sites: [{ id: 'hub', name: 'Aldgate Hub', area: 'North' }],
  rooms: [{ id: 'room', name: 'Training room', siteId: 'hub', capacity: 2, weekdays: [1, 2, 3, 4, 5] }],
  trainers: [
    {
      id: 'helen',
      name: 'Helen',
      courseIds: ['sg3'],
      weekdays: [1, 2, 3, 4, 5],
      unavailableDays: [],
      maxSessionsPerWeek: 5,
    },
  ],
  courses: [
    {
      id: 'sg3',
      title: 'Safeguarding level 3',
      parts: 1,
      minutesPerPart: 180,
      minGroup: 1,
      maxGroup: 2,
      virtual: false,
    },
  ],
  teams: [],
  people: [
    ['xavier', [1, 2]],
    ['yan', [1]],
    ['zoe', [1]],
  ].map(([id, weekdays]) => ({
    id: id as string,
    name: id as string,
    siteId: 'hub',
    organisationId: 'council',
    vcfse: false,
    teamIds: [],
    weekdays: weekdays as number[],
    booked: [],
  })),
  needs: ['xavier', 'yan', 'zoe'].map((personId) => ({
    personId,
    courseId: 'sg3',
    priority: NeedPriority.ESSENTIAL,
    overdue: false,
    why: 'gap',
  })),
  pinned: [],
};

function timetable(pinMonday: boolean) {
  const tt = new Timetable(problem);
  const course = tt.coursesById.get('sg3')!;
  const [helen, room] = [tt.trainersById.get('helen')!, tt.roomsById.get('room')!];
  const monday = tt.session('mon', course, helen, room, [dayNumber('2027-01-11')], Slot.MORNING);
  const tuesday = tt.session('tue', course, helen, room, [dayNumber('2027-01-12')], Slot.MORNING);
  monday.pinned = pinMonday;
  tt.open(monday);
  tt.open(tuesday);
  const need = (id: string) => tt.needs.find((n) => n.person.input.id === id)!;
  tt.seat(monday, need('xavier'));
  tt.seat(monday, need('yan'));
  const seated = (s: typeof monday) => [...s.invitees].map((n) => n.person.input.id).sort();
  return { tt, monday, tuesday, seated };
}

describe('reseating', () => {
  it('moves someone who can go another day to a free seat, so someone who cannot takes theirs', () => {
    const { tt, monday, tuesday, seated } = timetable(false);
    reseat(tt);
    expect(seated(monday)).toEqual(['yan', 'zoe']);
    expect(seated(tuesday)).toEqual(['xavier']);
    expect(tt.needs.every((n) => n.session)).toBe(true);
  });

  it('leaves the people of a pinned session where the lead put them', () => {
    const { tt, monday, tuesday, seated } = timetable(true);
    reseat(tt);
    expect(seated(monday)).toEqual(['xavier', 'yan']);
    expect(seated(tuesday)).toEqual([]);
  });
});
