export { PathwaysModule } from './pathways.module';
export { pathwaysEntities } from './pathways.entities';
export { DevelopmentPathway, PathwayStatus } from './development-pathway.entity';
export { PathwayStep, StepKind } from './pathway-step.entity';
export { EnrolmentStatus, PathwayEnrolment } from './pathway-enrolment.entity';
export { QualificationAward } from './qualification-award.entity';
