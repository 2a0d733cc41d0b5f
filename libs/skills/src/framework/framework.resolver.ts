import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { ProficiencyScaleView } from '../scale/scale.types';
import type { Competency } from './competency.entity';
import type { CompetencyFramework } from './competency-framework.entity';
import type { CompetencyDefinition } from './framework-file';
import { FrameworkLibrary } from './framework-library';
import { FrameworkService } from './framework.service';
import {
  CompetencyFrameworkList,
  CompetencyFrameworkListArgs,
  CompetencyFrameworkView,
  CompetencyList,
  CompetencyListArgs,
  CompetencyView,
  CreateCompetencyFrameworkInput,
  CreateCompetencyInput,
  FrameworkFileView,
  LoadFrameworkInput,
  UpdateCompetencyFrameworkInput,
  UpdateCompetencyInput,
} from './framework.types';
import { IdArg } from '@kindred/common';

@Resolver(() => CompetencyFrameworkView)
export class FrameworkResolver {
  constructor(
    private readonly frameworks: FrameworkService,
    private readonly library: FrameworkLibrary,
  ) {}

  @Allow('framework.read')
  @Query(() => CompetencyFrameworkList)
  competencyFrameworks(@Args() args: CompetencyFrameworkListArgs) {
    return this.frameworks.list(args);
  }

  @Allow('framework.read')
  @Query(() => CompetencyFrameworkView, { nullable: true })
  competencyFramework(@IdArg() id: string) {
    return this.frameworks.get(id);
  }

  @ResolveField(() => ProficiencyScaleView)
  scale(@Parent() framework: CompetencyFramework) {
    return framework.scale.load();
  }

  @ResolveField(() => [CompetencyView], { description: 'The whole tree, parents before children.' })
  competencies(@Parent() framework: CompetencyFramework) {
    return this.frameworks.tree(framework);
  }

  @Allow('framework.write')
  @Mutation(() => CompetencyFrameworkView)
  createCompetencyFramework(@CurrentActor() actor: Actor, @Args('input') input: CreateCompetencyFrameworkInput) {
    return this.frameworks.create(actor, input);
  }

  @Allow('framework.write')
  @Mutation(() => CompetencyFrameworkView)
  updateCompetencyFramework(@Args('input') input: UpdateCompetencyFrameworkInput) {
    return this.frameworks.update(input);
  }

  @Allow('framework.read')
  @Query(() => [FrameworkFileView], { description: 'The framework files shipped in config/frameworks.' })
  async frameworkFiles(): Promise<FrameworkFileView[]> {
    return (await this.library.catalogue()).map(({ definition, loaded }) => ({
      code: definition.code,
      name: definition.name,
      version: definition.version,
      competencyCount: countCompetencies(definition.competencies),
      loadedFrameworkId: loaded?.id ?? null,
    }));
  }

  @Allow('framework.write')
  @Mutation(() => CompetencyFrameworkView, { description: 'Loads a shipped framework file; edit it afterwards.' })
  loadFrameworkFile(@CurrentActor() actor: Actor, @Args('input') input: LoadFrameworkInput) {
    return this.library.load(actor, input.code);
  }
}

function countCompetencies(nodes: CompetencyDefinition[]): number {
  return nodes.reduce((sum, node) => sum + (node.kind === 'COMPETENCY' ? 1 : 0) + countCompetencies(node.children), 0);
}

@Resolver(() => CompetencyView)
export class CompetencyResolver {
  constructor(private readonly frameworks: FrameworkService) {}

  @Allow('framework.read')
  @Query(() => CompetencyList)
  competencies(@Args() args: CompetencyListArgs) {
    return this.frameworks.competencies(args);
  }

  @Allow('framework.read')
  @Query(() => CompetencyView, { nullable: true })
  competency(@IdArg() id: string) {
    return this.frameworks.getCompetency(id);
  }

  @ResolveField(() => ID, { nullable: true })
  parentId(@Parent() competency: Competency) {
    return competency.parent?.id ?? null;
  }

  @ResolveField(() => ID)
  frameworkId(@Parent() competency: Competency) {
    return competency.framework.id;
  }

  @ResolveField(() => CompetencyFrameworkView)
  framework(@Parent() competency: Competency) {
    return competency.framework.load();
  }

  @Allow('framework.write')
  @Mutation(() => CompetencyView)
  createCompetency(@Args('input') input: CreateCompetencyInput) {
    return this.frameworks.createCompetency(input);
  }

  @Allow('framework.write')
  @Mutation(() => CompetencyView, { description: 'Also moves it: a parent inside itself is refused.' })
  updateCompetency(@Args('input') input: UpdateCompetencyInput) {
    return this.frameworks.updateCompetency(input);
  }

  @Allow('framework.write')
  @Mutation(() => ID, { description: 'Only a competency with no children, requirements or evidence.' })
  deleteCompetency(@IdArg() id: string) {
    return this.frameworks.deleteCompetency(id);
  }
}
