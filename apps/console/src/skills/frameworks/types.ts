/** Frameworks, their scales and competencies as the console reads them (apps/api/schema.gql). */

export type CompetencyKind = 'DOMAIN' | 'COMPETENCY';
export type LevelRule = 'HIGHEST_VALIDATED' | 'LATEST_VALIDATED';

export interface ScaleLevel {
  /** 1 for the lowest level. */
  rank: number;
  name: string;
  description: string;
}

export interface ProficiencyScale {
  id: string;
  name: string;
  description: string;
  cumulative: boolean;
  levels: ScaleLevel[];
  updatedAt?: string;
}

export interface Indicator {
  level: number;
  text: string;
}

export interface Competency {
  id: string;
  code: string;
  name: string;
  description: string;
  kind: CompetencyKind;
  parentId: string | null;
  position: number;
  validForMonths: number | null;
  indicators: Indicator[];
}

export interface CompetencyFramework {
  id: string;
  code: string;
  name: string;
  version: string;
  description: string;
  source: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  levelRule: LevelRule;
  selfAssessmentCounts: boolean;
  /** The list reads only the scale's id and name; the framework's page reads all of it. */
  scale: ProficiencyScale;
  scaleId: string;
  /** The whole tree, parents before children; read on the framework's page only. */
  competencies?: Competency[];
  updatedAt?: string;
}

/** A framework shipped in config/frameworks that a partnership may load. */
export interface FrameworkFile {
  code: string;
  name: string;
  version: string;
  competencyCount: number;
  loadedFrameworkId: string | null;
}
