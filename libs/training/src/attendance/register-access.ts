import { type Actor, scopeFor } from '@kindred/auth';
import { ForbiddenError } from '@kindred/common';
import type { Person } from '@kindred/org';
import type { TrainingSession } from '../session/training-session.entity';

/**
 * Workforce leads take any register; a trainer only the registers of the sessions they run (their
 * TRAINER grant is scoped OWN). The session's trainers must be loaded.
 */
export function assertTakesRegister(actor: Actor, session: TrainingSession, me: Person | null): void {
  if (scopeFor('attendance.record', actor.grants) === 'PARTNERSHIP') return;
  if (me && session.trainers.getItems().some((trainer) => trainer.id === me.id)) return;
  throw new ForbiddenError('Only the trainers of this session, or a workforce lead, take its register.');
}
