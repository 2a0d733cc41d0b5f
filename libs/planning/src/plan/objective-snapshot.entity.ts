import { Entity, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { PartnershipOwnedEntity } from '@kindred/database';
import { PlanObjective } from './plan-objective.entity';

/** One day's progress on an objective, kept so the trajectory has a trend to read. */
@Entity()
@Unique({ properties: ['objective', 'day'] })
export class ObjectiveSnapshot extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => PlanObjective, ref: true, deleteRule: 'cascade' })
  objective: Ref<PlanObjective>;

  @Property({ type: 'date' })
  day: string;

  @Property({ type: 'integer' })
  population: number;

  @Property({ type: 'integer' })
  meeting: number;

  @Property({ type: 'double' })
  percent: number;

  constructor(
    objective: PlanObjective,
    day: string,
    figures: { population: number; meeting: number; percent: number },
  ) {
    super(objective.partnership);
    this.objective = ref(objective);
    this.day = day;
    this.population = figures.population;
    this.meeting = figures.meeting;
    this.percent = figures.percent;
  }
}
