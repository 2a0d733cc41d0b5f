import { OrganisationKind } from '@kindred/org';
import { type EmployerOf, type Pool, Places } from './places';

const vcfse: EmployerOf = { id: 'home-start', kind: OrganisationKind.VCFSE };
const council: EmployerOf = { id: 'council', kind: OrganisationKind.LOCAL_AUTHORITY };
const forVcfse = (released: boolean, seats = 10): Pool => ({
  id: 'vcfse',
  seats,
  released,
  serves: (employers) => employers.some((e) => e.kind === OrganisationKind.VCFSE),
});

/** Books people in order until nobody fits; returns where each went. */
const fill = (places: Places, people: EmployerOf[][]) =>
  people.map((employers) => {
    const seat = places.seatFor(employers);
    if (seat) places.take(seat);
    return seat?.quotaId ?? (seat ? 'open' : 'waitlist');
  });

describe('places on a session', () => {
  it('keeps reserved seats for those they serve until release, and gives them the open pool too', () => {
    const places = new Places(30, [forVcfse(false)], []);
    expect(places.openSeats).toBe(20);
    const councilStaff = fill(
      places,
      Array.from({ length: 25 }, () => [council]),
    );
    expect(councilStaff.filter((s) => s === 'open')).toHaveLength(20);
    expect(councilStaff.filter((s) => s === 'waitlist')).toHaveLength(5);
    // Volunteers take their reserved seats, and no more once those and the open pool are full.
    expect(
      fill(
        places,
        Array.from({ length: 12 }, () => [vcfse]),
      ),
    ).toEqual([...Array(10).fill('vcfse'), 'waitlist', 'waitlist']);
    expect(places.free).toBe(0);
  });

  it('prefers a reserved seat, and falls back to the open pool when the reserve is full', () => {
    const places = new Places(12, [forVcfse(false, 2)], []);
    expect(fill(places, [[vcfse], [vcfse], [vcfse], [council]])).toEqual(['vcfse', 'vcfse', 'open', 'open']);
  });

  it('releases unfilled reserved seats into the open pool after the release date', () => {
    const taken = [...Array(4).fill({ quotaId: 'vcfse' }), ...Array(20).fill({ quotaId: null })];
    const before = new Places(30, [forVcfse(false)], taken);
    expect(before.seatFor([council])).toBeNull();
    const after = new Places(30, [forVcfse(true)], taken);
    expect(after.openSeats).toBe(26);
    expect(after.free).toBe(6);
    // After release a volunteer competes for the open pool like anyone else.
    expect(
      fill(
        after,
        Array.from({ length: 7 }, (_, i) => (i % 2 ? [vcfse] : [council])),
      ),
    ).toEqual([...Array(6).fill('open'), 'waitlist']);
  });

  it('counts someone with jobs in two organisations as served by either', () => {
    const places = new Places(5, [forVcfse(false, 1)], []);
    expect(places.seatFor([council, vcfse])).toEqual({ quotaId: 'vcfse' });
  });
});
