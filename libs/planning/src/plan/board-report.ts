import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, scopeFor } from '@kindred/auth';
import { NotFoundError } from '@kindred/common';
import { Organisation, OrganisationAccess, Person } from '@kindred/org';
import {
  CompetencyFramework,
  type GapRow,
  GapService,
  HeatmapAxis,
  type HeatmapColumn,
  type HeatmapRow,
} from '@kindred/skills';
import { resultsView } from '../culture/survey/results-view';
import { SurveyGrouping } from '../culture/survey/survey-results';
import { SurveyService } from '../culture/survey/survey.service';
import type { PulseSurveyResultsView } from '../culture/survey/survey.types';
import { SelfAssessmentService } from '../self-assessment/self-assessment.service';
import type { SelfAssessmentView } from '../self-assessment/self-assessment.types';
import { EVERYONE, measureOf, ObjectiveProgress, type Progress } from './objective-progress';
import { type ObjectiveStanding, ObjectiveTracker } from './objective-tracker';
import { MeasureKind, type PlanObjective } from './plan-objective.entity';
import { PlanService, isoDay } from './plan.service';
import { type TrainingNeedRow, TrainingNeeds } from './training-needs';
import type { WorkforcePlan } from './workforce-plan.entity';

const THREE_MONTHS_MS = 91 * 86_400_000;
/** The gaps a board paper has room for, per framework. */
const WORST_GAPS = 5;

/** A framework's worst gaps, and the same competencies by organisation from the heatmap. */
export interface SkillsSummary {
  framework: string;
  worst: GapRow[];
  columns: HeatmapColumn[];
  rows: HeatmapRow[];
}

/** The latest pulse survey wave by organisation, or why it is not shown. */
export type SurveySummary =
  { shown: true; surveyTitle: string; results: PulseSurveyResultsView } | { shown: false; reason: string };

/** Everything the board report shows, gathered once so the PDF and the workbook agree. */
export interface BoardReportContent {
  asOf: string;
  plan: WorkforcePlan;
  ownerName: string;
  partners: string[];
  objectives: { objective: PlanObjective; standing: ObjectiveStanding }[];
  actions: { title: string; objective: string | null; owner: string; dueOn: string; status: string }[];
  /** Supervision within frequency and CPD on track, across everyone in a current job. */
  coverage: { supervision: Progress; cpd: Progress };
  needs: TrainingNeedRow[];
  survey: SurveySummary;
  skills: SkillsSummary[];
  selfAssessment: SelfAssessmentView;
}

/**
 * Gathers a plan's board report: its objectives with live progress and breakdown, actions,
 * supervision and CPD coverage and the training needs, narrowed as the actor's reads are.
 */
@Injectable()
export class BoardReport {
  constructor(
    private readonly em: EntityManager,
    private readonly plans: PlanService,
    private readonly tracker: ObjectiveTracker,
    private readonly progress: ObjectiveProgress,
    private readonly trainingNeeds: TrainingNeeds,
    private readonly surveys: SurveyService,
    private readonly gaps: GapService,
    private readonly selfAssessments: SelfAssessmentService,
  ) {}

  async content(actor: Actor, planId: string, now = new Date()): Promise<BoardReportContent> {
    const plan = await this.plans.get(planId);
    if (!plan) throw new NotFoundError('Workforce plan', planId);
    const today = isoDay(now);
    const reach = OrganisationAccess.of(actor, 'plan.read');
    const narrow = <T extends { byOrganisation: { organisationId: string }[] }>(p: T): T => ({
      ...p,
      byOrganisation: p.byOrganisation.filter((o) => reach.reaches(o.organisationId)),
    });
    const [objectives, actions, partners, supervision, cpd, needs, survey, skills, selfAssessment] = await Promise.all([
      this.plans.objectives(plan.id),
      this.plans.actions(plan.id),
      this.em.find(Organisation, { id: { $in: plan.partnerOrganisationIds } }, { orderBy: { name: 'ASC' } }),
      this.progress.of(actor.partnershipId, EVERYONE, measureOf(MeasureKind.SUPERVISION_IN_FREQUENCY), today),
      this.progress.of(actor.partnershipId, EVERYONE, measureOf(MeasureKind.CPD_ON_TRACK), today),
      this.trainingNeeds.analyse(actor.partnershipId, today, isoDay(new Date(now.getTime() + THREE_MONTHS_MS))),
      this.survey(actor, now),
      this.skills(actor, today),
      this.selfAssessments.view(plan.id, now),
    ]);
    const standings = await Promise.all(objectives.map((o) => this.tracker.standing(o, plan.startsOn, today)));
    const people = await this.em.find(Person, { id: { $in: [plan.ownerId, ...actions.map((a) => a.ownerId)] } });
    const name = (id: string) => people.find((p) => p.id === id)?.fullName ?? 'Someone who has left';
    const titles = new Map(objectives.map((o) => [o.id, o.title]));
    return {
      asOf: today,
      plan,
      ownerName: name(plan.ownerId),
      partners: partners.map((o) => o.name),
      objectives: objectives.map((objective, i) => ({ objective, standing: narrow(standings[i]) })),
      actions: actions.map((a) => ({
        title: a.title,
        objective: a.objective ? (titles.get(a.objective.id) ?? null) : null,
        owner: name(a.ownerId),
        dueOn: a.dueOn,
        status: a.status,
      })),
      coverage: { supervision: narrow(supervision), cpd: narrow(cpd) },
      needs: needs.filter((n) => reach.reaches(n.organisationId)),
      survey,
      skills,
      selfAssessment,
    };
  }

  /** Results as `pulseSurveyResults` gives them to the same reader, small groups withheld. */
  private async survey(actor: Actor, now: Date): Promise<SurveySummary> {
    if (scopeFor('culture.results', actor.grants) === null) {
      return { shown: false, reason: 'Pulse survey results are for workforce leads and partner admins.' };
    }
    const wave = await this.surveys.latestWave(now);
    if (!wave) return { shown: false, reason: 'No pulse survey wave has opened yet.' };
    const results = await this.surveys.results(actor, wave.id, SurveyGrouping.ORGANISATION);
    return { shown: true, surveyTitle: wave.survey.getEntity().title, results: resultsView(results) };
  }

  /** Each framework in force: its worst gaps (essential first), as `skillsGap` and `skillsHeatmap` give them. */
  private async skills(actor: Actor, today: string): Promise<SkillsSummary[]> {
    const frameworks = await this.em.find(
      CompetencyFramework,
      { effectiveFrom: { $lte: today }, $or: [{ effectiveTo: null }, { effectiveTo: { $gte: today } }] },
      { orderBy: { name: 'ASC', id: 'ASC' } },
    );
    return Promise.all(
      frameworks.map(async (framework) => {
        const scope = { frameworkId: framework.id };
        const [report, heatmap] = await Promise.all([
          this.gaps.report(actor, scope, today),
          this.gaps.heatmap(actor, scope, HeatmapAxis.ORGANISATION, today),
        ]);
        const worst = report.rows.filter((r) => r.gaps > 0).slice(0, WORST_GAPS);
        const rows = worst.flatMap((w) => heatmap.rows.find((r) => r.competencyId === w.competencyId) ?? []);
        const used = new Set(rows.flatMap((r) => r.cells.map((c) => c.columnId)));
        return { framework: framework.name, worst, columns: heatmap.columns.filter((c) => used.has(c.id)), rows };
      }),
    );
  }
}
