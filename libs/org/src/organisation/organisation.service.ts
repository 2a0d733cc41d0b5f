import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type FilterQuery, ref } from '@mikro-orm/core';
import { ConflictError, type ListPage, NotFoundError, pageOptions } from '@kindred/common';
import { Partnership } from '@kindred/database';
import type { Actor } from '@kindred/auth';
import { likePattern } from '../graphql/inputs';
import { Organisation } from './organisation.entity';
import type { CreateOrganisationInput, OrganisationListArgs, UpdateOrganisationInput } from './organisation.types';

const SORTABLE = ['name', 'code', 'kind', 'createdAt'] as const;

@Injectable()
export class OrganisationService {
  constructor(private readonly em: EntityManager) {}

  async list(args: OrganisationListArgs): Promise<ListPage<Organisation>> {
    const where: FilterQuery<Organisation> = {};
    const f = args.filter;
    if (f?.q) where.$or = [{ name: { $ilike: likePattern(f.q) } }, { code: { $ilike: likePattern(f.q) } }];
    if (f?.kinds?.length) where.kind = { $in: f.kinds };
    if (f?.status) where.status = f.status;
    if (f?.statutory !== undefined && f.statutory !== null) where.statutory = f.statutory;
    if (f?.ids) where.id = { $in: f.ids };
    const [nodes, totalCount] = await this.em.findAndCount(Organisation, where, pageOptions(args, SORTABLE, 'name'));
    return { nodes, totalCount };
  }

  get(id: string): Promise<Organisation | null> {
    return this.em.findOne(Organisation, { id });
  }

  async create(actor: Actor, input: CreateOrganisationInput): Promise<Organisation> {
    await this.assertUnique(input.name, input.code);
    const organisation = new Organisation(ref(Partnership, actor.partnershipId), input);
    Object.assign(organisation, this.contact(input));
    await this.em.persistAndFlush(organisation);
    return organisation;
  }

  async update(input: UpdateOrganisationInput): Promise<Organisation> {
    const organisation = await this.em.findOne(Organisation, { id: input.id });
    if (!organisation) throw new NotFoundError('Organisation', input.id);
    const name = input.name ?? organisation.name;
    const code = input.code ?? organisation.code;
    await this.assertUnique(name, code, organisation.id);
    organisation.rename(name, code);
    if (input.kind) organisation.kind = input.kind;
    if (input.statutory !== undefined && input.statutory !== null) organisation.statutory = input.statutory;
    if (input.status) organisation.status = input.status;
    if (input.bookingApproval) organisation.bookingApproval = input.bookingApproval;
    Object.assign(organisation, this.contact({ ...organisation, ...input }));
    await this.em.flush();
    return organisation;
  }

  private contact(input: { contactName?: string | null; contactEmail?: string | null; contactPhone?: string | null }) {
    return {
      contactName: input.contactName || null,
      contactEmail: input.contactEmail?.toLowerCase() || null,
      contactPhone: input.contactPhone || null,
    };
  }

  private async assertUnique(name: string, code: string, exceptId?: string): Promise<void> {
    const clash = await this.em.findOne(Organisation, {
      $or: [{ name: { $ilike: name.trim() } }, { code: code.trim().toUpperCase() }],
      ...(exceptId ? { id: { $ne: exceptId } } : {}),
    });
    if (clash) throw new ConflictError(`${clash.name} (${clash.code}) already uses that name or code.`);
  }
}
