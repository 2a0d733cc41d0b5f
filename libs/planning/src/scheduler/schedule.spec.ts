import {
  NeedPriority,
  type PersonInput,
  type SchedulingProblem,
  SchedulingInputError,
  Slot,
  UnmetReason,
} from './problem';
import { schedule } from './schedule';

// Monday 11 January 2027; today is four weeks and a day before, so the first Monday allowed is the 11th.
const MONDAY = '2027-01-11';

function person(id: string, overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    id,
    name: id,
    siteId: 'hub',
    organisationId: 'council',
    vcfse: false,
    teamIds: [],
    weekdays: [1, 2, 3, 4, 5],
    booked: [],
    ...overrides,
  };
}

/** One hub with a 12-seat room, one trainer for one half-day course (4 to 12), one week of term. */
function problem(overrides: Partial<SchedulingProblem> = {}): SchedulingProblem {
  return {
    today: '2027-01-10',
    term: { startsOn: MONDAY, endsOn: '2027-01-15', closedDays: [] },
    policies: { minimumNoticeDays: 1, hoursCapPer28Days: 21, vcfseSharePercent: 0 },
    sites: [
      { id: 'hub', name: 'Aldgate Hub', area: 'North', position: { x: 0, y: 0 } },
      { id: 'far', name: 'Fenby Spoke', area: 'South', position: { x: 30, y: 40 } },
    ],
    rooms: [{ id: 'room', name: 'Training room', siteId: 'hub', capacity: 12, weekdays: [1, 2, 3, 4, 5] }],
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
        minGroup: 4,
        maxGroup: 12,
        virtual: false,
      },
    ],
    teams: [],
    people: [],
    needs: [],
    pinned: [],
    ...overrides,
  };
}

