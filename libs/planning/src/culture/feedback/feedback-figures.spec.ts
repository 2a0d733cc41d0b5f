import { FeedbackGrouping, feedbackFigures, type FeedbackFact, type FollowUpFact } from './feedback-figures';
import { PracticeUse } from './session-feedback.entity';

const course = { id: 'c1', name: 'Solihull foundation' };
const provider = { id: 'p1', name: 'Council learning' };
const fact = (
  sessionId: string,
  reaction: number,
  confidence: [number, number][],
  comment: string | null = null,
): FeedbackFact => ({
  sessionId,
  course,
  provider,
  reaction,
  usefulness: reaction,
  confidence: confidence.map(([before, after], i) => ({ outcome: `o${i}`, before, after })),
  comment,
  givenAt: new Date(`2026-01-0${reaction}T10:00:00Z`),
});

describe('feedback figures', () => {
  const feedback = [
    fact(
      's1',
      5,
      [
        [2, 4],
        [3, 5],
      ],
      'Great',
    ),
    fact('s1', 3, [
      [1, 3],
      [2, 2],
    ]),
    fact(
      's2',
      4,
      [
        [3, 4],
        [3, 4],
      ],
      'Useful',
    ),
  ];
  const followUps: FollowUpFact[] = [
    { sessionId: 's1', course, provider, used: PracticeUse.YES },
    { sessionId: 's2', course, provider, used: PracticeUse.PARTLY },
  ];
  const trainers = new Map([
    ['s1', [{ id: 't1', name: 'Ann' }]],
    [
      's2',
      [
        { id: 't1', name: 'Ann' },
        { id: 't2', name: 'Bob' },
      ],
    ],
  ]);

  it('sums up a course: means over responses, confidence over every outcome rating', () => {
    const [row] = feedbackFigures(FeedbackGrouping.COURSE, feedback, followUps, trainers);
    // reaction (5 + 3 + 4) / 3 = 4; before (2+3+1+2+3+3) / 6 = 2.33; after (4+5+3+2+4+4) / 6 = 3.67.
    expect(row).toMatchObject({
      key: 'c1',
      responses: 3,
      reaction: 4,
      confidenceBefore: 2.33,
      confidenceAfter: 3.67,
      confidenceChange: 1.33,
      followUps: 2,
      usedYes: 1,
      usedPartly: 1,
      usedNo: 0,
      comments: ['Great', 'Useful'],
    });
  });

  it("counts a session's answers for each of its trainers", () => {
    const rows = feedbackFigures(FeedbackGrouping.TRAINER, feedback, followUps, trainers);
    expect(rows.map((r) => [r.name, r.responses, r.followUps])).toEqual([
      ['Ann', 3, 2],
      ['Bob', 1, 1],
    ]);
    expect(rows[1]).toMatchObject({ reaction: 4, confidenceChange: 1 });
  });
});
