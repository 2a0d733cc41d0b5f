import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { IdArg, type ListPage } from '@kindred/common';
import { isoDay } from '../plan/plan.service';
import type { DevelopmentPathway } from './development-pathway.entity';
import { PathwayProgress, type Progress } from './pathway-progress';
import { type PathwayStep, StepKind } from './pathway-step.entity';
import { type EnrolmentWithProgress, PathwaysService } from './pathways.service';
import {
  AddPathwayStepInput,
  DevelopmentPathwayInput,
  DevelopmentPathwayList,
  DevelopmentPathwayView,
  EnrolmentListArgs,
  EnrolOnPathwayInput,
  MoveDevelopmentPathwayInput,
  MovePathwayStepInput,
  PathwayEnrolmentList,
  PathwayEnrolmentView,
  PathwayListArgs,
  type PathwayProgressView,
  type PathwayStepView,
  PathwayUseView,
  QualificationAwardView,
  RecordQualificationInput,
  UpdateDevelopmentPathwayInput,
  UpdatePathwayEnrolmentInput,
} from './pathways.types';
import type { QualificationAward } from './qualification-award.entity';

/** What a step asks, in the words shown to the person on the pathway. */
const stepTitle = (step: PathwayStep): string => {
  switch (step.kind) {
    case StepKind.COURSE:
      return `Complete ${step.course!.getEntity().title} (and keep it in date)`;
    case StepKind.COMPETENCY: {
      const competency = step.competency!.getEntity();
      return `${competency.name} (${competency.code}) at level ${step.level} or above`;
    }
    case StepKind.SUPERVISION:
      return 'Regular supervision, kept within its agreed frequency';
    case StepKind.QUALIFICATION:
      return `Attain the ${step.qualification}`;
  }
};

const stepView = (step: PathwayStep): PathwayStepView => ({
  id: step.id,
  position: step.position,
  kind: step.kind,
  title: stepTitle(step),
  courseId: step.course?.id ?? null,
  competencyId: step.competency?.id ?? null,
  level: step.level,
  qualification: step.qualification,
  note: step.note,
});

const pathwayView = (pathway: DevelopmentPathway): DevelopmentPathwayView => ({
  id: pathway.id,
  name: pathway.name,
  description: pathway.description,
  fromRoleProfileId: pathway.fromRole.id,
  fromRoleName: pathway.fromRole.getEntity().name,
  toRoleProfileId: pathway.toRole.id,
  toRoleName: pathway.toRole.getEntity().name,
  status: pathway.status,
  steps: pathway.ordered().map(stepView),
  updatedAt: pathway.updatedAt,
});

const progressView = (progress: Progress): PathwayProgressView => ({
  done: progress.done,
  total: progress.total,
  percent: progress.percent,
  complete: progress.complete,
  nextStep: progress.nextStep ? stepView(progress.nextStep) : null,
  steps: progress.steps.map((s) => ({
    step: stepView(s.step),
    done: s.done,
    evidenceOn: s.evidence?.on ?? null,
    levelHeld: s.evidence?.level ?? null,
    validUntil: s.evidence?.validUntil ?? null,
  })),
});

const enrolmentView = ({ enrolment, progress }: EnrolmentWithProgress): PathwayEnrolmentView => ({
  id: enrolment.id,
  pathway: pathwayView(enrolment.pathway.getEntity()),
  personId: enrolment.person.id,
  personName: enrolment.person.getEntity().fullName,
  startedOn: enrolment.startedOn,
  targetOn: enrolment.targetOn,
  status: enrolment.status,
  progress: progressView(progress),
});

const page = <T, V>(list: ListPage<T>, view: (node: T) => V): ListPage<V> => ({
  nodes: list.nodes.map(view),
  totalCount: list.totalCount,
});

/**
 * Development pathways: leads write them; managers enrol their reports (leads anyone) and record
 * qualifications; everyone sees their own progress.
 */
@Resolver()
export class PathwaysResolver {
  constructor(
    private readonly pathways: PathwaysService,
    private readonly progress: PathwayProgress,
  ) {}

  @Allow('pathway.read')
  @Query(() => DevelopmentPathwayList, { description: 'Leads see every pathway; everyone else the published ones.' })
  async developmentPathways(@CurrentActor() actor: Actor, @Args() args: PathwayListArgs) {
    return page(await this.pathways.list(actor, args), pathwayView);
  }

