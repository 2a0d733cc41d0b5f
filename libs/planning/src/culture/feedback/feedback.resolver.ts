import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { type FeedbackFigures, FeedbackGrouping } from './feedback-figures';
import { type AttendedSession, FeedbackService } from './feedback.service';
import {
  AnswerFeedbackFollowUpInput,
  AttendedSessionView,
  FeedbackFiguresView,
  FeedbackFollowUpView,
  GiveSessionFeedbackInput,
  SessionFeedbackView,
} from './feedback.types';
import type { FeedbackFollowUp, SessionFeedback } from './session-feedback.entity';

/** Feedback on completed sessions, from their attendees, and its figures for leads. */
@Resolver()
export class FeedbackResolver {
  constructor(private readonly feedback: FeedbackService) {}

  @Allow('feedback.give')
  @Query(() => [AttendedSessionView], { description: 'Completed sessions you attended, newest first.' })
  myAttendedSessions(@CurrentActor() actor: Actor): Promise<AttendedSession[]> {
    return this.feedback.attended(actor);
  }

  @Allow('feedback.give')
  @Mutation(() => SessionFeedbackView, { description: 'Once per attendee, after the session is completed.' })
  giveSessionFeedback(
    @CurrentActor() actor: Actor,
    @Args('input') { sessionId, ...answer }: GiveSessionFeedbackInput,
  ): Promise<SessionFeedback> {
    return this.feedback.give(actor, sessionId, answer);
  }

  @Allow('feedback.give')
  @Mutation(() => FeedbackFollowUpView, { description: 'Once per attendee, three months after the session.' })
  answerFeedbackFollowUp(
    @CurrentActor() actor: Actor,
    @Args('input') { sessionId, ...answer }: AnswerFeedbackFollowUpInput,
  ): Promise<FeedbackFollowUp> {
    return this.feedback.followUp(actor, sessionId, answer);
  }

  @Allow('culture.results')
  @Query(() => [FeedbackFiguresView])
  feedbackResults(
    @CurrentActor() actor: Actor,
    @Args('by', { type: () => FeedbackGrouping }) by: FeedbackGrouping,
  ): Promise<FeedbackFigures[]> {
    return this.feedback.results(actor, by);
  }
}
