import fc from 'fast-check';
import { firstFit } from './first-fit';
import { generatedPartnership } from './generated-partnership';
import { type DraftSchedule, type SchedulingProblem, Slot } from './problem';
import { schedule } from './schedule';
import { servableBound } from './upper-bound';

// An independent reading of the hard rules, written from the problem's documentation rather than
// from the solver's bookkeeping: every draft must pass it whatever the random partnership.
const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoWeekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay() || 7;
const halves = (slot: Slot) => (slot === Slot.MORNING ? [0] : slot === Slot.AFTERNOON ? [1] : [0, 1]);

function violations(problem: SchedulingProblem, draft: DraftSchedule): string[] {
  const found: string[] = [];
  const courses = new Map(problem.courses.map((c) => [c.id, c]));
  const trainers = new Map(problem.trainers.map((t) => [t.id, t]));
  const rooms = new Map(problem.rooms.map((r) => [r.id, r]));
  const people = new Map(problem.people.map((p) => [p.id, p]));
  const teams = new Map(problem.teams.map((t) => [t.id, t]));
  const needed = new Set(problem.needs.map((n) => `${n.personId}/${n.courseId}`));
  const busy = new Map<string, number>(); // "trainer:id:day:half" etc. → sessions
  const away = new Map<string, number>();
  const perWeek = new Map<string, number>();
  const minutes = new Map<string, { day: number; minutes: number }[]>();
  for (const p of problem.people)
    minutes.set(
      p.id,
      p.booked.map((b) => ({ day: day(b.day), minutes: b.minutes })),
    );
  const served = new Set<string>();
  const earliest = Math.max(day(problem.term.startsOn), day(problem.today) + problem.policies.minimumNoticeDays);

  for (const s of draft.sessions) {
    const course = courses.get(s.courseId)!;
    const trainer = trainers.get(s.trainerId)!;
    const room = s.roomId ? rooms.get(s.roomId)! : null;
    const at = `session ${s.key}`;
    if (!trainer.courseIds.includes(course.id)) found.push(`${at}: trainer does not deliver the course`);
    if ((room === null) !== course.virtual) found.push(`${at}: room and mode disagree`);
    if (s.days.length !== course.parts) found.push(`${at}: ${s.days.length} days for ${course.parts} parts`);
    s.days.forEach((d, i) => {
      if (i > 0 && day(d) - day(s.days[i - 1]) !== 7) found.push(`${at}: parts not a week apart`);
      if (day(d) < earliest || d > problem.term.endsOn || problem.term.closedDays.includes(d)) {
        found.push(`${at}: ${d} is outside the term, closed or within notice`);
      }
      if (!trainer.weekdays.includes(isoWeekday(d))) found.push(`${at}: trainer does not work on ${d}`);
      if (trainer.unavailableDays.includes(d)) found.push(`${at}: trainer away on ${d}`);
      if (room && !room.weekdays.includes(isoWeekday(d))) found.push(`${at}: room closed ${d}`);
      const week = `${trainer.id}:${Math.floor((day(d) - 4) / 7)}`;
      perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
      for (const half of halves(s.slot)) {
        for (const key of [`trainer:${trainer.id}`, ...(room ? [`room:${room.id}`] : [])]) {
          const cell = `${key}:${d}:${half}`;
          busy.set(cell, (busy.get(cell) ?? 0) + 1);
        }
      }
    });
    const capacity = Math.min(course.maxGroup, room ? room.capacity : Infinity);
    if (s.capacity !== capacity) found.push(`${at}: capacity ${s.capacity}, expected ${capacity}`);
    if (s.invitees.length > capacity) found.push(`${at}: over capacity`);
    if (!s.pinned && s.invitees.length < course.minGroup) found.push(`${at}: below the minimum group`);
    const reserved = Math.ceil((capacity * problem.policies.vcfseSharePercent) / 100);
    if (s.invitees.filter((i) => !people.get(i.personId)!.vcfse).length > capacity - reserved) {
      found.push(`${at}: VCFSE seats given to others`);
    }
    for (const invitee of s.invitees) {
      const person = people.get(invitee.personId)!;
      const need = `${person.id}/${course.id}`;
      if (!needed.has(need)) found.push(`${at}: ${person.id} does not need it`);
      if (served.has(need)) found.push(`${at}: ${person.id} invited twice`);
      served.add(need);
      for (const d of s.days) {
        if (!person.weekdays.includes(isoWeekday(d))) found.push(`${at}: ${person.id} not released on ${d}`);
        if (person.booked.some((b) => b.day === d)) found.push(`${at}: ${person.id} already in training on ${d}`);
        minutes.get(person.id)!.push({ day: day(d), minutes: course.minutesPerPart });
        for (const half of halves(s.slot)) {
          const cell = `person:${person.id}:${d}:${half}`;
          busy.set(cell, (busy.get(cell) ?? 0) + 1);
          for (const team of person.teamIds) {
            const t = `${team}:${d}:${half}`;
            away.set(t, (away.get(t) ?? 0) + 1);
          }
        }
      }
    }
  }
  for (const [cell, n] of busy) if (n > 1) found.push(`clash: ${cell} has ${n} sessions`);
  for (const [week, n] of perWeek) {
    if (n > trainers.get(week.split(':')[0])!.maxSessionsPerWeek) found.push(`trainer week ${week}: ${n} parts`);
  }
  for (const [cell, n] of away) {
    const team = teams.get(cell.split(':')[0])!;
    if (team.awayLimitPercent !== null && n > Math.floor((team.awayLimitPercent * team.size) / 100)) {
      found.push(`backfill: ${cell} has ${n} away`);
    }
  }
  const cap = problem.policies.hoursCapPer28Days * 60;
  for (const [personId, loads] of minutes) {
    if (loads.length < 2 && loads.every((l) => l.minutes <= cap)) continue;
    const drafted = loads.slice(problem.people.find((p) => p.id === personId)!.booked.length);
    for (const start of loads.map((l) => l.day)) {
      // Only windows holding a drafted part can be the draft's fault.
      if (!drafted.some((l) => l.day >= start && l.day < start + 28)) continue;
      const sum = loads.filter((l) => l.day >= start && l.day < start + 28).reduce((a, l) => a + l.minutes, 0);
      if (sum > cap) found.push(`saturation: ${personId} has ${sum} minutes from day ${start}`);
    }
  }
  return found;
}

