import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { NotFoundError } from '@kindred/common';
import { type IsoDate, OrganisationAccess } from '@kindred/org';
import { CompetencyFramework } from '../framework/competency-framework.entity';
import { Competency, CompetencyKind } from '../framework/competency.entity';
import { HeatmapAxis } from '../graphql/enums';
import { today } from '../dates';
import { type GapScope, heatmapQuery, needCte, NO_SITE, severalJobsQuery } from './gap-scope';
import type { GapPerson, GapPersonList, GapReport, GapRow, Heatmap, HeatmapCell, HeatmapColumn } from './gap.types';

interface FigureRow {
  competency_id: string;
  column_id: string | null;
  required: number;
  meeting: number;
  essential_required: number;
  essential_meeting: number;
  overdue: number;
}

const share = (meeting: number, required: number) => (required === 0 ? 1 : meeting / required);

const FIGURES = `count(*)::int as required,
  count(*) filter (where met)::int as meeting,
  count(*) filter (where essential)::int as essential_required,
  count(*) filter (where essential and met)::int as essential_meeting,
  count(*) filter (where not met and due_on < ?)::int as overdue`;

/**
 * Skills-gap figures, all computed in SQL over the stored holdings: the database aggregates
 * 20,000 people's requirements without any of them being loaded into memory.
 */
@Injectable()
export class GapService {
  constructor(private readonly em: EntityManager) {}

  async report(actor: Actor, scope: GapScope, asOf: IsoDate = today()): Promise<GapReport> {
    const framework = await this.framework(scope.frameworkId);
    const need = needCte(framework.partnership.id, scope, asOf, { organisationIds: this.reach(actor) });
    const [figures, [{ people }]] = await Promise.all([
      this.run<FigureRow>(`with ${need.sql} select competency_id, ${FIGURES} from need group by competency_id`, [
        ...need.params,
        asOf,
      ]),
      this.run<{ people: number }>(
        `with ${need.sql} select count(distinct person_id)::int as people from need`,
        need.params,
      ),
    ]);
    const competencies = await this.competencies(framework);
    const rows: GapRow[] = competencies.map((c) => {
      const f = figures.find((r) => r.competency_id === c.id);
      const required = f?.required ?? 0;
      const meeting = f?.meeting ?? 0;
      const essentialRequired = f?.essential_required ?? 0;
      const essentialMeeting = f?.essential_meeting ?? 0;
      return {
        competencyId: c.id,
        code: c.code,
        name: c.name,
        required,
        meeting,
        share: share(meeting, required),
        essentialRequired,
        essentialMeeting,
        gaps: required - meeting,
        essentialGaps: essentialRequired - essentialMeeting,
        overdue: f?.overdue ?? 0,
      };
    });
    rows.sort((a, b) => b.essentialGaps - a.essentialGaps || b.gaps - a.gaps || a.code.localeCompare(b.code));
    return { frameworkId: framework.id, asOf, people, rows };
  }

  async heatmap(actor: Actor, scope: GapScope, axis: HeatmapAxis, asOf: IsoDate = today()): Promise<Heatmap> {
    const reach = this.reach(actor);
    const severalJobs = severalJobsQuery(actor.partnershipId, scope, asOf, axis, reach);
    const several = await this.run<{ person_id: string }>(severalJobs.sql, severalJobs.params);
    const heatmap = heatmapQuery(
      actor.partnershipId,
      scope,
      asOf,
      axis,
      reach,
      several.map((p) => p.person_id),
    );
    // Side by side: the framework check (it throws for an unknown or another partnership's id), the
    // figures (scoped to the actor's partnership), the competencies and the column names.
    const [, rawFigures, competencies, named] = await Promise.all([
      this.framework(scope.frameworkId),
      this.run<{ competency_id: string; column_id: string | null; required: number; meeting: number }>(
        heatmap.sql,
        heatmap.params,
      ),
      this.competencies(scope.frameworkId),
      this.columnNames(axis, actor.partnershipId),
    ]);
    const figures = rawFigures.map((f) => ({ ...f, column_id: f.column_id ?? NO_SITE }));
    const used = new Set(figures.map((f) => f.column_id));
    const columns = [...named, { id: NO_SITE, name: 'No site' }].filter((c) => used.has(c.id));
    const rows = competencies.map((c) => {
      const cells: HeatmapCell[] = figures
        .filter((f) => f.competency_id === c.id)
        .map((f) => ({
          columnId: f.column_id!,
          required: f.required,
          meeting: f.meeting,
          share: share(f.meeting, f.required),
        }));
      const required = cells.reduce((sum, cell) => sum + cell.required, 0);
      const meeting = cells.reduce((sum, cell) => sum + cell.meeting, 0);
      return {
        competencyId: c.id,
        code: c.code,
        name: c.name,
        required,
        meeting,
        share: share(meeting, required),
        cells,
      };
    });
    return { axis, asOf, columns, rows };
  }

