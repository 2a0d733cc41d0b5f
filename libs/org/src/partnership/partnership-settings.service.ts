import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { AppConfig, type PartnershipConfig } from '@kindred/config';
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
  private readonly slugs = new Map<string, string>();

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

  /**
   * The settings file of a partnership, by its id: what every lib reads its policies from. A slug
   * never changes, so each partnership's is looked up once per process (on a fork of its own, so
   * jobs without a request context can ask too).
   */
  async configOf(partnershipId: string): Promise<PartnershipConfig> {
    let slug = this.slugs.get(partnershipId);
    if (!slug) {
      slug = (await this.em.fork().findOneOrFail(Partnership, { id: partnershipId }, { filters: false })).slug;
      this.slugs.set(partnershipId, slug);
    }
    return this.settingsFor(slug);
  }

  view(row: Partnership): PartnershipView {
    const settings = this.settingsFor(row.slug);
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

  private settingsFor(slug: string): PartnershipConfig {
    const settings = this.config.partnership(slug);
    if (!settings) throw new Error(`Partnership "${slug}" has no config/partnerships/${slug}.yaml`);
    return settings;
  }
}
