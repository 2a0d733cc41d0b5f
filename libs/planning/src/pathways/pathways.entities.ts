import { DevelopmentPathway } from './development-pathway.entity';
import { PathwayEnrolment } from './pathway-enrolment.entity';
import { PathwayStep } from './pathway-step.entity';
import { QualificationAward } from './qualification-award.entity';

export const pathwaysEntities = [DevelopmentPathway, PathwayStep, PathwayEnrolment, QualificationAward];