  /**
   * Essential requirements met across all the partnership's frameworks, for everyone in a current
   * job whatever the reader's reach: the Model Framework self-assessment's training coverage.
   */
  async essentialCoverage(
    partnershipId: string,
    asOf: IsoDate = today(),
  ): Promise<{ required: number; meeting: number }> {
    const frameworks = await this.em.find(CompetencyFramework, { partnership: partnershipId }, { fields: ['id'] });
    const figures = await Promise.all(
      frameworks.map(async (framework) => {
        const need = needCte(partnershipId, { frameworkId: framework.id }, asOf, { organisationIds: null });
        const [row] = await this.run<{ essential_required: number; essential_meeting: number }>(
          `with ${need.sql} select ${FIGURES} from need`,
          [...need.params, asOf],
        );
        return row;
      }),
    );
    return {
      required: figures.reduce((sum, f) => sum + f.essential_required, 0),
      meeting: figures.reduce((sum, f) => sum + f.essential_meeting, 0),
    };
  }

  /** The people behind a figure: one competency, optionally one heatmap cell, gaps first. */
  async people(
    actor: Actor,
    args: {
      scope: GapScope;
      competencyId: string;
      axis?: HeatmapAxis | null;
      columnId?: string | null;
      onlyGaps: boolean;
      page: number;
      perPage: number;
    },
    asOf: IsoDate = today(),
  ): Promise<GapPersonList> {
    const framework = await this.framework(args.scope.frameworkId);
    const axis = args.columnId ? (args.axis ?? HeatmapAxis.ORGANISATION) : undefined;
    const need = needCte(framework.partnership.id, args.scope, asOf, { axis, organisationIds: this.reach(actor) });
    const where = ['competency_id = ?'];
    const filterParams: unknown[] = [args.competencyId];
    if (args.columnId) {
      where.push('column_id = ?');
      filterParams.push(args.columnId);
    }
    if (args.onlyGaps) where.push('not met');
    // A person with several jobs in scope is one row, at the highest level any of them requires.
    const people = `from (select distinct on (person_id) * from need where ${where.join(' and ')}
      order by person_id, required desc) n`;
    const [rows, [{ total }]] = await Promise.all([
      this.run<{
        person_id: string;
        full_name: string;
        job_titles: string | null;
        organisations: string | null;
        required: number;
        current_level: number | null;
        met: boolean;
        essential: boolean;
        due_on: string | null;
        overdue: boolean;
      }>(
        `with ${need.sql}
         select n.person_id, p.given_name || ' ' || p.family_name as full_name,
                jobs.job_titles, jobs.organisations, n.required, n.current_level, n.met, n.essential,
                to_char(n.due_on, 'YYYY-MM-DD') as due_on, coalesce(not n.met and n.due_on < ?, false) as overdue
         from (select n.* ${people}) n
         join person p on p.id = n.person_id
         cross join lateral (
           select string_agg(distinct ja.job_title, '; ') as job_titles, string_agg(distinct o.name, '; ') as organisations
           from job_assignment ja join organisation o on o.id = ja.organisation_id
           where ja.person_id = n.person_id and ja.start_date <= ? and (ja.end_date is null or ja.end_date >= ?)
         ) jobs
         order by n.met, overdue desc, n.essential desc, p.family_name, p.given_name, p.id
         limit ? offset ?`,
        [...need.params, asOf, ...filterParams, asOf, asOf, args.perPage, (args.page - 1) * args.perPage],
      ),
      this.run<{ total: number }>(`with ${need.sql} select count(*)::int as total ${people}`, [
        ...need.params,
        ...filterParams,
      ]),
    ]);
    const nodes: GapPerson[] = rows.map((r) => ({
      personId: r.person_id,
      fullName: r.full_name,
      jobTitles: r.job_titles ?? '',
      organisations: r.organisations ?? '',
      requiredLevel: r.required,
      currentLevel: r.current_level,
      meets: r.met,
      essential: r.essential,
      dueOn: r.due_on,
      overdue: r.overdue,
    }));
    return { nodes, totalCount: total };
  }

  /** A partner admin's figures cover their own organisations' people only. */
  private reach(actor: Actor): readonly string[] | null {
    return OrganisationAccess.of(actor, 'gap.read').organisationIds;
  }

  private async framework(id: string): Promise<CompetencyFramework> {
    const framework = await this.em.findOne(CompetencyFramework, { id });
    if (!framework) throw new NotFoundError('Competency framework', id);
    return framework;
  }

  private competencies(framework: CompetencyFramework | string): Promise<Competency[]> {
    return this.em.find(Competency, { framework, kind: CompetencyKind.COMPETENCY }, { orderBy: { code: 'ASC' } });
  }

  /** Every organisation, site or role profile of the partnership, by name: a few dozen rows. */
  private columnNames(axis: HeatmapAxis, partnershipId: string): Promise<HeatmapColumn[]> {
    const table = { ORGANISATION: 'organisation', SITE: 'site', ROLE_PROFILE: 'role_profile' }[axis];
    return this.run<HeatmapColumn>(`select id::text as id, name from ${table} where partnership_id = ? order by name`, [
      partnershipId,
    ]);
  }

  private run<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.em.getConnection().execute<T[]>(sql, params);
  }
}
