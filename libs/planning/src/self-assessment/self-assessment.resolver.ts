import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { IdArg } from '@kindred/common';
import { SelfAssessmentService } from './self-assessment.service';
import {
  AddSelfAssessmentEvidenceInput,
  JudgeFrameworkStatementInput,
  SelfAssessmentView,
} from './self-assessment.types';

/** The plan's Model Framework self-assessment: leads judge and add evidence; partners read it. */
@Resolver(() => SelfAssessmentView)
export class SelfAssessmentResolver {
  constructor(private readonly assessments: SelfAssessmentService) {}

  @Allow('plan.read')
  @Query(() => SelfAssessmentView, { description: "The plan's self-assessment against the Model Framework." })
  selfAssessment(@IdArg('planId') planId: string): Promise<SelfAssessmentView> {
    return this.assessments.view(planId);
  }

  @Allow('plan.write')
  @Mutation(() => SelfAssessmentView, { description: 'Records a judgement; earlier ones are kept as history.' })
  async judgeFrameworkStatement(
    @CurrentActor() actor: Actor,
    @Args('input') input: JudgeFrameworkStatementInput,
  ): Promise<SelfAssessmentView> {
    await this.assessments.judge(actor, input.planId, input.statementCode, input.judgement, input.note ?? '');
    return this.assessments.view(input.planId);
  }

  @Allow('plan.write')
  @Mutation(() => SelfAssessmentView, { description: 'Adds evidence Kindred cannot compute: what, and where.' })
  async addSelfAssessmentEvidence(
    @CurrentActor() actor: Actor,
    @Args('input') input: AddSelfAssessmentEvidenceInput,
  ): Promise<SelfAssessmentView> {
    await this.assessments.addEvidence(actor, input.planId, input.statementCode, input);
    return this.assessments.view(input.planId);
  }
}
