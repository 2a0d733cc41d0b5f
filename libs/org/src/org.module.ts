import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { orgEntities } from './org.entities';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { OrganisationService } from './organisation/organisation.service';
import { AuditEntryResolver, JobAssignmentResolver, PeopleResolver } from './people/people.resolver';
import { PeopleService } from './people/people.service';
import { SiteResolver } from './site/site.resolver';
import { SiteService } from './site/site.service';
import { TeamResolver } from './team/team.resolver';
import { TeamService } from './team/team.service';
import { PartnershipResolver, UserPartnershipResolver } from './partnership/partnership.resolver';
import { PartnershipSettingsService } from './partnership/partnership-settings.service';

/** The partnership and, from the workforce issue on, its organisations, sites, teams and people. */
@Module({
  imports: [MikroOrmModule.forFeature(orgEntities)],
  providers: [
    PartnershipSettingsService,
    PartnershipResolver,
    UserPartnershipResolver,
    OrganisationService,
    OrganisationResolver,
    SiteService,
    SiteResolver,
    TeamService,
    TeamResolver,
    PeopleService,
    PeopleResolver,
    JobAssignmentResolver,
    AuditEntryResolver,
  ],
  exports: [PartnershipSettingsService, PeopleService],
})
export class OrgModule {}
