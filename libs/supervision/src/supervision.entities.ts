import { SupervisionAction } from './action/supervision-action.entity';
import { SupervisionAgreement } from './agreement/supervision-agreement.entity';
import { SupervisionAudit } from './audit/supervision-audit.entity';
import { Escalation } from './escalation/escalation.entity';
import { ReflectiveLogEntry } from './reflective-log/reflective-log-entry.entity';
import { SessionAddendum } from './session/session-addendum.entity';
import { SupervisionSession } from './session/supervision-session.entity';

export const supervisionEntities = [
  SupervisionAgreement,
  SupervisionSession,
  SessionAddendum,
  SupervisionAction,
  ReflectiveLogEntry,
  Escalation,
  SupervisionAudit,
];
