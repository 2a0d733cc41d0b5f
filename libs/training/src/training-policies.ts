import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig, type PartnershipConfig } from '@kindred/config';
import { Partnership } from '@kindred/database';

/** The partnership's training policies from `config/partnerships/<slug>.yaml`. */
@Injectable()
export class TrainingPolicies {
  constructor(
    private readonly em: EntityManager,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async of(partnershipId: string): Promise<PartnershipConfig['policies']> {
    const partnership = await this.em.findOneOrFail(Partnership, { id: partnershipId }, { filters: false });
    const settings = this.config.partnership(partnership.slug);
    if (!settings)
      throw new Error(`Partnership "${partnership.slug}" has no config/partnerships/${partnership.slug}.yaml`);
    return settings.policies;
  }
}
