import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AuthModule } from '@kindred/auth';
import { NotifyModule } from '@kindred/notify';
import { InvitationResolver } from './access/invitations.resolver';
import { InvitationService } from './access/invitations.service';
import { PersonReach } from './access/person-reach';
import { RoleGrantResolver } from './access/role-grants.resolver';
import { RoleGrantService } from './access/role-grants.service';
import { orgEntities } from './org.entities';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { OrganisationService } from './organisation/organisation.service';
import { AuditEntryResolver, JobAssignmentResolver, PeopleResolver } from './people/people.resolver';
import { PeopleService } from './people/people.service';
import { DbsRecheckReminders } from './people/dbs-recheck-reminders';
import { SiteResolver } from './site/site.resolver';
import { SiteService } from './site/site.service';
import { TeamResolver } from './team/team.resolver';
import { TeamService } from './team/team.service';
import { PartnershipResolver, UserPartnershipResolver } from './partnership/partnership.resolver';
import { PartnershipSettingsService } from './partnership/partnership-settings.service';
import { peopleTransferControllers, peopleTransferProviders } from './import/people-transfer';

/** The partnership and, from the workforce issue on, its organisations, sites, teams and people. */
@Module({
  imports: [MikroOrmModule.forFeature(orgEntities), AuthModule, NotifyModule],
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
    InvitationService,
    InvitationResolver,
    RoleGrantService,
    RoleGrantResolver,
    PersonReach,
    DbsRecheckReminders,
    ...peopleTransferProviders,
  ],
  controllers: peopleTransferControllers,
  exports: [PartnershipSettingsService, PeopleService, PersonReach],
})
export class OrgModule {}
