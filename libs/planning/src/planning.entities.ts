import { ScheduleDraft } from './draft/schedule-draft.entity';

export const planningEntities = [ScheduleDraft];