const shapes = fc.record({
  people: fc.integer({ min: 10, max: 160 }),
  courses: fc.integer({ min: 1, max: 6 }),
  rooms: fc.integer({ min: 1, max: 5 }),
  sites: fc.integer({ min: 1, max: 4 }),
  trainers: fc.integer({ min: 1, max: 5 }),
  weeks: fc.integer({ min: 1, max: 8 }),
  needsPerPerson: fc.double({ min: 0.5, max: 4, noNaN: true }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
});
const policies = fc.record({
  minimumNoticeDays: fc.integer({ min: 0, max: 45 }),
  hoursCapPer28Days: fc.integer({ min: 3, max: 30 }),
  vcfseSharePercent: fc.integer({ min: 0, max: 60 }),
});

/** Spells of days away (a trainer by index, a first day into the term, a length): leave, courses. */
const awaySpells = fc.array(
  fc.record({ trainer: fc.nat(), from: fc.integer({ min: 0, max: 60 }), days: fc.integer({ min: 1, max: 12 }) }),
  { maxLength: 8 },
);

function withDaysAway(problem: SchedulingProblem, spells: { trainer: number; from: number; days: number }[]) {
  const trainers = problem.trainers.map((t) => ({ ...t, unavailableDays: [...t.unavailableDays] }));
  const start = day(problem.term.startsOn);
  for (const spell of spells) {
    const trainer = trainers[spell.trainer % trainers.length];
    for (let d = spell.from; d < spell.from + spell.days; d++) {
      trainer.unavailableDays.push(new Date((start + d) * DAY).toISOString().slice(0, 10));
    }
  }
  return { ...problem, trainers };
}

describe('schedule on random partnerships', () => {
  it('never breaks a hard rule, and never serves more than the upper bound', () => {
    fc.assert(
      fc.property(shapes, policies, awaySpells, (shape, policy, spells) => {
        const problem = { ...withDaysAway(generatedPartnership(shape), spells), policies: policy };
        const draft = schedule(problem, { iterations: 8, timeLimitMs: 2000, seed: shape.seed });
        expect(violations(problem, draft)).toEqual([]);
        const bound = servableBound(problem);
        expect(draft.figures.totalServed).toBeLessThanOrEqual(bound.total);
        expect(draft.figures.essentialServed).toBeLessThanOrEqual(bound.essential);
        // Every need is either served once or reported unmet with a reason.
        expect(draft.figures.totalServed + draft.unmet.length).toBe(draft.figures.totalDemand);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps pins where they are, and keeps every rule around them', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const problem = generatedPartnership(shape);
        const first = schedule(problem, { iterations: 4, seed: shape.seed });
        const pinned = first.sessions.slice(0, 3).map((s) => ({
          key: s.key,
          courseId: s.courseId,
          trainerId: s.trainerId,
          roomId: s.roomId,
          firstDay: s.days[0],
          slot: s.slot,
          personIds: s.invitees.map((i) => i.personId),
        }));
        const rerun = schedule({ ...problem, pinned }, { iterations: 4, seed: shape.seed + 1 });
        for (const pin of pinned) {
          const kept = rerun.sessions.find((s) => s.key === pin.key);
          expect(kept).toMatchObject({ pinned: true, slot: pin.slot, trainerId: pin.trainerId, roomId: pin.roomId });
          expect(kept!.days[0]).toBe(pin.firstDay);
          expect(kept!.invitees.map((i) => i.personId)).toEqual(expect.arrayContaining(pin.personIds));
        }
        expect(violations({ ...problem, pinned }, rerun)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('first fit keeps the rules too, so the bench compares two valid timetables', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const problem = generatedPartnership(shape);
        expect(violations(problem, firstFit(problem))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
