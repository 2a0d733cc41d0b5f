import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Organisation, OrganisationKind } from '@kindred/org';
import { GapService } from '@kindred/skills';
import { EVERYONE, measureOf, ObjectiveProgress } from '../plan/objective-progress';
import { MeasureKind } from '../plan/plan-objective.entity';
import { percentOf } from '../plan/sql';
import { PathwayProgress } from '../pathways/pathway-progress';
import type { WorkforcePlan } from '../plan/workforce-plan.entity';
import { EvidenceKind } from './statements';

/** One figure Kindred computes towards a statement, as the data stands today. */
export interface EvidenceFigure {
  kind: EvidenceKind;
  label: string;
  /** The figure in a sentence, for the page and the board report. */
  summary: string;
  count: number | null;
  of: number | null;
  percent: number | null;
}

export interface EvidenceContext {
  plan: WorkforcePlan;
  today: string;
}

/** Computes one kind of evidence for a plan's partnership. */
interface EvidenceProvider {
  readonly kind: EvidenceKind;
  figure(context: EvidenceContext): Promise<EvidenceFigure>;
}

const ukDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 10)}T00:00:00Z`),
  );

const plural = (n: number, thing: string) => `${n} ${thing}${n === 1 ? '' : 's'}`;

const share = (kind: EvidenceKind, label: string, count: number, of: number, what: string): EvidenceFigure => ({
  kind,
  label,
  summary: of === 0 ? `No ${what} to count yet.` : `${count} of ${of} ${what} (${percentOf(count, of)}%).`,
  count,
  of,
  percent: of === 0 ? null : percentOf(count, of),
});

/**
 * The evidence Kindred can show for the Model Framework statements, reusing the plan's measures,
 * the skills gap analysis and the learning culture's records. Figures are partnership-wide: the
 * self-assessment is the partnership's, whoever reads it.
 */
@Injectable()
export class EvidenceGatherer {
  private readonly providers: ReadonlyMap<EvidenceKind, EvidenceProvider>;

  constructor(
    private readonly em: EntityManager,
    private readonly progress: ObjectiveProgress,
    private readonly gaps: GapService,
    private readonly pathways: PathwayProgress,
  ) {
    const providers: EvidenceProvider[] = [
      { kind: EvidenceKind.PLAN_APPROVED, figure: (c) => this.planApproved(c) },
      { kind: EvidenceKind.ROLE_PROFILES, figure: (c) => this.roleProfiles(c) },
      { kind: EvidenceKind.TRAINING_COVERAGE, figure: (c) => this.trainingCoverage(c) },
      { kind: EvidenceKind.SUPERVISION_COVERAGE, figure: (c) => this.supervisionCoverage(c) },
      { kind: EvidenceKind.FEEDBACK_USED, figure: (c) => this.feedbackUsed(c) },
      { kind: EvidenceKind.PULSE_SURVEY, figure: (c) => this.pulseSurvey(c) },
      { kind: EvidenceKind.PATHWAYS, figure: (c) => this.pathwaysInUse(c) },
    ];
    this.providers = new Map(providers.map((p) => [p.kind, p]));
  }

  /** The figure for each kind asked for that has a provider; kinds without one are left out. */
  async figures(kinds: readonly EvidenceKind[], context: EvidenceContext): Promise<Map<EvidenceKind, EvidenceFigure>> {
    const wanted = [...new Set(kinds)].filter((k) => this.providers.has(k));
    const figures = await Promise.all(wanted.map((k) => this.providers.get(k)!.figure(context)));
    return new Map(figures.map((f) => [f.kind, f]));
  }

  private async planApproved({ plan }: EvidenceContext): Promise<EvidenceFigure> {
    const partners = await this.em.find(
      Organisation,
      { id: { $in: plan.partnerOrganisationIds } },
      { fields: ['kind'] },
    );
    const vcfse = partners.filter((o) => o.kind === OrganisationKind.VCFSE).length;
    const status = plan.approvedAt ? `Approved on ${ukDate(plan.approvedAt.toISOString())}` : 'Not approved yet';
    const signed = `${plural(partners.length, 'partner')} signed up`;
    return {
      kind: EvidenceKind.PLAN_APPROVED,
      label: 'Plan approved with partners signed up',
      summary: `${status}; ${signed}, ${vcfse ? `including ${vcfse} VCFSE` : 'none of them VCFSE'}.`,
      count: vcfse,
      of: partners.length,
      percent: null,
    };
  }

  private async roleProfiles({ plan, today }: EvidenceContext): Promise<EvidenceFigure> {
    const [row] = await this.em.getConnection().execute<{ people: number; profiled: number }[]>(
      `select count(distinct person_id)::int as people,
              count(distinct person_id) filter (where role_profile_id is not null)::int as profiled
       from job_assignment where partnership_id = ? and start_date <= ? and (end_date is null or end_date >= ?)`,
      [plan.partnership.id, today, today],
    );
    return share(
      EvidenceKind.ROLE_PROFILES,
      'Staff with a role profile',
      row.profiled,
      row.people,
      'people in a current job have a role profile',
    );
  }

  private async trainingCoverage({ plan, today }: EvidenceContext): Promise<EvidenceFigure> {
    const coverage = await this.gaps.essentialCoverage(plan.partnership.id, today);
    return share(
      EvidenceKind.TRAINING_COVERAGE,
      'Essential training met',
      coverage.meeting,
      coverage.required,
      'essential requirements of role profiles met',
    );
  }

  private async supervisionCoverage({ plan, today }: EvidenceContext): Promise<EvidenceFigure> {
    const supervision = await this.progress.of(
      plan.partnership.id,
      EVERYONE,
      measureOf(MeasureKind.SUPERVISION_IN_FREQUENCY),
      today,
    );
    return share(
      EvidenceKind.SUPERVISION_COVERAGE,
      'Supervision within its agreed frequency',
      supervision.meeting,
      supervision.population,
      'people in a current job have supervision within its agreed frequency',
    );
  }

  private async feedbackUsed({ plan }: EvidenceContext): Promise<EvidenceFigure> {
    const [row] = await this.em.getConnection().execute<{ answers: number; actions: number; done: number }[]>(
      `select (select count(*) from session_feedback where partnership_id = ?)::int
                + (select count(*) from feedback_follow_up where partnership_id = ?)::int as answers,
              count(*)::int as actions, count(*) filter (where status = 'DONE')::int as done
       from you_said_action where partnership_id = ?`,
      [plan.partnership.id, plan.partnership.id, plan.partnership.id],
    );
    return {
      kind: EvidenceKind.FEEDBACK_USED,
      label: 'Feedback used',
      summary:
        `${plural(row.answers, 'feedback answer')} after training; ${plural(row.actions, '"you said, we did" action')} ` +
        `linked to feedback or the survey, ${row.done} of them done.`,
      count: row.actions,
      of: null,
      percent: null,
    };
  }

  private async pulseSurvey({ plan, today }: EvidenceContext): Promise<EvidenceFigure> {
    const waves = await this.em.getConnection().execute<{ name: string; closes_on: string; responses: number }[]>(
      `select w.name, to_char(w.closes_on, 'YYYY-MM-DD') as closes_on, count(r.id)::int as responses
       from survey_wave w join survey_response r on r.wave_id = w.id
       where w.partnership_id = ? and w.opens_on <= ?
       group by w.id order by w.opens_on desc, w.id`,
      [plan.partnership.id, today],
    );
    const latest = waves[0];
    return {
      kind: EvidenceKind.PULSE_SURVEY,
      label: 'Pulse survey run',
      summary: latest
        ? `${plural(waves.length, 'wave')} answered; the latest, ${latest.name} ` +
          `(closing ${ukDate(latest.closes_on)}), has ${plural(latest.responses, 'response')}.`
        : 'No pulse survey wave has been answered yet.',
      count: latest?.responses ?? 0,
      of: null,
      percent: null,
    };
  }

  private async pathwaysInUse({ plan, today }: EvidenceContext): Promise<EvidenceFigure> {
    // Retired pathways still count the people on them; drafts are not offered to anyone yet.
    const uses = (await this.pathways.pathwaysInUse(plan.partnership.id, today)).filter((u) => u.enrolled > 0);
    const people = uses.reduce((sum, u) => sum + u.enrolled, 0);
    const completed = uses.reduce((sum, u) => sum + u.completed, 0);
    return {
      kind: EvidenceKind.PATHWAYS,
      label: 'Development pathways in use',
      summary: uses.length
        ? `${plural(uses.length, 'pathway')} with people on them: ${people} ${people === 1 ? 'person' : 'people'} in all, ` +
          `${completed} with every step done.`
        : 'Nobody is on a development pathway yet.',
      count: people,
      of: null,
      percent: null,
    };
  }
}
