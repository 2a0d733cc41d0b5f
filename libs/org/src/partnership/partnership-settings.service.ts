import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { AppConfig } from '@kindred/config';
import { type ListPage, pageOptions } from '@kindred/common';
import { Partnership } from '@kindred/database';
import type { PartnershipListArgs, PartnershipView } from './partnership.types';

const SORTABLE = ['name', 'slug', 'createdAt'] as const;

/**
 * A partnership as people see it: its row joined with its settings file. The tenancy filter
 * already limits Partnership queries to the caller's own.
 */
@Injectable()
export class PartnershipSettingsService {
  constructor(
    private readonly em: EntityManager,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async list(args: PartnershipListArgs): Promise<ListPage<PartnershipView>> {
    const where: FilterQuery<Partnership> = {};
    if (args.filter?.q) {
      const like = `%${args.filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.$or = [{ name: { $ilike: like } }, { slug: { $ilike: like } }];
    }
    if (args.filter?.ids) where.id = { $in: args.filter.ids };
    const [rows, totalCount] = await this.em.findAndCount(Partnership, where, pageOptions(args, SORTABLE, 'name'));
    return { nodes: rows.map((row) => this.view(row)), totalCount };
  }

  /** Null when the id is not the caller's partnership: existence elsewhere is not revealed. */
  async get(id: string): Promise<PartnershipView | null> {
    const row = await this.em.findOne(Partnership, { id });
    return row ? this.view(row) : null;
  }

  view(row: Partnership): PartnershipView {
    const settings = this.config.partnership(row.slug);
    if (!settings) throw new Error(`Partnership "${row.slug}" has no config/partnerships/${row.slug}.yaml`);
    return {
      id: row.id,
      slug: row.slug,
      name: row.name,
      senderEmail: settings.senderEmail,
      branding: settings.branding,
      policies: settings.policies,
      plugins: settings.plugins.map((p) => p.id),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }
}
