// Times the term scheduler on a made-up partnership of 5,000 people, 40 courses, 30 rooms across
// 12 sites and 20 trainers over a 12-week term, against a naive first-fit timetable and an upper
// bound on the demand trainers and rooms could serve. The solver is pure (the worker job gathers
// demand from the database, then calls it), so this times the solver alone on generated inputs in
// memory: no database. Run with `npm run bench -- schedule`; the last line printed is
// {"seconds":S,"essentialServed":E,"essentialUpperBound":EB,"totalServed":T,"upperBound":TB,
//  "sessions":N,"meanFill":F,"firstFit":{...the same keys...}}.
import { performance } from 'node:perf_hooks';
import { type DraftSchedule, firstFit, schedule, servableBound } from '@kindred/planning';
import { generatedPartnership } from '../libs/planning/src/scheduler/generated-partnership';

const problem = generatedPartnership({
  people: 5000,
  courses: 40,
  rooms: 30,
  sites: 12,
  trainers: 20,
  weeks: 12,
  needsPerPerson: 2.5,
  seed: 2027,
});
const bound = servableBound(problem);

function figures(draft: DraftSchedule, seconds: number) {
  const f = draft.figures;
  return {
    seconds: Math.round(seconds * 100) / 100,
    essentialServed: f.essentialServed,
    essentialUpperBound: bound.essential,
    totalServed: f.totalServed,
    upperBound: bound.total,
    sessions: f.sessions,
    meanFill: f.meanFill,
  };
}

function timed(run: () => DraftSchedule) {
  const started = performance.now();
  const draft = run();
  return { draft, seconds: (performance.now() - started) / 1000 };
}

const naive = timed(() => firstFit(problem));
const proposed = timed(() => schedule(problem, { timeLimitMs: 7000 }));
const essentialDemand = proposed.draft.figures.essentialDemand;
console.log(
  `${problem.people.length} people, ${problem.needs.length} needs (${essentialDemand} essential), ` +
    `${problem.courses.length} courses, ${problem.rooms.length} rooms, ${problem.trainers.length} trainers`,
);
console.log(`travel: scheduler ${proposed.draft.figures.travelKm} km, first fit ${naive.draft.figures.travelKm} km`);
const unmet = new Map<string, number>();
for (const u of proposed.draft.unmet) unmet.set(u.reason, (unmet.get(u.reason) ?? 0) + 1);
console.log(`unmet by reason: ${JSON.stringify(Object.fromEntries(unmet))}`);
console.log(
  JSON.stringify({ ...figures(proposed.draft, proposed.seconds), firstFit: figures(naive.draft, naive.seconds) }),
);
