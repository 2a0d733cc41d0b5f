import { TrainerDayAway } from './availability/trainer-day-away.entity';
import { ScheduleDraft } from './draft/schedule-draft.entity';
import { pathwaysEntities } from './pathways/pathways.entities';
import { planEntities } from './plan/plan.entities';

export const planningEntities = [ScheduleDraft, TrainerDayAway, ...planEntities, ...pathwaysEntities];
