export * from './scheduler';
export * from './draft';
export { planningEntities } from './planning.entities';
export { PlanningModule } from './planning.module';
export * from './culture';