function needs(ids: string[], priority = NeedPriority.ESSENTIAL, courseId = 'sg3') {
  return ids.map((personId) => ({ personId, courseId, priority, overdue: false, why: 'Role requirement' }));
}

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('schedule', () => {
  it('puts ten people who all need a course into one session, as early as notice allows', () => {
    const people = ids('p', 10);
    const draft = schedule(problem({ people: people.map((id) => person(id)), needs: needs(people) }), {
      iterations: 5,
    });
    expect(draft.sessions).toHaveLength(1);
    expect(draft.sessions[0]).toMatchObject({
      courseId: 'sg3',
      trainerId: 'helen',
      roomId: 'room',
      days: [MONDAY],
      capacity: 12,
    });
    expect(draft.sessions[0].invitees.map((i) => i.personId).sort()).toEqual([...people].sort());
    expect(draft.sessions[0].explanation).toContain('10 people');
    expect(draft.unmet).toEqual([]);
    expect(draft.figures).toMatchObject({ essentialServed: 10, totalServed: 10, sessions: 1, meanFill: 0.833 });
  });

  it('uses the smallest room that seats the group, keeping the big one free', () => {
    const people = ids('p', 5);
    const rooms = [
      { id: 'hall', name: 'Hall', siteId: 'hub', capacity: 30, weekdays: [1, 2, 3, 4, 5] },
      { id: 'room', name: 'Training room', siteId: 'hub', capacity: 12, weekdays: [1, 2, 3, 4, 5] },
      { id: 'snug', name: 'Snug', siteId: 'hub', capacity: 6, weekdays: [1, 2, 3, 4, 5] },
    ];
    const draft = schedule(problem({ rooms, people: people.map((id) => person(id)), needs: needs(people) }), {
      iterations: 5,
    });
    expect(draft.sessions.map((s) => [s.roomId, s.capacity, s.invitees.length])).toEqual([['snug', 6, 5]]);
    expect(draft.figures.meanFill).toBe(0.833);
  });

  it('prefers one full session to two near ones, held where most of the people work', () => {
    const near = ids('n', 7).map((id) => person(id));
    const far = ids('f', 5).map((id) => person(id, { siteId: 'far' }));
    const rooms = [
      { id: 'room', name: 'Training room', siteId: 'hub', capacity: 12, weekdays: [1, 2, 3, 4, 5] },
      { id: 'far-room', name: 'Fenby room', siteId: 'far', capacity: 12, weekdays: [1, 2, 3, 4, 5] },
    ];
    const draft = schedule(
      problem({ rooms, people: [...near, ...far], needs: needs([...near, ...far].map((p) => p.id)) }),
      {
        iterations: 10,
      },
    );
    expect(draft.sessions).toHaveLength(1);
    expect(draft.sessions[0].siteId).toBe('hub');
    expect(draft.sessions[0].invitees).toHaveLength(12);
    expect(draft.figures.travelKm).toBe(5 * 50);
  });

  it('seats essential and overdue demand before desirable when seats are short', () => {
    // One trainer, one session a week, one week: twelve seats for 6 desirable, 8 essential, 2 overdue.
    const trainers = [
      {
        id: 'helen',
        name: 'Helen',
        courseIds: ['sg3'],
        weekdays: [1, 2, 3, 4, 5],
        unavailableDays: [],
        maxSessionsPerWeek: 1,
      },
    ];
    const desirable = ids('d', 6);
    const essential = ids('e', 8);
    const overdue = ids('o', 2);
    const all = [...desirable, ...essential, ...overdue];
    const draft = schedule(
      problem({
        trainers,
        people: all.map((id) => person(id)),
        needs: [
          ...needs(desirable, NeedPriority.DESIRABLE),
          ...needs(essential),
          ...overdue.map((personId) => ({ ...needs([personId])[0], overdue: true })),
        ],
      }),
      { iterations: 5 },
    );
    const seated = draft.sessions.flatMap((s) => s.invitees.map((i) => i.personId));
    expect(seated).toHaveLength(12);
    expect(seated).toEqual(expect.arrayContaining([...essential, ...overdue]));
    expect(draft.figures).toMatchObject({ essentialDemand: 10, essentialServed: 10, totalServed: 12 });
    expect(draft.unmet).toHaveLength(4);
    expect(draft.unmet.every((u) => u.priority === NeedPriority.DESIRABLE && u.reason === UnmetReason.NO_TRAINER)).toBe(
      true,
    );
  });

  it('shares one room and one trainer across a day: morning and afternoon, never both at once', () => {
    const courses = [
      {
        id: 'sg3',
        title: 'Safeguarding level 3',
        parts: 1,
        minutesPerPart: 180,
        minGroup: 4,
        maxGroup: 12,
        virtual: false,
      },
      {
        id: 'tip',
        title: 'Trauma-informed practice',
        parts: 1,
        minutesPerPart: 180,
        minGroup: 4,
        maxGroup: 12,
        virtual: false,
      },
    ];
    const trainers = [
      {
        id: 'helen',
        name: 'Helen',
        courseIds: ['sg3', 'tip'],
        weekdays: [1],
        unavailableDays: [],
        maxSessionsPerWeek: 5,
      },
    ];
    const a = ids('a', 6);
    const b = ids('b', 6);
    const draft = schedule(
      problem({
        courses,
        trainers,
        people: [...a, ...b].map((id) => person(id)),
        needs: [...needs(a), ...needs(b, NeedPriority.ESSENTIAL, 'tip')],
      }),
      { iterations: 5 },
    );
    expect(draft.sessions.map((s) => [s.days[0], s.slot]).sort()).toEqual([
      [MONDAY, Slot.AFTERNOON],
      [MONDAY, Slot.MORNING],
    ]);
    expect(draft.figures.totalServed).toBe(12);
  });

  it('leaves demand unmet with its reason: no trainer, no room, group too small', () => {
    const courses = [
      {
        id: 'sg3',
        title: 'Safeguarding level 3',
        parts: 1,
        minutesPerPart: 180,
        minGroup: 4,
        maxGroup: 12,
        virtual: false,
      },
      {
        id: 'mhfa',
        title: 'Mental Health First Aid',
        parts: 2,
        minutesPerPart: 360,
        minGroup: 14,
        maxGroup: 16,
        virtual: false,
      },
      {
        id: 'solihull',
        title: 'Solihull foundation',
        parts: 1,
        minutesPerPart: 180,
        minGroup: 2,
        maxGroup: 10,
        virtual: true,
      },
    ];
    const trainers = [
      {
        id: 'helen',
        name: 'Helen',
        courseIds: ['sg3', 'mhfa'],
        weekdays: [1, 2, 3, 4, 5],
        unavailableDays: [],
        maxSessionsPerWeek: 5,
      },
    ];
    const draft = schedule(
      problem({
        courses,
        trainers,
        people: ['x', 'y', 'z'].map((id) => person(id)),
        needs: [
          ...needs(['x', 'y', 'z']),
          ...needs(['x'], NeedPriority.ESSENTIAL, 'mhfa'),
          ...needs(['y'], NeedPriority.ESSENTIAL, 'solihull'),
        ],
      }),
      { iterations: 5 },
    );
    expect(draft.sessions).toEqual([]);
    const reason = (personId: string, courseId: string) =>
      draft.unmet.find((u) => u.personId === personId && u.courseId === courseId)?.reason;
    expect(reason('x', 'sg3')).toBe(UnmetReason.GROUP_TOO_SMALL);
    expect(reason('x', 'mhfa')).toBe(UnmetReason.NO_ROOM);
    expect(reason('y', 'solihull')).toBe(UnmetReason.NO_TRAINER);
  });

  it('keeps the saturation cap: a person near their 28-day hours is left out, with the policy as reason', () => {
    const people = ids('p', 5).map((id) => person(id));
    people[0].booked = [{ day: '2027-01-05', minutes: 19 * 60 }];
    const draft = schedule(problem({ people, needs: needs(people.map((p) => p.id)) }), { iterations: 5 });
    expect(draft.sessions[0].invitees.map((i) => i.personId)).not.toContain('p0');
    expect(draft.unmet).toEqual([expect.objectContaining({ personId: 'p0', reason: UnmetReason.POLICY })]);
    expect(draft.unmet[0].detail).toContain('training hours cap');
  });

  it('keeps the backfill limit: half of a team of eight away at once, at most', () => {
    const team = { id: 'team', name: 'Early help', size: 8, awayLimitPercent: 50 };
    const trainers = [
      {
        id: 'helen',
        name: 'Helen',
        courseIds: ['sg3'],
        weekdays: [1, 2, 3, 4, 5],
        unavailableDays: [],
        maxSessionsPerWeek: 5,
      },
    ];
    const courses = [
      {
        id: 'sg3',
        title: 'Safeguarding level 3',
        parts: 1,
        minutesPerPart: 420,
        minGroup: 2,
        maxGroup: 12,
        virtual: false,
      },
    ];
    const people = ids('t', 8).map((id) => person(id, { teamIds: ['team'], weekdays: [1] }));
    const draft = schedule(
      problem({ teams: [team], trainers, courses, people, needs: needs(people.map((p) => p.id)) }),
      {
        iterations: 5,
      },
    );
    expect(draft.figures.totalServed).toBe(4);
    expect(draft.unmet.every((u) => u.reason === UnmetReason.POLICY && u.detail.includes('team'))).toBe(true);
  });

  it('holds the VCFSE share of seats for VCFSE partners', () => {
    const people = [
      ...ids('c', 12).map((id) => person(id)),
      person('v0', { vcfse: true, organisationId: 'home-start' }),
    ];
    const trainers = [
      { id: 'helen', name: 'Helen', courseIds: ['sg3'], weekdays: [1], unavailableDays: [], maxSessionsPerWeek: 1 },
    ];
    const draft = schedule(
      problem({
        trainers,
        people,
        needs: needs(people.map((p) => p.id)),
        policies: { minimumNoticeDays: 1, hoursCapPer28Days: 21, vcfseSharePercent: 25 },
      }),
      { iterations: 5 },
    );
    const seated = draft.sessions[0].invitees.map((i) => i.personId);
    // 25% of 12 seats is 3: nine council staff and the one VCFSE volunteer.
    expect(seated).toContain('v0');
    expect(seated).toHaveLength(10);
  });

  it('starts nothing within the minimum notice', () => {
    const people = ids('p', 6);
    const draft = schedule(
      problem({
        term: { startsOn: MONDAY, endsOn: '2027-01-29', closedDays: ['2027-01-18'] },
        policies: { minimumNoticeDays: 8, hoursCapPer28Days: 21, vcfseSharePercent: 0 },
        people: people.map((id) => person(id, { weekdays: [1] })),
        needs: needs(people),
      }),
      { iterations: 5 },
    );
    // Today is the 10th: the 11th is within notice, the 18th is closed, the 25th is the first Monday left.
    expect(draft.sessions.map((s) => s.days)).toEqual([['2027-01-25']]);
  });

  it('plans nothing on a trainer’s days away, and says so when they leave no time', () => {
    const people = ids('p', 6);
    const withAway = (unavailableDays: string[]) =>
      problem({
        trainers: [{ ...problem().trainers[0], unavailableDays }],
        people: people.map((id) => person(id, { weekdays: [1, 2] })),
        needs: needs(people),
      });
    // Helen is away Monday 11th: the group (free Mondays and Tuesdays) meets on Tuesday the 12th.
    const tuesday = schedule(withAway([MONDAY]), { iterations: 5 });
    expect(tuesday.sessions.map((s) => s.days)).toEqual([['2027-01-12']]);
    // Away all week: nobody is served, and the reason is the trainer's time.
    const away = schedule(withAway(['2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15']), {
      iterations: 5,
    });
    expect(away.sessions).toEqual([]);
    expect(new Set(away.unmet.map((u) => u.reason))).toEqual(new Set([UnmetReason.NO_TRAINER]));
  });

  it('keeps a pinned session with its people and plans the rest around it', () => {
    const people = ids('p', 8);
    const base = problem({ people: people.map((id) => person(id)), needs: needs(people) });
    const pinned = [
      {
        key: 'kept',
        courseId: 'sg3',
        trainerId: 'helen',
        roomId: 'room',
        firstDay: '2027-01-13',
        slot: Slot.AFTERNOON,
        personIds: ['p0', 'p1', 'gone'],
      },
    ];
    const draft = schedule({ ...base, pinned }, { iterations: 5 });
    expect(draft.sessions).toHaveLength(1);
    expect(draft.sessions[0]).toMatchObject({ key: 'kept', pinned: true, days: ['2027-01-13'], slot: Slot.AFTERNOON });
    expect(draft.sessions[0].invitees.map((i) => i.personId).slice(0, 2)).toEqual(['p0', 'p1']);
    expect(draft.figures.totalServed).toBe(8);
    expect(draft.sessions[0].explanation).toContain('pinned');
  });

  it('reports its progress from construction to the end', () => {
    const people = ids('p', 30);
    const seen: number[] = [];
    schedule(problem({ people: people.map((id) => person(id)), needs: needs(people) }), {
      iterations: 5,
      onProgress: (fraction) => seen.push(fraction),
    });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= seen[i - 1]))).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });

  it('refuses pins that clash and ids it does not know, saying which', () => {
    const pin = {
      key: 'a',
      courseId: 'sg3',
      trainerId: 'helen',
      roomId: 'room',
      firstDay: MONDAY,
      slot: Slot.MORNING,
      personIds: [],
    };
    expect(() => schedule(problem({ pinned: [pin, { ...pin, key: 'b' }] }))).toThrow(/clashes/);
    expect(() => schedule(problem({ pinned: [{ ...pin, firstDay: '2027-01-02' }] }))).toThrow(SchedulingInputError);
    expect(() => schedule(problem({ needs: needs(['nobody']) }))).toThrow('Unknown person nobody.');
    expect(() => schedule(problem({ term: { startsOn: 'soon', endsOn: MONDAY, closedDays: [] } }))).toThrow(
      /not a date/,
    );
  });
});
