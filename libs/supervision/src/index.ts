export { SupervisionModule } from './supervision.module';
export { supervisionEntities } from './supervision.entities';
export { SupervisionAgreement, SupervisionModel, SupervisionType } from './agreement/supervision-agreement.entity';
export { DueState, FrequencyPattern, nextDueDate } from './agreement/schedule';
export {
  SessionKind,
  SessionStatus,
  SupervisionFunction,
  SupervisionSession,
  WellbeingRating,
} from './session/supervision-session.entity';
export { SessionAddendum } from './session/session-addendum.entity';
export { ActionStatus, SupervisionAction } from './action/supervision-action.entity';
export { ReflectiveLogEntry } from './reflective-log/reflective-log-entry.entity';
export { ConcernKind, Escalation } from './escalation/escalation.entity';
export { SupervisionAudit, SupervisionAuditAction } from './audit/supervision-audit.entity';
export { resealContent, resealSchedule } from './sealing/reseal.job';
export { applyRetention, retentionSchedule, type RetentionData } from './retention/retention.job';
export {
  sendSupervisionReminders,
  supervisionRemindersSchedule,
  type SupervisionRemindersData,
} from './reminders/supervision-reminders';
export { ContentCipher, type Sealed } from './sealing/content-cipher';
export { sealContext } from './sealing/sealed-json';
