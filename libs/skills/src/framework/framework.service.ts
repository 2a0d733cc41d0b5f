import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type FilterQuery, ref } from '@mikro-orm/core';
import { ConflictError, type ListPage, NotFoundError, pageOptions } from '@kindred/common';
import type { Actor } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { likePattern } from '@kindred/org';
import { Assessment } from '../assessment/assessment.entity';
import { RoleRequirement } from '../role-profile/role-profile.entity';
import { ProficiencyScale } from '../scale/proficiency-scale.entity';
import { Competency, type CompetencyDetails } from './competency.entity';
import { CompetencyFramework } from './competency-framework.entity';
import type {
  CompetencyFrameworkInput,
  CompetencyFrameworkListArgs,
  CompetencyInput,
  CompetencyListArgs,
  CreateCompetencyFrameworkInput,
  CreateCompetencyInput,
  UpdateCompetencyFrameworkInput,
  UpdateCompetencyInput,
} from './framework.types';

const FRAMEWORK_SORTABLE = ['name', 'code', 'effectiveFrom', 'createdAt'] as const;
const COMPETENCY_SORTABLE = ['code', 'name', 'position'] as const;

/** Frameworks and the competency trees inside them. */
@Injectable()
export class FrameworkService {
  constructor(private readonly em: EntityManager) {}

  async list(args: CompetencyFrameworkListArgs): Promise<ListPage<CompetencyFramework>> {
    const where: FilterQuery<CompetencyFramework> = {};
    const f = args.filter;
    if (f?.q) where.name = { $ilike: likePattern(f.q) };
    if (f?.ids) where.id = { $in: f.ids };
    if (f?.effectiveOn) {
      where.effectiveFrom = { $lte: f.effectiveOn };
      where.$or = [{ effectiveTo: null }, { effectiveTo: { $gte: f.effectiveOn } }];
    }
    const [nodes, totalCount] = await this.em.findAndCount(CompetencyFramework, where, {
      ...pageOptions(args, FRAMEWORK_SORTABLE, 'name'),
      populate: ['scale'],
    });
    return { nodes, totalCount };
  }

  get(id: string): Promise<CompetencyFramework | null> {
    return this.em.findOne(CompetencyFramework, { id }, { populate: ['scale'] });
  }

  async create(actor: Actor, input: CreateCompetencyFrameworkInput): Promise<CompetencyFramework> {
    const scale = await this.em.findOne(ProficiencyScale, { id: input.scaleId });
    if (!scale) throw new NotFoundError('Proficiency scale', input.scaleId);
    await this.assertVersionFree(input);
    const framework = new CompetencyFramework(ref(Partnership, actor.partnershipId), scale, this.details(input));
    await this.em.persistAndFlush(framework);
    return framework;
  }

  async update(input: UpdateCompetencyFrameworkInput): Promise<CompetencyFramework> {
    const framework = await this.get(input.id);
    if (!framework) throw new NotFoundError('Competency framework', input.id);
    await this.assertVersionFree(input, framework.id);
    const rulesChange =
      input.levelRule !== framework.levelRule || input.selfAssessmentCounts !== framework.selfAssessmentCounts;
    // Stored levels were worked out under the old rules; a new version keeps both histories honest.
    if (rulesChange && (await this.em.count(Assessment, { competency: { framework } })) > 0) {
      throw new ConflictError(
        `${framework.name} already has evidence recorded, so how levels are worked out cannot change. Create a new version of the framework instead.`,
      );
    }
    framework.update(this.details(input));
    await this.em.flush();
    return framework;
  }

  async competencies(args: CompetencyListArgs): Promise<ListPage<Competency>> {
    const where: FilterQuery<Competency> = {};
    const f = args.filter;
    if (f?.q) where.$or = [{ code: { $ilike: likePattern(f.q) } }, { name: { $ilike: likePattern(f.q) } }];
    if (f?.ids) where.id = { $in: f.ids };
    if (f?.frameworkIds) where.framework = { $in: f.frameworkIds };
    if (f?.kind) where.kind = f.kind;
    const [nodes, totalCount] = await this.em.findAndCount(
      Competency,
      where,
      pageOptions(args, COMPETENCY_SORTABLE, 'code'),
    );
    return { nodes, totalCount };
  }

