import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { EntityManager } from '@mikro-orm/postgresql';
import { BookingStatus } from '../booking/booking.entity';
import type { TrainingSession } from './training-session.entity';
import type { SessionPlacesView } from './session.types';

/**
 * How the places of sessions stand, counted for every session a GraphQL request asks about in
 * one query: a calendar month or a list page shows dozens of sessions, each with its places.
 * One loader per request (keyed on its context), so counts are never stale across requests.
 */
@Injectable()
export class SessionPlacesCounter {
  private readonly loaders = new WeakMap<object, DataLoader<TrainingSession, SessionPlacesView>>();

  constructor(private readonly em: EntityManager) {}

  of(requestContext: object, session: TrainingSession): Promise<SessionPlacesView> {
    let loader = this.loaders.get(requestContext);
    if (!loader) {
      loader = new DataLoader((sessions) => this.count(sessions), { cacheKeyFn: (s) => s.id });
      this.loaders.set(requestContext, loader);
    }
    return loader.load(session);
  }

  private async count(sessions: readonly TrainingSession[]): Promise<SessionPlacesView[]> {
    const rows = await this.em
      .getConnection()
      .execute<{ session_id: string; status: BookingStatus; n: number }[]>(
        'select session_id, status, count(*)::int as n from booking where session_id = any(?::uuid[]) group by 1, 2',
        [`{${sessions.map((s) => s.id).join(',')}}`],
      );
    return sessions.map((session) => {
      const count = (status: BookingStatus) =>
        rows.find((r) => r.session_id === session.id && r.status === status)?.n ?? 0;
      const confirmed = count(BookingStatus.CONFIRMED);
      const offered = count(BookingStatus.OFFERED);
      return {
        capacity: session.capacity,
        confirmed,
        offered,
        waitlisted: count(BookingStatus.WAITLISTED),
        pendingApproval: count(BookingStatus.PENDING_APPROVAL),
        free: Math.max(session.capacity - confirmed - offered, 0),
      };
    });
  }
}
