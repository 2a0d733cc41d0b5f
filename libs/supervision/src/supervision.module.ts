import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AuthModule } from '@kindred/auth';
import { NotifyModule } from '@kindred/notify';
import { OrgModule } from '@kindred/org';
import { SkillsModule } from '@kindred/skills';
import { SupervisionAccess } from './access/supervision-access';
import { ActionResolver } from './action/action.resolver';
import { ActionService } from './action/action.service';
import { AgreementResolver } from './agreement/agreement.resolver';
import { AgreementService } from './agreement/agreement.service';
import { ComplianceResolver } from './compliance/compliance.resolver';
import { ComplianceService } from './compliance/compliance.service';
import { EscalationResolver } from './escalation/escalation.resolver';
import { EscalationService } from './escalation/escalation.service';
import { ReflectiveLogResolver } from './reflective-log/reflective-log.resolver';
import { ReflectiveLogService } from './reflective-log/reflective-log.service';
import { SubjectAccessExport } from './export/subject-access';
import { SupervisionExportController } from './export/supervision-export.controller';
import { RetentionPolicy } from './retention/retention.job';
import { SupervisionDigest } from './reminders/supervision-digest';
import { SupervisionReminders } from './reminders/supervision-reminders';
import { ContentCipher } from './sealing/content-cipher';
import { KeysResolver } from './sealing/keys.resolver';
import { ContentResealer } from './sealing/reseal.job';
import { SessionResolver } from './session/session.resolver';
import { SessionService } from './session/session.service';
import { supervisionEntities } from './supervision.entities';

/** Supervision agreements, 1:1 and group sessions, actions, reflective logs and escalations. */
@Module({
  imports: [MikroOrmModule.forFeature(supervisionEntities), AuthModule, NotifyModule, OrgModule, SkillsModule],
  providers: [
    ContentCipher,
    SupervisionAccess,
    AgreementService,
    AgreementResolver,
    SessionService,
    SessionResolver,
    ActionService,
    ActionResolver,
    ReflectiveLogService,
    ReflectiveLogResolver,
    EscalationService,
    EscalationResolver,
    ComplianceService,
    ComplianceResolver,
    SubjectAccessExport,
    KeysResolver,
    ContentResealer,
    RetentionPolicy,
    SupervisionReminders,
    SupervisionDigest,
  ],
  controllers: [SupervisionExportController],
})
export class SupervisionModule {}
