import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { IdArg } from '@kindred/common';
import { PersonView } from '@kindred/org';
import { CompetencyView } from '@kindred/skills';
import { AgreementView } from '../agreement/agreement.types';
import { SessionService } from './session.service';
import {
  AcknowledgeSessionInput,
  AddendumInput,
  RecordSessionInput,
  RescheduleSessionInput,
  ScheduleGroupSessionInput,
  ScheduleSessionInput,
  SessionContentView,
  SessionList,
  SessionListArgs,
  SessionReasonInput,
  SessionView,
} from './session.types';
import type { SupervisionSession } from './supervision-session.entity';

@Resolver(() => SessionView)
export class SessionResolver {
  constructor(private readonly sessions: SessionService) {}

  @Allow('supervision.read')
  @Query(() => SessionList, {
    description: 'Dates and statuses of the supervision sessions you may see (yours, your supervisees’, your reach).',
  })
  supervisionSessions(@CurrentActor() actor: Actor, @Args() args: SessionListArgs) {
    return this.sessions.list(actor, args);
  }

  @Allow('supervision.read')
  @Query(() => SessionView)
  supervisionSession(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.sessions.visible(actor, id);
  }

  @ResolveField(() => AgreementView, { nullable: true })
  agreement(@Parent() session: SupervisionSession) {
    return session.agreement?.load() ?? null;
  }

  @ResolveField(() => PersonView)
  facilitator(@Parent() session: SupervisionSession) {
    return session.facilitator.load();
  }

  @ResolveField(() => PersonView, { nullable: true })
  supervisee(@Parent() session: SupervisionSession) {
    return session.supervisee?.load() ?? null;
  }

  @ResolveField(() => [PersonView])
  async attendees(@Parent() session: SupervisionSession) {
    return (await session.attendees.load()).getItems();
  }

  @ResolveField(() => [CompetencyView], {
    description: 'Learning needs identified: competencies that feed the skills gap and the training plan.',
  })
  async learningNeeds(@Parent() session: SupervisionSession) {
    return (await session.learningNeeds.load()).getItems();
  }

  @ResolveField(() => SessionContentView, {
    description:
      'The written record. Refused to anyone but the supervisee, supervisor and supervisor’s line manager; every read is audited.',
  })
  content(@CurrentActor() actor: Actor, @Parent() session: SupervisionSession) {
    return this.sessions.content(actor, session);
  }

  @Allow('supervision.supervise')
  @Mutation(() => SessionView, { description: 'Books the next 1:1 session of an agreement you supervise.' })
  scheduleSupervisionSession(@CurrentActor() actor: Actor, @Args('input') input: ScheduleSessionInput) {
    return this.sessions.schedule(actor, input);
  }

  @Allow('supervision.supervise')
  @Mutation(() => SessionView, { description: 'A group supervision or reflective practice group you facilitate.' })
  scheduleGroupSupervision(@CurrentActor() actor: Actor, @Args('input') input: ScheduleGroupSessionInput) {
    return this.sessions.scheduleGroup(actor, input);
  }

  @Allow('supervision.supervise')
  @Mutation(() => SessionView, { description: 'Writes up a session held, with its actions; refused once signed off.' })
  recordSupervisionSession(@CurrentActor() actor: Actor, @Args('input') input: RecordSessionInput) {
    return this.sessions.record(actor, input);
  }

  @Allow('supervision.supervise')
  @Mutation(() => SessionView, { description: 'Locks the record; later changes are addenda.' })
  signOffSupervisionSession(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.sessions.signOff(actor, id);
  }

  @Allow('supervision.supervise')
  @Mutation(() => SessionView)
  cancelSupervisionSession(@CurrentActor() actor: Actor, @Args('input') input: SessionReasonInput) {
    return this.sessions.cancel(actor, input.id, input.reason);
  }

  @Allow('supervision.supervise')
  @Mutation(() => SessionView)
  rescheduleSupervisionSession(@CurrentActor() actor: Actor, @Args('input') input: RescheduleSessionInput) {
    return this.sessions.reschedule(actor, input);
  }

  @Allow('supervision.supervise')
  @Mutation(() => SessionView)
  markSupervisionSessionMissed(@CurrentActor() actor: Actor, @Args('input') input: SessionReasonInput) {
    return this.sessions.markMissed(actor, input.id, input.reason);
  }

  @Allow('supervision.self')
  @Mutation(() => SessionView, {
    description: 'The supervisee has read the signed-off record, optionally with a comment.',
  })
  acknowledgeSupervisionSession(@CurrentActor() actor: Actor, @Args('input') input: AcknowledgeSessionInput) {
    return this.sessions.acknowledge(actor, input);
  }

  @Allow('supervision.self')
  @Mutation(() => SessionView, { description: 'A later note on a signed-off record, by its supervisor or supervisee.' })
  addSupervisionAddendum(@CurrentActor() actor: Actor, @Args('input') input: AddendumInput) {
    return this.sessions.addAddendum(actor, input);
  }
}
