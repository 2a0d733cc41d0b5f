import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { orgEntities } from './org.entities';
import { PartnershipResolver, UserPartnershipResolver } from './partnership/partnership.resolver';
import { PartnershipSettingsService } from './partnership/partnership-settings.service';

/** The partnership and, from the workforce issue on, its organisations, sites, teams and people. */
@Module({
  imports: [MikroOrmModule.forFeature(orgEntities)],
  providers: [PartnershipSettingsService, PartnershipResolver, UserPartnershipResolver],
  exports: [PartnershipSettingsService],
})
export class OrgModule {}
