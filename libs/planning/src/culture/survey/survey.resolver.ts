import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { BadInputError, IdArg } from '@kindred/common';
import type { PulseSurvey, SurveyStatement, SurveyWave } from './pulse-survey.entity';
import { resultsView } from './results-view';
import { SurveyGrouping } from './survey-results';
import { SurveyService } from './survey.service';
import {
  AddSurveyStatementInput,
  AddSurveyWaveInput,
  AnswerPulseSurveyInput,
  CreatePulseSurveyInput,
  OpenSurveyWaveView,
  PulseSurveyResultsView,
  PulseSurveyView,
  SurveyStatementView,
  SurveyWaveView,
} from './survey.types';

/** Building pulse surveys and their waves, answering them, and their results. */
@Resolver(() => PulseSurveyView)
export class SurveyResolver {
  constructor(private readonly surveys: SurveyService) {}

  @Allow('survey.read')
  @Query(() => [PulseSurveyView])
  pulseSurveys(): Promise<PulseSurvey[]> {
    return this.surveys.list();
  }

  @Allow('survey.write')
  @Mutation(() => PulseSurveyView, { description: "Starts with the evaluation's workforce statements." })
  createPulseSurvey(@CurrentActor() actor: Actor, @Args('input') input: CreatePulseSurveyInput): Promise<PulseSurvey> {
    return this.surveys.create(actor, input.title);
  }

  @Allow('survey.write')
  @Mutation(() => PulseSurveyView)
  addSurveyStatement(@Args('input') input: AddSurveyStatementInput): Promise<PulseSurvey> {
    return this.surveys.addStatement(input.surveyId, input.text);
  }

  @Allow('survey.write')
  @Mutation(() => PulseSurveyView, { description: 'Leaves a statement out of waves from now on.' })
  retireSurveyStatement(@IdArg() id: string): Promise<PulseSurvey> {
    return this.surveys.retireStatement(id);
  }

  @Allow('survey.write')
  @Mutation(() => PulseSurveyView)
  addSurveyWave(@Args('input') { surveyId, ...wave }: AddSurveyWaveInput): Promise<PulseSurvey> {
    return this.surveys.addWave(surveyId, wave);
  }

  @Allow('survey.respond')
  @Query(() => [OpenSurveyWaveView], { description: 'Survey waves open today.' })
  async openSurveyWaves(@CurrentActor() actor: Actor): Promise<OpenSurveyWaveView[]> {
    return (await this.surveys.openWaves(actor)).map(({ wave, survey, statements, answered }) => ({
      waveId: wave.id,
      name: wave.name,
      surveyTitle: survey.title,
      closesOn: wave.closesOn,
      statements,
      answered,
    }));
  }

  @Allow('survey.respond')
  @Mutation(() => Boolean, { description: 'Once per person and wave; the answers are kept without your name.' })
  async answerPulseSurvey(
    @CurrentActor() actor: Actor,
    @Args('input') input: AnswerPulseSurveyInput,
  ): Promise<boolean> {
    const agreements = new Map(input.answers.map((a) => [a.statementId, a.agreement]));
    if (agreements.size !== input.answers.length) throw new BadInputError('Answer each statement once.');
    await this.surveys.answer(actor, input.waveId, agreements);
    return true;
  }

  @Allow('culture.results')
  @Query(() => PulseSurveyResultsView)
  async pulseSurveyResults(
    @CurrentActor() actor: Actor,
    @Args('waveId', { type: () => ID }) waveId: string,
    @Args('by', { type: () => SurveyGrouping }) by: SurveyGrouping,
  ): Promise<PulseSurveyResultsView> {
    return resultsView(await this.surveys.results(actor, waveId, by));
  }

  @ResolveField(() => [SurveyStatementView])
  statements(@Parent() survey: PulseSurvey): SurveyStatement[] {
    return survey.statements.getItems();
  }

  @ResolveField(() => [SurveyWaveView])
  waves(@Parent() survey: PulseSurvey): SurveyWave[] {
    return survey.waves.getItems();
  }
}

/** How many have answered a wave; never who. */
@Resolver(() => SurveyWaveView)
export class SurveyWaveResolver {
  constructor(private readonly surveys: SurveyService) {}

  @ResolveField(() => Int)
  async responses(@Parent() wave: SurveyWave): Promise<number> {
    return (await this.surveys.responseCounts([wave.id])).get(wave.id) ?? 0;
  }
}
