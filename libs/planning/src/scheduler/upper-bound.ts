import { weekday } from './calendar';
import { NeedPriority, type SchedulingProblem } from './problem';
import { type Course, Timetable, type Trainer } from './timetable';

export interface ServableBound {
  essential: number;
  total: number;
}

const EPSILON = 1e-9;

/**
 * An upper bound on the demand any schedule could serve, from trainers' and rooms' capacity alone:
 * each trainer has so many parts to give in the term (their weekly maximum, their days, the
 * notice), each part of a course seats at most its group (or the biggest room), and a course
 * needs no more seats than people need it. Sharing trainers' parts among courses to seat the most
 * people is a transportation problem, solved exactly as a min-cost flow. People's availability,
 * travel, policies and minimum groups are ignored, so no schedule can beat it.
 */
export function servableBound(problem: SchedulingProblem): ServableBound {
  const tt = new Timetable(problem);
  const essentialOnly = seatsBound(tt, (c) => c.needs.filter((n) => n.priority === NeedPriority.ESSENTIAL).length);
  return { essential: essentialOnly, total: seatsBound(tt, (c) => c.needs.length) };
}

function partsToGive(tt: Timetable, trainer: Trainer): number {
  const halfDaysPerWeek = new Map<number, number>();
  for (let day = tt.earliest; day <= tt.end; day++) {
    if (tt.closed.has(day) || trainer.unavailable.has(day) || !(trainer.weekdays & (1 << weekday(day)))) continue;
    const week = Math.floor((day - 4) / 7);
    halfDaysPerWeek.set(week, (halfDaysPerWeek.get(week) ?? 0) + 2);
  }
  let parts = 0;
  for (const halfDays of halfDaysPerWeek.values()) parts += Math.min(trainer.input.maxSessionsPerWeek, halfDays);
  return parts;
}

function seatsPerPart(tt: Timetable, course: Course): number {
  const biggestRoom = Math.max(0, ...tt.rooms.map((r) => r.input.capacity));
  const seats = course.input.virtual ? course.input.maxGroup : Math.min(course.input.maxGroup, biggestRoom);
  return seats / course.input.parts;
}

interface Edge {
  to: number;
  capacity: number;
  cost: number;
  reverse: number;
}

function seatsBound(tt: Timetable, demandOf: (course: Course) => number): number {
  // Nodes: 0 source, 1..T trainers, then courses, then the sink.
  const T = tt.trainers.length;
  const sink = 1 + T + tt.courses.length;
  const graph: Edge[][] = Array.from({ length: sink + 1 }, () => []);
  const link = (from: number, to: number, capacity: number, cost: number) => {
    graph[from].push({ to, capacity, cost, reverse: graph[to].length });
    graph[to].push({ to: from, capacity: 0, cost: -cost, reverse: graph[from].length - 1 });
  };
  for (const trainer of tt.trainers) link(0, 1 + trainer.index, partsToGive(tt, trainer), 0);
  for (const course of tt.courses) {
    const perPart = seatsPerPart(tt, course);
    if (perPart <= 0) continue;
    for (const trainer of course.trainers) link(1 + trainer.index, 1 + T + course.index, Infinity, -perPart);
    // Parts beyond the ones that seat everyone who needs the course are worth nothing.
    link(1 + T + course.index, sink, demandOf(course) / perPart, 0);
  }
  let seats = 0;
  for (;;) {
    // Bellman-Ford on the residual graph: costs are negative (seats gained).
    const distance = new Array<number>(sink + 1).fill(Infinity);
    const via: ([number, number] | null)[] = new Array(sink + 1).fill(null);
    distance[0] = 0;
    for (let round = 0; round <= sink; round++) {
      let changed = false;
      graph.forEach((edges, from) => {
        if (distance[from] === Infinity) return;
        edges.forEach((e, i) => {
          if (e.capacity > EPSILON && distance[from] + e.cost < distance[e.to] - EPSILON) {
            distance[e.to] = distance[from] + e.cost;
            via[e.to] = [from, i];
            changed = true;
          }
        });
      });
      if (!changed) break;
    }
    if (distance[sink] >= -EPSILON) break;
    let push = Infinity;
    for (let node = sink; node !== 0; node = via[node]![0]) {
      const [from, i] = via[node]!;
      push = Math.min(push, graph[from][i].capacity);
    }
    for (let node = sink; node !== 0; node = via[node]![0]) {
      const [from, i] = via[node]!;
      const edge = graph[from][i];
      edge.capacity -= push;
      graph[edge.to][edge.reverse].capacity += push;
    }
    seats -= push * distance[sink];
  }
  return Math.floor(seats + EPSILON);
}
