import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { ConflictError, ForbiddenError, NotFoundError } from '@kindred/common';
import { OrganisationAccess, PersonReach } from '@kindred/org';
import { Booking, SessionStatus, TrainingSession } from '@kindred/training';
import {
  type FeedbackFact,
  type FeedbackFigures,
  feedbackFigures,
  type FeedbackGrouping,
  type FollowUpFact,
} from './feedback-figures';
import {
  ATTENDED,
  FeedbackFollowUp,
  followUpOpensOn,
  type PracticeUse,
  SessionFeedback,
} from './session-feedback.entity';

export interface FeedbackAnswer {
  reaction: number;
  usefulness: number;
  confidence: { before: number; after: number }[];
  comment?: string | null;
}

/** A completed session the learner attended, and where their feedback on it stands. */
export interface AttendedSession {
  sessionId: string;
  courseTitle: string;
  startsAt: Date;
  endsAt: Date;
  outcomes: string[];
  feedbackGiven: boolean;
  followUpOpensOn: string;
  followUpGiven: boolean;
}

interface FactRow {
  session_id: string;
  course_id: string;
  course_title: string;
  provider_id: string;
  provider_name: string;
}

/** How far back "My training" lists sessions to give feedback on. */
const ATTENDED_SHOWN = 50;

/**
 * Feedback after training: attendees answer once after the session and once three months on;
 * leads see the figures per course, provider and trainer, partner admins for their own people.
 */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
  ) {}

  async give(actor: Actor, sessionId: string, answer: FeedbackAnswer): Promise<SessionFeedback> {
    return this.once(async (tx) => {
      const { booking, session } = await this.attendance(tx, actor, sessionId);
      if (await tx.count(SessionFeedback, { booking }))
        throw new ConflictError('You have already given feedback on this session.');
      const feedback = new SessionFeedback(booking, session, session.course.getEntity().outcomes, answer);
      tx.persist(feedback);
      return feedback;
    }, 'You have already given feedback on this session.');
  }

  async followUp(
    actor: Actor,
    sessionId: string,
    answer: { used: PracticeUse; comment?: string | null },
    now = new Date(),
  ): Promise<FeedbackFollowUp> {
    return this.once(async (tx) => {
      const { booking, session } = await this.attendance(tx, actor, sessionId);
      if (await tx.count(FeedbackFollowUp, { booking })) {
        throw new ConflictError('You have already answered the follow-up on this session.');
      }
      const followUp = new FeedbackFollowUp(booking, session, answer, now);
      tx.persist(followUp);
      return followUp;
    }, 'You have already answered the follow-up on this session.');
  }

  /** The signed-in learner's completed sessions, newest first, with what they have answered. */
  async attended(actor: Actor): Promise<AttendedSession[]> {
    const me = await this.reach.actorPerson(actor);
    if (!me) return [];
    const bookings = await this.em.find(
      Booking,
      { person: me, status: { $in: [...ATTENDED] }, session: { status: SessionStatus.COMPLETED } },
      { populate: ['session.course'], orderBy: { session: { endsAt: 'DESC' } }, limit: ATTENDED_SHOWN },
    );
    const [given, followed] = await Promise.all([
      this.em.find(SessionFeedback, { booking: { $in: bookings } }),
      this.em.find(FeedbackFollowUp, { booking: { $in: bookings } }),
    ]);
    return bookings.map((booking) => {
      const session = booking.session.getEntity();
      const course = session.course.getEntity();
      return {
        sessionId: session.id,
        courseTitle: course.title,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        outcomes: course.outcomes,
        feedbackGiven: given.some((f) => f.booking.id === booking.id),
        followUpOpensOn: followUpOpensOn(session),
        followUpGiven: followed.some((f) => f.booking.id === booking.id),
      };
    });
  }

  /**
   * Figures per course, provider or trainer. Partner admins see the answers of the people whose
   * places were for their organisations.
   */
  async results(actor: Actor, by: FeedbackGrouping): Promise<FeedbackFigures[]> {
    const organisations = OrganisationAccess.of(actor, 'culture.results').organisationIds;
    const scope = organisations ? ` and b.organisation_id in (?)` : '';
    const params = organisations ? [actor.partnershipId, organisations] : [actor.partnershipId];
    const joins = `join booking b on b.id = x.booking_id
      join training_session s on s.id = x.session_id
      join course c on c.id = s.course_id
      join training_provider p on p.id = c.provider_id`;
    const facts = `x.session_id, c.id as course_id, c.title as course_title, p.id as provider_id, p.name as provider_name`;
    const connection = this.em.getConnection();
    const [feedback, followUps] = await Promise.all([
      connection.execute<
        (FactRow & Pick<SessionFeedback, 'reaction' | 'usefulness' | 'confidence' | 'comment'> & { created_at: Date })[]
      >(
        `select ${facts}, x.reaction, x.usefulness, x.confidence, x.comment, x.created_at
         from session_feedback x ${joins} where x.partnership_id = ?${scope}`,
        params,
      ),
      connection.execute<(FactRow & { used: PracticeUse })[]>(
        `select ${facts}, x.used from feedback_follow_up x ${joins} where x.partnership_id = ?${scope}`,
        params,
      ),
    ]);
    const sessionIds = [...new Set([...feedback, ...followUps].map((r) => r.session_id))];
    const trainers = sessionIds.length
      ? await connection.execute<{ session_id: string; id: string; name: string }[]>(
          `select t.training_session_id as session_id, pe.id, pe.given_name || ' ' || pe.family_name as name
           from training_session_trainer t join person pe on pe.id = t.person_id
           where t.training_session_id in (?)`,
          [sessionIds],
        )
      : [];
    const trainersOf = new Map<string, { id: string; name: string }[]>();
    for (const t of trainers) trainersOf.set(t.session_id, [...(trainersOf.get(t.session_id) ?? []), t]);
    const fact = (row: FactRow) => ({
      sessionId: row.session_id,
      course: { id: row.course_id, name: row.course_title },
      provider: { id: row.provider_id, name: row.provider_name },
    });
    return feedbackFigures(
      by,
      feedback.map((row): FeedbackFact => ({
        ...fact(row),
        reaction: row.reaction,
        usefulness: row.usefulness,
        confidence: typeof row.confidence === 'string' ? JSON.parse(row.confidence) : row.confidence,
        comment: row.comment,
        givenAt: new Date(row.created_at),
      })),
      followUps.map((row): FollowUpFact => ({ ...fact(row), used: row.used })),
      trainersOf,
    );
  }

  /** The actor's booking on the session if they attended it; the session is found in the partnership first. */
  private async attendance(
    tx: EntityManager,
    actor: Actor,
    sessionId: string,
  ): Promise<{ booking: Booking; session: TrainingSession }> {
    const session = await tx.findOne(TrainingSession, { id: sessionId }, { populate: ['course'] });
    if (!session) throw new NotFoundError('Training session', sessionId);
    const me = await this.reach.actorPerson(actor);
    const booking = me ? await tx.findOne(Booking, { session, person: me, status: { $in: [...ATTENDED] } }) : null;
    if (!booking) throw new ForbiddenError('Only people who attended this session give feedback on it.');
    return { booking, session };
  }

  /** One answer per booking: the unique index settles two answers sent at once. */
  private async once<T>(work: (tx: EntityManager) => Promise<T>, duplicate: string): Promise<T> {
    try {
      return await this.em.transactional(work);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError(duplicate);
      throw error;
    }
  }
}
