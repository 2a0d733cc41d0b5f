import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { BadInputError } from '@kindred/common';
import { type IsoDate, Organisation, Person, PersonReach } from '@kindred/org';
import { dayAfter } from '../record/days';

export interface ChargeFigures {
  lateCancellations: number;
  noShows: number;
  waived: number;
  chargePence: number;
}

export interface BookingCharges {
  from: IsoDate;
  to: IsoDate;
  total: ChargeFigures;
  organisations: (ChargeFigures & { organisation: Organisation })[];
  people: (ChargeFigures & { person: Person; organisation: Organisation })[];
}

interface Row {
  person_id: string;
  organisation_id: string;
  late_cancellations: number;
  no_shows: number;
  waived: number;
  charge_pence: number;
}

const startOf = (day: IsoDate) => new Date(`${day}T00:00:00Z`);

const none = (): ChargeFigures => ({ lateCancellations: 0, noShows: 0, waived: 0, chargePence: 0 });

function add(sum: ChargeFigures, row: Row): ChargeFigures {
  sum.lateCancellations += row.late_cancellations;
  sum.noShows += row.no_shows;
  sum.waived += row.waived;
  sum.chargePence += row.charge_pence;
  return sum;
}

/**
 * Late cancellations and no-shows of sessions starting in a period, per person and per
 * organisation the place was for, with the course's cost per place charged for each one that was
 * not waived: the figures the partnership recharges partners with.
 */
@Injectable()
export class ChargesReport {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
  ) {}

  async run(actor: Actor, from: IsoDate, to: IsoDate): Promise<BookingCharges> {
    if (to < from) throw new BadInputError(`The period ends (${to}) before it starts (${from}).`);
    const reach = await this.reach.condition(actor, 'booking.approve');
    const rows = await this.em.getConnection().execute<Row[]>(
      `select b.person_id, b.organisation_id,
              count(*) filter (where b.late)::int as late_cancellations,
              count(*) filter (where b.status = 'NO_SHOW')::int as no_shows,
              count(*) filter (where b.waiver_reason is not null)::int as waived,
              coalesce(sum(c.cost_per_place_pence) filter (where b.waiver_reason is null), 0)::int as charge_pence
       from booking b
       join training_session s on s.id = b.session_id
       join course c on c.id = s.course_id
       where b.partnership_id = ? and (b.late or b.status = 'NO_SHOW')
         and s.starts_at >= ? and s.starts_at < ?
         and ${reach.on('b.person_id')}
       group by b.person_id, b.organisation_id`,
      [actor.partnershipId, startOf(from), startOf(dayAfter(startOf(to), 1)), ...reach.params],
    );
    const [people, organisations] = await Promise.all([
      this.em.find(Person, { id: { $in: [...new Set(rows.map((r) => r.person_id))] } }),
      this.em.find(Organisation, { id: { $in: [...new Set(rows.map((r) => r.organisation_id))] } }),
    ]);
    const organisation = (id: string) => organisations.find((o) => o.id === id)!;
    const byCharge = (a: ChargeFigures, b: ChargeFigures) =>
      b.chargePence - a.chargePence || b.noShows + b.lateCancellations - (a.noShows + a.lateCancellations);
    const perOrganisation = new Map<string, ChargeFigures>();
    for (const row of rows)
      perOrganisation.set(row.organisation_id, add(perOrganisation.get(row.organisation_id) ?? none(), row));
    return {
      from,
      to,
      total: rows.reduce(add, none()),
      organisations: [...perOrganisation]
        .map(([id, figures]) => ({ ...figures, organisation: organisation(id) }))
        .sort(byCharge),
      people: rows
        .map((row) => ({
          ...add(none(), row),
          person: people.find((p) => p.id === row.person_id)!,
          organisation: organisation(row.organisation_id),
        }))
        .sort(byCharge),
    };
  }
}
