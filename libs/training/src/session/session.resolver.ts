import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, scopeFor } from '@kindred/auth';
import { PersonReach, PersonView, RoomView, SiteView } from '@kindred/org';
import { type SessionPart, SessionStatus, type TrainingSession } from './training-session.entity';
import { SessionPlacesCounter } from './session-places';
import { SessionService } from './session.service';
import {
  CancelSessionInput,
  CreateSessionInput,
  SessionPartView,
  SessionPlacesView,
  SessionQuotasInput,
  SessionQuotaView,
  SessionsNearMeArgs,
  TrainingSessionList,
  TrainingSessionListArgs,
  TrainingSessionView,
  UpdateSessionInput,
} from './session.types';
import { CourseView } from '../course/course.types';
import { IdArg } from '@kindred/common';

@Resolver(() => TrainingSessionView)
export class SessionResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly placeCounts: SessionPlacesCounter,
    private readonly reach: PersonReach,
  ) {}

  @Allow('training.read')
  @Query(() => TrainingSessionList, { description: 'The session calendar.' })
  async trainingSessions(@CurrentActor() actor: Actor, @Args() args: TrainingSessionListArgs) {
    const trainer = args.filter?.mine ? await this.reach.actorPerson(actor) : undefined;
    // A sign-in with no person record trains nothing.
    if (trainer === null) return { nodes: [], totalCount: 0 };
    return this.sessions.list(args, scopeFor('training.write', actor.grants) !== null, trainer?.id);
  }

  @Allow('booking.self')
  @Query(() => [TrainingSessionView], {
    description:
      "The next published sessions of each course, nearest where you work first: your team's site, then its family hub's sites, then online, then elsewhere.",
  })
  async sessionsNearMe(@CurrentActor() actor: Actor, @Args() args: SessionsNearMeArgs) {
    const me = await this.reach.actorPerson(actor);
    return this.sessions.nearPerson(me?.id ?? null, args.courseIds, args.perCourse);
  }

  @Allow('training.read')
  @Query(() => TrainingSessionView, { nullable: true })
  async trainingSession(@CurrentActor() actor: Actor, @IdArg() id: string) {
    const session = await this.sessions.get(id);
    // Drafts are the planners' business until published.
    return session && (session.status !== SessionStatus.DRAFT || scopeFor('training.write', actor.grants))
      ? session
      : null;
  }

  @ResolveField(() => CourseView)
  course(@Parent() session: TrainingSession) {
    return session.course.load();
  }

  @ResolveField(() => [SessionPartView])
  async parts(@Parent() session: TrainingSession): Promise<SessionPart[]> {
    return (await session.parts.load()).getItems();
  }

  @ResolveField(() => [SessionQuotaView])
  async quotas(@Parent() session: TrainingSession): Promise<SessionQuotaView[]> {
    return (await session.quotas.load()).getItems().map((quota) => ({
      id: quota.id,
      organisationId: quota.organisation?.id ?? null,
      organisationKind: quota.organisationKind,
      seats: quota.seats,
      releaseAt: quota.releaseAt,
    }));
  }

  @ResolveField(() => [PersonView])
  async trainers(@Parent() session: TrainingSession) {
    return (await session.trainers.load()).getItems();
  }

  @ResolveField(() => SiteView, { nullable: true })
  site(@Parent() session: TrainingSession) {
    return session.site?.load() ?? null;
  }

  @ResolveField(() => RoomView, { nullable: true })
  room(@Parent() session: TrainingSession) {
    return session.room?.load() ?? null;
  }

  @ResolveField(() => SessionPlacesView)
  places(@Parent() session: TrainingSession, @Context() context: object): Promise<SessionPlacesView> {
    return this.placeCounts.of(context, session);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "For the session's trainers and workforce leads: learners check in with it.",
  })
  async checkInCode(@Parent() session: TrainingSession, @CurrentActor() actor: Actor) {
    if (scopeFor('attendance.record', actor.grants) === 'PARTNERSHIP') return session.checkInCode;
    const me = await this.reach.actorPerson(actor);
    const trainers = (await session.trainers.load()).getItems();
    return me && trainers.some((t) => t.id === me.id) ? session.checkInCode : null;
  }

  @Allow('training.write')
  @Mutation(() => TrainingSessionView, { description: 'A draft session; publish it to take bookings.' })
  createSession(@Args('input') input: CreateSessionInput) {
    return this.sessions.create(input);
  }

  @Allow('training.write')
  @Mutation(() => TrainingSessionView, { description: 'More capacity offers places to the waitlist.' })
  updateSession(@Args('input') input: UpdateSessionInput) {
    return this.sessions.update(input);
  }

  @Allow('training.write')
  @Mutation(() => TrainingSessionView, {
    description: "Refused fewer than the partnership's notice days before the start.",
  })
  publishSession(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.sessions.publish(actor, id);
  }

  @Allow('training.write')
  @Mutation(() => TrainingSessionView)
  cancelSession(@Args('input') input: CancelSessionInput) {
    return this.sessions.cancel(input);
  }

  @Allow('training.write')
  @Mutation(() => TrainingSessionView)
  completeSession(@IdArg() id: string) {
    return this.sessions.complete(id);
  }

  @Allow('training.write')
  @Mutation(() => TrainingSessionView, { description: 'Replaces the reserved places.' })
  setSessionQuotas(@Args('input') input: SessionQuotasInput) {
    return this.sessions.setQuotas(input);
  }
}
