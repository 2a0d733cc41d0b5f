import type { PlanAction } from './plan-action.entity';
import type { PlanObjective } from './plan-objective.entity';
import type { WorkforcePlan } from './workforce-plan.entity';

/** The fields of each record as versions and the audit trail keep them. */
export const planFields = (p: WorkforcePlan) => ({
  period: p.period,
  title: p.title,
  summary: p.summary,
  startsOn: p.startsOn,
  endsOn: p.endsOn,
  ownerId: p.ownerId,
  partnerOrganisationIds: p.partnerOrganisationIds,
  status: p.status,
});

export const objectiveFields = (o: PlanObjective) => ({
  id: o.id,
  title: o.title,
  population: o.population,
  measure: o.measure,
  targetPercent: o.targetPercent,
  deadline: o.deadline,
});

export const actionFields = (a: PlanAction) => ({
  id: a.id,
  title: a.title,
  objectiveId: a.objective?.id ?? null,
  ownerId: a.ownerId,
  dueOn: a.dueOn,
  status: a.status,
});
