export * from './scheduler';
export * from './draft';
export * from './availability';
export * from './plan';
export { planningEntities } from './planning.entities';
export { PlanningModule } from './planning.module';
export * from './culture';
export * from './pathways';
export * from './self-assessment';
