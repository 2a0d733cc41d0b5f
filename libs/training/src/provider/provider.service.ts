import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type FilterQuery, raw, ref } from '@mikro-orm/core';
import type { Actor } from '@kindred/auth';
import { ConflictError, type ListPage, NotFoundError, pageOptions } from '@kindred/common';
import { Partnership } from '@kindred/database';
import { likePattern, Organisation } from '@kindred/org';
import { type ProviderDetails, TrainingProvider } from './training-provider.entity';
import type { TrainingProviderInput, TrainingProviderListArgs, UpdateTrainingProviderInput } from './provider.types';

const SORTABLE = ['name'] as const;

/** The teams and organisations that run the partnership's courses. */
@Injectable()
export class ProviderService {
  constructor(private readonly em: EntityManager) {}

  async list(args: TrainingProviderListArgs): Promise<ListPage<TrainingProvider>> {
    const where: FilterQuery<TrainingProvider> = {};
    const f = args.filter;
    if (f?.q) where.name = { $ilike: likePattern(f.q) };
    if (f?.kinds?.length) where.kind = { $in: f.kinds };
    if (f?.ids) where.id = { $in: f.ids };
    const [nodes, totalCount] = await this.em.findAndCount(
      TrainingProvider,
      where,
      pageOptions(args, SORTABLE, 'name'),
    );
    return { nodes, totalCount };
  }

  get(id: string): Promise<TrainingProvider | null> {
    return this.em.findOne(TrainingProvider, { id });
  }

  async create(actor: Actor, input: TrainingProviderInput): Promise<TrainingProvider> {
    const details = await this.details(input);
    await this.assertNameFree(details.name);
    const provider = new TrainingProvider(ref(Partnership, actor.partnershipId), details);
    await this.em.persistAndFlush(provider);
    return provider;
  }

  async update(input: UpdateTrainingProviderInput): Promise<TrainingProvider> {
    const provider = await this.get(input.id);
    if (!provider) throw new NotFoundError('Training provider', input.id);
    const details = await this.details(input);
    await this.assertNameFree(details.name, provider.id);
    provider.update(details);
    await this.em.flush();
    return provider;
  }

  private async details(input: TrainingProviderInput): Promise<ProviderDetails> {
    const organisation = input.organisationId
      ? await this.em.findOne(Organisation, { id: input.organisationId })
      : null;
    if (input.organisationId && !organisation) throw new NotFoundError('Organisation', input.organisationId);
    return {
      name: input.name,
      kind: input.kind,
      organisation,
      contactEmail: input.contactEmail?.toLowerCase() ?? null,
      website: input.website ?? null,
    };
  }

  private async assertNameFree(name: string, exceptId?: string): Promise<void> {
    const clash = await this.em.findOne(TrainingProvider, {
      [raw((alias: string) => `lower(${alias}.name)`)]: name.trim().toLowerCase(),
      ...(exceptId ? { id: { $ne: exceptId } } : {}),
    });
    if (clash) throw new ConflictError(`There is already a training provider called ${clash.name}.`);
  }
}