  @Allow('pathway.read')
  @Query(() => DevelopmentPathwayView, { nullable: true })
  async developmentPathway(@CurrentActor() actor: Actor, @IdArg() id: string) {
    const pathway = await this.pathways.get(actor, id);
    return pathway && pathwayView(pathway);
  }

  @Allow('pathway.progress')
  @Query(() => PathwayEnrolmentList, { description: "Your own, your reports', or everyone's in reach, with progress." })
  async pathwayEnrolments(@CurrentActor() actor: Actor, @Args() args: EnrolmentListArgs) {
    return page(await this.pathways.enrolments(actor, args, 'pathway.progress'), enrolmentView);
  }

  @Allow('pathway.self')
  @Query(() => PathwayEnrolmentList, { description: 'The pathways you are on, with your progress.' })
  async myPathwayEnrolments(@CurrentActor() actor: Actor, @Args() args: EnrolmentListArgs) {
    return page(await this.pathways.enrolments(actor, args, 'pathway.self'), enrolmentView);
  }

  @Allow('plan.read')
  @Query(() => [PathwayUseView], {
    description: 'Per pathway: people on it, people who have completed it, average progress.',
  })
  pathwaysInUse(@CurrentActor() actor: Actor) {
    return this.progress.pathwaysInUse(actor.partnershipId, isoDay(new Date()));
  }

  @Allow('pathway.write')
  @Mutation(() => DevelopmentPathwayView)
  async createDevelopmentPathway(@CurrentActor() actor: Actor, @Args('input') input: DevelopmentPathwayInput) {
    return pathwayView(await this.pathways.create(actor, input));
  }

  @Allow('pathway.write')
  @Mutation(() => DevelopmentPathwayView)
  async updateDevelopmentPathway(@Args('input') input: UpdateDevelopmentPathwayInput) {
    return pathwayView(await this.pathways.update(input.id, input));
  }

  @Allow('pathway.write')
  @Mutation(() => DevelopmentPathwayView, { description: 'Publishes a draft, or retires a published pathway.' })
  async moveDevelopmentPathway(@Args('input') input: MoveDevelopmentPathwayInput) {
    return pathwayView(await this.pathways.moveTo(input.id, input.status));
  }

  @Allow('pathway.write')
  @Mutation(() => Boolean, { description: 'Deletes a draft pathway.' })
  deleteDevelopmentPathway(@IdArg() id: string) {
    return this.pathways.remove(id);
  }

  @Allow('pathway.write')
  @Mutation(() => DevelopmentPathwayView, { description: 'Adds a step at the end of a draft pathway.' })
  async addPathwayStep(@Args('input') input: AddPathwayStepInput) {
    return pathwayView(await this.pathways.addStep(input));
  }

  @Allow('pathway.write')
  @Mutation(() => DevelopmentPathwayView)
  async removePathwayStep(@IdArg() id: string) {
    return pathwayView(await this.pathways.removeStep(id));
  }

  @Allow('pathway.write')
  @Mutation(() => DevelopmentPathwayView)
  async movePathwayStep(@Args('input') input: MovePathwayStepInput) {
    return pathwayView(await this.pathways.moveStep(input.id, input.position));
  }

  @Allow('pathway.enrol')
  @Mutation(() => PathwayEnrolmentView)
  async enrolOnPathway(@CurrentActor() actor: Actor, @Args('input') input: EnrolOnPathwayInput) {
    return enrolmentView(await this.pathways.progressOf(await this.pathways.enrol(actor, input)));
  }

  @Allow('pathway.enrol')
  @Mutation(() => PathwayEnrolmentView, {
    description: 'Changes the dates, or withdraws someone (or takes them back).',
  })
  async updatePathwayEnrolment(@CurrentActor() actor: Actor, @Args('input') input: UpdatePathwayEnrolmentInput) {
    return enrolmentView(await this.pathways.progressOf(await this.pathways.updateEnrolment(actor, input)));
  }

  @Allow('pathway.enrol')
  @Mutation(() => QualificationAwardView, { description: 'Records a qualification someone has attained.' })
  async recordQualification(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordQualificationInput,
  ): Promise<QualificationAwardView> {
    const award: QualificationAward = await this.pathways.recordQualification(actor, input);
    return {
      id: award.id,
      personId: award.person.id,
      qualification: award.qualification,
      attainedOn: award.attainedOn,
    };
  }
}
