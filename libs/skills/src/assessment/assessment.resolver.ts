import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { PersonView } from '@kindred/org';
import { CompetencyView } from '../framework/framework.types';
import type { Assessment } from './assessment.entity';
import { AssessmentService } from './assessment.service';
import {
  AssessmentList,
  AssessmentListArgs,
  AssessmentView,
  MySkillsArgs,
  PersonSkillsArgs,
  PersonSkillView,
  RecordAssessmentInput,
  ReviewSelfAssessmentInput,
  SelfAssessmentInput,
  ValidationQueueArgs,
} from './assessment.types';
import { PersonSkills } from './person-skills';

@Resolver(() => AssessmentView)
export class AssessmentResolver {
  constructor(
    private readonly evidence: AssessmentService,
    private readonly skills: PersonSkills,
  ) {}

  @Allow('skills.read')
  @Query(() => AssessmentList, { description: 'Evidence history, newest first unless sorted.' })
  assessments(@CurrentActor() actor: Actor, @Args() args: AssessmentListArgs) {
    return this.evidence.list(actor, args);
  }

  @Allow('skills.read')
  @Query(() => [PersonSkillView], { description: "A person's required and current levels." })
  personSkills(@CurrentActor() actor: Actor, @Args() args: PersonSkillsArgs) {
    return this.skills.of(actor, args.personId, args.frameworkId);
  }

  @Allow('skills.selfAssess')
  @Query(() => [PersonSkillView], { description: 'The signed-in person’s required and current levels.' })
  mySkills(@CurrentActor() actor: Actor, @Args() args: MySkillsArgs) {
    return this.skills.mine(actor, args.frameworkId);
  }

  @Allow('skills.assess')
  @Query(() => AssessmentList, { description: 'Self-assessments waiting for validation, oldest first.' })
  validationQueue(@CurrentActor() actor: Actor, @Args() args: ValidationQueueArgs) {
    return this.evidence.queue(actor, args);
  }

  @ResolveField(() => PersonView)
  person(@Parent() assessment: Assessment) {
    return assessment.person.load();
  }

  @ResolveField(() => PersonView, { nullable: true })
  assessor(@Parent() assessment: Assessment) {
    return assessment.assessor?.load() ?? null;
  }

  @ResolveField(() => CompetencyView)
  competency(@Parent() assessment: Assessment) {
    return assessment.competency.load();
  }

  @Allow('skills.assess')
  @Mutation(() => AssessmentView, { description: "Records a manager's or imported assessment." })
  recordAssessment(@CurrentActor() actor: Actor, @Args('input') input: RecordAssessmentInput) {
    return this.evidence.record(actor, input);
  }

  @Allow('skills.selfAssess')
  @Mutation(() => [AssessmentView], { description: 'Rates yourself, with a reflection; your manager validates.' })
  submitSelfAssessment(@CurrentActor() actor: Actor, @Args('input') input: SelfAssessmentInput) {
    return this.evidence.selfAssess(actor, input);
  }

  @Allow('skills.assess')
  @Mutation(() => AssessmentView, {
    description: 'Validates (same level) or adjusts (another level) a self-assessment.',
  })
  reviewSelfAssessment(@CurrentActor() actor: Actor, @Args('input') input: ReviewSelfAssessmentInput) {
    return this.evidence.review(actor, input);
  }
}
