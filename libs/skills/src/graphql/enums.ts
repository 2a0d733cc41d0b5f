import { registerEnumType } from '@nestjs/graphql';
import { EvidenceSource, ReviewStatus } from '../assessment/evidence';
import { LevelRule } from '../framework/competency-framework.entity';
import { CompetencyKind } from '../framework/competency.entity';
import { RequirementPriority } from '../role-profile/role-profile.entity';

/** Which columns a heatmap has. */
export enum HeatmapAxis {
  ORGANISATION = 'ORGANISATION',
  SITE = 'SITE',
  ROLE_PROFILE = 'ROLE_PROFILE',
}

registerEnumType(LevelRule, { name: 'LevelRule' });
registerEnumType(CompetencyKind, { name: 'CompetencyKind' });
registerEnumType(RequirementPriority, { name: 'RequirementPriority' });
registerEnumType(EvidenceSource, { name: 'EvidenceSource' });
registerEnumType(ReviewStatus, { name: 'ReviewStatus' });
registerEnumType(HeatmapAxis, { name: 'HeatmapAxis' });

export { CompetencyKind, EvidenceSource, LevelRule, RequirementPriority, ReviewStatus };
