import { Module } from '@nestjs/common';
import { PartnershipResolver, UserPartnershipResolver } from './partnership/partnership.resolver';
import { PartnershipSettingsService } from './partnership/partnership-settings.service';

/** The partnership and, from the workforce issue on, its organisations, sites, teams and people. */
@Module({
  providers: [PartnershipSettingsService, PartnershipResolver, UserPartnershipResolver],
  exports: [PartnershipSettingsService],
})
export class OrgModule {}
