import { Args, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { PersonReach } from '@kindred/org';
import { today } from '../entry/entry.service';
import { Compliance } from './compliance';
import { ComplianceArgs, ComplianceView, ProgressView } from './progress.types';
import { CpdStanding } from './standing';

@Resolver()
export class ProgressResolver {
  constructor(
    private readonly reach: PersonReach,
    private readonly standing: CpdStanding,
    private readonly compliance: Compliance,
  ) {}

  @Allow('cpd.own')
  @Query(() => [ProgressView], {
    description: "Your progress against each regulator you are registered with, or the partnership's target.",
  })
  async myCpdProgress(@CurrentActor() actor: Actor) {
    const me = await this.reach.actorPerson(actor);
    if (!me) return [];
    return (await this.standing.of(actor.partnershipId, [me.id], today(new Date()))).get(me.id)!;
  }

  @Allow('cpd.compliance')
  @Query(() => ComplianceView, { description: 'CPD compliance figures for the people in your scope, worst first.' })
  cpdCompliance(@CurrentActor() actor: Actor, @Args() args: ComplianceArgs) {
    return this.compliance.run(actor, args);
  }
}
