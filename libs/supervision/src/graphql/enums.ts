import { registerEnumType } from '@nestjs/graphql';
import { ActionStatus } from '../action/supervision-action.entity';
import { SupervisionModel, SupervisionType } from '../agreement/supervision-agreement.entity';
import { DueState, FrequencyPattern } from '../agreement/schedule';
import { ConcernKind } from '../escalation/escalation.entity';
import {
  SessionKind,
  SessionStatus,
  SupervisionFunction,
  WellbeingRating,
} from '../session/supervision-session.entity';

registerEnumType(SupervisionType, { name: 'SupervisionType' });
registerEnumType(SupervisionModel, { name: 'SupervisionModel' });
registerEnumType(FrequencyPattern, {
  name: 'FrequencyPattern',
  description: 'EVERY_N_DAYS, or ASYE: weekly for 6 weeks, fortnightly to 6 months, monthly after.',
});
registerEnumType(DueState, { name: 'SupervisionDueState' });
registerEnumType(SessionKind, { name: 'SupervisionSessionKind' });
registerEnumType(SessionStatus, { name: 'SupervisionSessionStatus' });
registerEnumType(SupervisionFunction, { name: 'SupervisionFunction', description: 'Morrison 4x4x4.' });
registerEnumType(WellbeingRating, { name: 'WellbeingRating' });
registerEnumType(ActionStatus, { name: 'SupervisionActionStatus' });
registerEnumType(ConcernKind, { name: 'ConcernKind' });

export {
  ActionStatus,
  ConcernKind,
  DueState,
  FrequencyPattern,
  SessionKind,
  SessionStatus,
  SupervisionFunction,
  SupervisionModel,
  SupervisionType,
  WellbeingRating,
};
