import { NeedPriority, type SchedulingProblem, schedule } from '../scheduler';
import { closedDaysOf } from './closed-days';

// A spring term: Easter 2027 falls inside it, and the partnership closes for the school holiday.
const TERM = { startsOn: '2027-03-22', endsOn: '2027-04-16' };
const BANK_HOLIDAYS = [
  { date: '2027-01-01', name: "New Year's Day" },
  { date: '2027-03-26', name: 'Good Friday' },
  { date: '2027-03-29', name: 'Easter Monday' },
  { date: '2027-05-03', name: 'Early May bank holiday' },
];
const SCHOOL_HOLIDAY = { name: 'Easter school holiday', from: '2027-04-05', to: '2027-04-23' };

describe('the term’s closed days', () => {
  it('takes the bank holidays in the term and the partnership’s own days, clipped to the term', () => {
    const closed = closedDaysOf(TERM, BANK_HOLIDAYS, [
      SCHOOL_HOLIDAY,
      { name: 'Staff day', from: '2027-03-24', to: '2027-03-24' },
    ]);
    expect(closed.days).toEqual([
      '2027-03-24',
      '2027-03-26',
      '2027-03-29',
      ...['05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16'].map((d) => `2027-04-${d}`),
    ]);
    expect(closed.reasons).toEqual([
      'Good Friday Fri, 26 Mar 2027',
      'Easter Monday Mon, 29 Mar 2027',
      'Easter school holiday Mon, 5 Apr 2027 to Fri, 16 Apr 2027',
      'Staff day Wed, 24 Mar 2027',
    ]);
    expect(closedDaysOf({ startsOn: '2027-06-07', endsOn: '2027-07-16' }, BANK_HOLIDAYS, [SCHOOL_HOLIDAY])).toEqual({
      days: [],
      reasons: [],
    });
  });

  it('keeps sessions off them: people free only on Mondays and Fridays wait for the Friday after Easter week', () => {
    const people = Array.from({ length: 6 }, (_, i) => `p${i}`);
    const problem: SchedulingProblem = {
      today: '2027-03-01',
      term: { ...TERM, closedDays: closedDaysOf(TERM, BANK_HOLIDAYS, [SCHOOL_HOLIDAY]).days },
      policies: { minimumNoticeDays: 1, hoursCapPer28Days: 21, vcfseSharePercent: 0 },
      sites: [{ id: 'hub', name: 'Aldgate Hub', area: 'North' }],
      rooms: [{ id: 'room', name: 'Training room', siteId: 'hub', capacity: 12, weekdays: [1, 5] }],
      trainers: [
        {
          id: 'helen',
          name: 'Helen',
          courseIds: ['sg3'],
          weekdays: [1, 5],
          unavailableDays: ['2027-03-22'],
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
      people: people.map((id) => ({
        id,
        name: id,
        siteId: 'hub',
        organisationId: 'council',
        vcfse: false,
        teamIds: [],
        weekdays: [1, 5],
        booked: [],
      })),
      needs: people.map((personId) => ({
        personId,
        courseId: 'sg3',
        priority: NeedPriority.ESSENTIAL,
        overdue: false,
        why: 'gap',
      })),
      pinned: [],
    };
    // Monday 22nd: the trainer is away; Friday 26th and Monday 29th: Easter; from 5 April: school holiday.
    const draft = schedule(problem, { iterations: 5 });
    expect(draft.sessions.map((s) => s.days)).toEqual([['2027-04-02']]);
    expect(draft.figures.totalServed).toBe(6);
    // Without the closed days the same people would be trained on Good Friday.
    const open = schedule({ ...problem, term: { ...problem.term, closedDays: [] } }, { iterations: 5 });
    expect(open.sessions.map((s) => s.days)).toEqual([['2027-03-26']]);
  });
});
