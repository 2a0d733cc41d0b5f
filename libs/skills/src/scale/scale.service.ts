import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type FilterQuery, ref } from '@mikro-orm/core';
import { BadInputError, ConflictError, type ListPage, NotFoundError, pageOptions } from '@kindred/common';
import type { Actor } from '@kindred/auth';
import { Partnership } from '@kindred/database';
import { likePattern, sameTextPattern } from '@kindred/org';
import { ProficiencyScale } from './proficiency-scale.entity';
import type { ProficiencyScaleInput, ProficiencyScaleListArgs, UpdateProficiencyScaleInput } from './scale.types';

const SORTABLE = ['name', 'createdAt'] as const;

@Injectable()
export class ScaleService {
  constructor(private readonly em: EntityManager) {}

  async list(args: ProficiencyScaleListArgs): Promise<ListPage<ProficiencyScale>> {
    const where: FilterQuery<ProficiencyScale> = {};
    if (args.filter?.q) where.name = { $ilike: likePattern(args.filter.q) };
    if (args.filter?.ids) where.id = { $in: args.filter.ids };
    const [nodes, totalCount] = await this.em.findAndCount(
      ProficiencyScale,
      where,
      pageOptions(args, SORTABLE, 'name'),
    );
    return { nodes, totalCount };
  }

  get(id: string): Promise<ProficiencyScale | null> {
    return this.em.findOne(ProficiencyScale, { id });
  }

  async create(actor: Actor, input: ProficiencyScaleInput): Promise<ProficiencyScale> {
    await this.assertNameFree(input.name);
    const scale = new ProficiencyScale(ref(Partnership, actor.partnershipId), input);
    await this.em.persistAndFlush(scale);
    return scale;
  }

  async update(input: UpdateProficiencyScaleInput): Promise<ProficiencyScale> {
    const scale = await this.em.findOne(ProficiencyScale, { id: input.id });
    if (!scale) throw new NotFoundError('Proficiency scale', input.id);
    await this.assertNameFree(input.name, scale.id);
    const used = await this.highestLevelInUse(scale.id);
    if (used > input.levels.length) {
      throw new BadInputError(
        `Level ${used} of "${scale.name}" is used by requirements, evidence or indicators; a scale with ${input.levels.length} levels would lose it.`,
      );
    }
    if (input.cumulative !== scale.cumulative && used > 0) {
      throw new ConflictError(
        `"${scale.name}" is in use, so whether its levels are cumulative cannot change: people's stored levels depend on it. Make a new scale instead.`,
      );
    }
    scale.define(input);
    await this.em.flush();
    return scale;
  }

  /** The highest level any requirement, piece of evidence or indicator on this scale names. */
  private async highestLevelInUse(scaleId: string): Promise<number> {
    const [row] = await this.em.getConnection().execute<{ level: number | null }[]>(
      `select greatest(
         (select max(r.level) from role_requirement r join competency c on c.id = r.competency_id
            join competency_framework f on f.id = c.framework_id where f.scale_id = ?),
         (select max(a.level) from assessment a join competency c on c.id = a.competency_id
            join competency_framework f on f.id = c.framework_id where f.scale_id = ?),
         (select max((i->>'level')::int) from competency c, jsonb_array_elements(c.indicators) i
            join competency_framework f on true where f.id = c.framework_id and f.scale_id = ?)
       ) as level`,
      [scaleId, scaleId, scaleId],
    );
    return row?.level ?? 0;
  }

  private async assertNameFree(name: string, exceptId?: string): Promise<void> {
    const clash = await this.em.findOne(ProficiencyScale, {
      name: { $ilike: sameTextPattern(name) },
      ...(exceptId ? { id: { $ne: exceptId } } : {}),
    });
    if (clash) throw new ConflictError(`There is already a scale called ${clash.name}.`);
  }
}
