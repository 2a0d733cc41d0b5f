import { Args, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { ComplianceService } from './compliance.service';
import { ComplianceArgs, ComplianceView } from './compliance.types';

@Resolver()
export class ComplianceResolver {
  constructor(private readonly compliance: ComplianceService) {}

  @Allow('supervision.compliance')
  @Query(() => ComplianceView, {
    description: 'Supervision compliance of the people you reach and those you supervise: figures, never text.',
  })
  supervisionCompliance(@CurrentActor() actor: Actor, @Args() args: ComplianceArgs) {
    return this.compliance.figures(actor, args);
  }
}
