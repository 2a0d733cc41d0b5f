import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AuthModule } from '@kindred/auth';
import { OrgModule } from '@kindred/org';
import { ContentCipher } from '@kindred/supervision';
import { cpdEntities } from './cpd.entities';
import { EntryResolver } from './entry/entry.resolver';
import { EntryService } from './entry/entry.service';
import { CpdHarvest } from './harvest/cpd-harvest';
import { FactWatcher } from './harvest/fact-watcher';
import { CpdFilesController } from './portfolio/cpd-files.controller';
import { Portfolio } from './portfolio/portfolio';
import { Compliance } from './progress/compliance';
import { ProgressResolver } from './progress/progress.resolver';
import { CpdStanding } from './progress/standing';
import { RegistrationResolver } from './registration/registration.resolver';
import { RegistrationService } from './registration/registration.service';
import { RevalidationResolver } from './revalidation/revalidation.resolver';
import { RevalidationService } from './revalidation/revalidation.service';
import './graphql/enums';

/** CPD logs, professional registrations, the regulators' rules, portfolios and team compliance. */
@Module({
  imports: [MikroOrmModule.forFeature(cpdEntities), AuthModule, OrgModule],
  providers: [
    ContentCipher,
    EntryService,
    EntryResolver,
    RegistrationService,
    RegistrationResolver,
    RevalidationService,
    RevalidationResolver,
    CpdStanding,
    Compliance,
    ProgressResolver,
    Portfolio,
    CpdHarvest,
    FactWatcher,
  ],
  controllers: [CpdFilesController],
  exports: [CpdStanding],
})
export class CpdModule {}