  getCompetency(id: string): Promise<Competency | null> {
    return this.em.findOne(Competency, { id });
  }

  /** The whole tree in document order: parents before children, siblings by position. */
  async tree(framework: CompetencyFramework): Promise<Competency[]> {
    const nodes = await this.em.find(Competency, { framework }, { orderBy: { position: 'ASC', code: 'ASC' } });
    const children = new Map<string | null, Competency[]>();
    for (const node of nodes) {
      const key = node.parent?.id ?? null;
      children.set(key, [...(children.get(key) ?? []), node]);
    }
    const ordered: Competency[] = [];
    const visit = (parent: string | null) =>
      (children.get(parent) ?? []).forEach((node) => {
        ordered.push(node);
        visit(node.id);
      });
    visit(null);
    return ordered;
  }

  async createCompetency(input: CreateCompetencyInput): Promise<Competency> {
    const framework = await this.get(input.frameworkId);
    if (!framework) throw new NotFoundError('Competency framework', input.frameworkId);
    const nodes = await this.em.find(Competency, { framework });
    this.assertCodeFree(nodes, input.code);
    const competency = new Competency(framework, framework.scale.getEntity(), this.competencyDetails(input));
    competency.placeUnder(this.parentAmong(nodes, input.parentId), input.position ?? nodes.length);
    await this.em.persistAndFlush(competency);
    return competency;
  }

  async updateCompetency(input: UpdateCompetencyInput): Promise<Competency> {
    const competency = await this.em.findOne(Competency, { id: input.id }, { populate: ['framework.scale'] });
    if (!competency) throw new NotFoundError('Competency', input.id);
    // The whole tree in memory, so placeUnder can walk any chain and see a cycle.
    const nodes = await this.em.find(Competency, { framework: competency.framework });
    this.assertCodeFree(nodes, input.code, competency.id);
    competency.describe(competency.framework.getEntity().scale.getEntity(), this.competencyDetails(input));
    competency.placeUnder(this.parentAmong(nodes, input.parentId), input.position ?? competency.position);
    await this.em.flush();
    return competency;
  }

  /** Only a node nothing depends on goes: no children, requirements or evidence. */
  async deleteCompetency(id: string): Promise<string> {
    const competency = await this.em.findOne(Competency, { id });
    if (!competency) throw new NotFoundError('Competency', id);
    const [children, requirements, evidence] = await Promise.all([
      this.em.count(Competency, { parent: competency }),
      this.em.count(RoleRequirement, { competency }),
      this.em.count(Assessment, { competency }),
    ]);
    if (children + requirements + evidence > 0) {
      throw new ConflictError(
        `${competency.code} still has ${children} competencies under it, ${requirements} role requirements and ${evidence} assessments; move or remove those first.`,
      );
    }
    await this.em.removeAndFlush(competency);
    return id;
  }

  private parentAmong(nodes: Competency[], parentId: string | null | undefined): Competency | null {
    if (!parentId) return null;
    const parent = nodes.find((n) => n.id === parentId);
    if (!parent) throw new NotFoundError('Competency in this framework', parentId);
    return parent;
  }

  private assertCodeFree(nodes: Competency[], code: string, exceptId?: string): void {
    const clash = nodes.find((n) => n.code === code.trim().toUpperCase() && n.id !== exceptId);
    if (clash) throw new ConflictError(`This framework already has a competency ${clash.code} (${clash.name}).`);
  }

  private async assertVersionFree(input: CompetencyFrameworkInput, exceptId?: string): Promise<void> {
    const clash = await this.em.findOne(CompetencyFramework, {
      code: input.code,
      version: input.version.trim(),
      ...(exceptId ? { id: { $ne: exceptId } } : {}),
    });
    if (clash) throw new ConflictError(`Version ${clash.version} of ${clash.code} already exists.`);
  }

  private details(input: CompetencyFrameworkInput) {
    return { ...input, effectiveTo: input.effectiveTo ?? null };
  }

  private competencyDetails(input: CompetencyInput): CompetencyDetails {
    return { ...input, validForMonths: input.validForMonths ?? null };
  }
}
