import { type ResponseFact, shownGroups, SurveyGrouping, waveFigures } from './survey-results';

const response = (organisationId: string, agreement: number, roleProfileId: string | null = null): ResponseFact => ({
  organisationId,
  roleProfileId,
  employmentType: 'STAFF',
  agreements: new Map([['s1', agreement]]),
});
const many = (organisationId: string, agreements: number[]) => agreements.map((a) => response(organisationId, a));

describe('which survey groups are shown', () => {
  it('shows every group at or above the minimum', () => {
    expect(
      [
        ...shownGroups(
          new Map([
            ['a', 5],
            ['b', 9],
          ]),
          5,
        ),
      ].sort(),
    ).toEqual(['a', 'b']);
  });

  it('withholds a small group and, since the total would give it away, the next smallest too', () => {
    expect([
      ...shownGroups(
        new Map([
          ['a', 4],
          ['b', 6],
          ['c', 9],
        ]),
        5,
      ),
    ]).toEqual(['c']);
  });

  it('withholds nothing more when the small groups together reach the minimum', () => {
    expect(
      [
        ...shownGroups(
          new Map([
            ['a', 2],
            ['b', 3],
            ['c', 6],
            ['d', 7],
          ]),
          5,
        ),
      ].sort(),
    ).toEqual(['c', 'd']);
  });

  it('shows nothing when everyone together is fewer than the minimum', () => {
    expect(shownGroups(new Map([['a', 4]]), 5).size).toBe(0);
  });
});

describe('wave figures', () => {
  it('gives means, agreement shares and the change since the wave before, withholding small groups', () => {
    const current = [...many('a', [5, 4, 4, 3, 2, 5]), ...many('b', [1, 2, 3, 4, 5]), ...many('c', [5, 5])];
    const previous = [...many('a', [3, 3, 3, 3, 3]), ...many('b', [4, 4, 4, 4, 4])];
    const figures = waveFigures(SurveyGrouping.ORGANISATION, current, previous, ['s1'], 5);
    const group = (key: string) => figures.groups.find((g) => g.key === key)!;

    // a: 23 / 6 = 3.83; agree (4 or 5) 4 of 6; before 3.00.
    expect(group('a')).toMatchObject({ responses: 6, withheld: false });
    expect(group('a').statements[0]).toEqual({
      statementId: 's1',
      mean: 3.83,
      agreeShare: 0.667,
      previousMean: 3,
      change: 0.83,
    });
    // c has 2: withheld, and b (the next smallest) with it, so c cannot be had from the total.
    expect(group('c')).toMatchObject({ responses: null, withheld: true, tooFew: true });
    expect(group('c').statements[0].mean).toBeNull();
    expect(group('b')).toMatchObject({ responses: null, withheld: true, tooFew: false });
    // Everyone: 48 / 13 = 3.69; before 35 / 10 = 3.5.
    expect(figures.overall.statements[0]).toMatchObject({ mean: 3.69, previousMean: 3.5, change: 0.19 });
  });

  it('groups by role profile, people with none together', () => {
    const current = [...Array(5)].map(() => response('a', 4, null));
    const figures = waveFigures(SurveyGrouping.ROLE_PROFILE, current, null, ['s1'], 5);
    expect(figures.groups).toHaveLength(1);
    expect(figures.groups[0]).toMatchObject({ key: 'none', responses: 5 });
    expect(figures.groups[0].statements[0].change).toBeNull();
  });
});
