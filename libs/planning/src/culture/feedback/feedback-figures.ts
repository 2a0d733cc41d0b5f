import type { OutcomeConfidence, PracticeUse } from './session-feedback.entity';

export enum FeedbackGrouping {
  COURSE = 'COURSE',
  PROVIDER = 'PROVIDER',
  TRAINER = 'TRAINER',
}

/** One feedback answer with what it is grouped by. */
export interface FeedbackFact {
  sessionId: string;
  course: { id: string; name: string };
  provider: { id: string; name: string };
  reaction: number;
  usefulness: number;
  confidence: OutcomeConfidence[];
  comment: string | null;
  givenAt: Date;
}

export interface FollowUpFact {
  sessionId: string;
  course: { id: string; name: string };
  provider: { id: string; name: string };
  used: PracticeUse;
}

export interface FeedbackFigures {
  key: string;
  name: string;
  responses: number;
  /** Means over the responses; null with none. */
  reaction: number | null;
  usefulness: number | null;
  /** Means over every outcome rating given, before and after, and their difference. */
  confidenceBefore: number | null;
  confidenceAfter: number | null;
  confidenceChange: number | null;
  followUps: number;
  usedYes: number;
  usedPartly: number;
  usedNo: number;
  /** The latest comments, newest first, without names. */
  comments: string[];
}

const COMMENTS_SHOWN = 10;

const round = (value: number) => Math.round(value * 100) / 100;
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/**
 * Feedback and follow-ups summed up per course, provider or trainer. A session's answers count
 * for each of its trainers. Rows with the most responses first.
 */
export function feedbackFigures(
  by: FeedbackGrouping,
  feedback: readonly FeedbackFact[],
  followUps: readonly FollowUpFact[],
  trainersOf: ReadonlyMap<string, readonly { id: string; name: string }[]>,
): FeedbackFigures[] {
  const groupsOf = (fact: {
    sessionId: string;
    course: { id: string; name: string };
    provider: { id: string; name: string };
  }) =>
    by === FeedbackGrouping.COURSE
      ? [fact.course]
      : by === FeedbackGrouping.PROVIDER
        ? [fact.provider]
        : (trainersOf.get(fact.sessionId) ?? []);
  const rows = new Map<string, { name: string; feedback: FeedbackFact[]; followUps: FollowUpFact[] }>();
  const row = (group: { id: string; name: string }) => {
    let found = rows.get(group.id);
    if (!found) rows.set(group.id, (found = { name: group.name, feedback: [], followUps: [] }));
    return found;
  };
  for (const fact of feedback) for (const group of groupsOf(fact)) row(group).feedback.push(fact);
  for (const fact of followUps) for (const group of groupsOf(fact)) row(group).followUps.push(fact);

  return [...rows.entries()]
    .map(([key, { name, feedback: given, followUps: later }]) => {
      const before = mean(given.flatMap((f) => f.confidence.map((c) => c.before)));
      const after = mean(given.flatMap((f) => f.confidence.map((c) => c.after)));
      const reaction = mean(given.map((f) => f.reaction));
      const usefulness = mean(given.map((f) => f.usefulness));
      const used = (answer: string) => later.filter((f) => f.used === answer).length;
      return {
        key,
        name,
        responses: given.length,
        reaction: reaction === null ? null : round(reaction),
        usefulness: usefulness === null ? null : round(usefulness),
        confidenceBefore: before === null ? null : round(before),
        confidenceAfter: after === null ? null : round(after),
        confidenceChange: before === null || after === null ? null : round(after - before),
        followUps: later.length,
        usedYes: used('YES'),
        usedPartly: used('PARTLY'),
        usedNo: used('NO'),
        comments: given
          .filter((f) => f.comment)
          .sort((a, b) => b.givenAt.getTime() - a.givenAt.getTime())
          .slice(0, COMMENTS_SHOWN)
          .map((f) => f.comment as string),
      };
    })
    .sort((a, b) => b.responses - a.responses || a.name.localeCompare(b.name));
}
