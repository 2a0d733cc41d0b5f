import { ScheduleDraft } from './draft/schedule-draft.entity';
import { planEntities } from './plan/plan.entities';

export const planningEntities = [ScheduleDraft, ...planEntities];
