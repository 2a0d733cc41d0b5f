import type { EntityManager } from '@mikro-orm/postgresql';
import { ExpressionOfInterest } from './expression-of-interest.entity';

/**
 * A booking on a course meets the person's open interest in it, so the demand the scheduler plans
 * against stops counting them. Call it inside the booking's transaction: its flush writes the change.
 */
export async function fulfilInterest(
  em: EntityManager,
  booking: { personId: string; courseId: string },
  at: Date,
): Promise<void> {
  const interest = await em.findOne(ExpressionOfInterest, {
    person: booking.personId,
    course: booking.courseId,
    fulfilledAt: null,
  });
  interest?.fulfil(at);
}
