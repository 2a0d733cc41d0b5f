import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { BadInputError } from '@kindred/common';
import type { IsoDate } from '@kindred/org';
import { dayAfter } from '../record/days';

export interface TrainingPeriod {
  from: IsoDate;
  to: IsoDate;
  sessions: number;
  capacity: number;
  filled: number;
  fillRate: number;
  emptySeats: number;
  cancellations: number;
}

const startOf = (day: IsoDate) => new Date(`${day}T00:00:00Z`);

/**
 * How the sessions starting in a period did: how many ran or will run, how full they are, the seats
 * nobody holds and how many were cancelled. A seat is filled by a confirmed place and, once the
 * register is taken, by whoever attended or did not turn up: the seat was theirs either way. Drafts
 * are plans, not training, and do not count.
 */
@Injectable()
export class PeriodReport {
  constructor(private readonly em: EntityManager) {}

  async run(actor: Actor, from: IsoDate, to: IsoDate): Promise<TrainingPeriod> {
    if (to < from) throw new BadInputError(`The period ends (${to}) before it starts (${from}).`);
    const [row] = await this.em.getConnection().execute<Omit<TrainingPeriod, 'from' | 'to' | 'fillRate'>[]>(
      `with per_session as (
         select s.status, s.capacity,
                count(b.id) filter (where b.status in ('CONFIRMED', 'ATTENDED', 'PARTIALLY_ATTENDED', 'NO_SHOW'))::int
                  as filled,
                count(b.id) filter (where b.status = 'OFFERED')::int as offered
         from training_session s
         left join booking b on b.session_id = s.id
         where s.partnership_id = ? and s.status <> 'DRAFT' and s.starts_at >= ? and s.starts_at < ?
         group by s.id)
       select count(*) filter (where status <> 'CANCELLED')::int as sessions,
              coalesce(sum(capacity) filter (where status <> 'CANCELLED'), 0)::int as capacity,
              coalesce(sum(filled) filter (where status <> 'CANCELLED'), 0)::int as filled,
              coalesce(sum(greatest(capacity - filled - offered, 0)) filter (where status <> 'CANCELLED'), 0)::int
                as "emptySeats",
              count(*) filter (where status = 'CANCELLED')::int as cancellations
       from per_session`,
      [actor.partnershipId, startOf(from), startOf(dayAfter(startOf(to), 1))],
    );
    return { from, to, ...row, fillRate: row.capacity ? row.filled / row.capacity : 0 };
  }
}
