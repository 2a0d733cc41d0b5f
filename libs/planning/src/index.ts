export * from './scheduler';
export * from './draft';
export * from './plan';
export { planningEntities } from './planning.entities';
export { PlanningModule } from './planning.module';
export * from './culture';
export * from './self-assessment';
