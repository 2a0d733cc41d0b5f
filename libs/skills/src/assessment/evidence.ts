import type { IsoDate } from '@kindred/org';
import { LevelRule } from '../framework/competency-framework.entity';

/** Where a level came from. */
export enum EvidenceSource {
  /** The person's own rating, with a reflection; counts only where the framework allows. */
  SELF = 'SELF',
  /** A manager's validation or assessment. */
  MANAGER = 'MANAGER',
  /** A completed course that grants a level. */
  TRAINING = 'TRAINING',
  /** Brought in from another system. */
  IMPORTED = 'IMPORTED',
  /** A record that earlier evidence lapsed; it never sets a level itself. */
  EXPIRED = 'EXPIRED',
}

/** A manager's answer to a self-assessment. */
export enum ReviewStatus {
  PENDING = 'PENDING',
  VALIDATED = 'VALIDATED',
  ADJUSTED = 'ADJUSTED',
}

export interface Evidence {
  level: number;
  source: EvidenceSource;
  assessedOn: IsoDate;
  /** Breaks ties between evidence of the same day: the later record wins. */
  recordedAt: Date;
  validUntil: IsoDate | null;
  review: ReviewStatus | null;
}

export interface LevelRules {
  rule: LevelRule;
  selfAssessmentCounts: boolean;
  cumulative: boolean;
}

export interface CurrentLevel {
  level: number;
  /** Every level held: all up to `level` on a cumulative scale, only evidenced ones otherwise. */
  held: number[];
  source: EvidenceSource;
  since: IsoDate;
  /** The last day the level stands unchanged: the earliest expiry among the evidence behind it. */
  reviewOn: IsoDate | null;
}

function counts(evidence: Evidence, rules: LevelRules, asOf: IsoDate): boolean {
  if (evidence.assessedOn > asOf) return false;
  if (evidence.validUntil !== null && evidence.validUntil < asOf) return false;
  switch (evidence.source) {
    case EvidenceSource.EXPIRED:
      return false;
    // A self-rating the manager adjusted is replaced by the manager's record.
    case EvidenceSource.SELF:
      return rules.selfAssessmentCounts && evidence.review !== ReviewStatus.ADJUSTED;
    default:
      return true;
  }
}

const newestFirst = (a: Evidence, b: Evidence) =>
  b.assessedOn.localeCompare(a.assessedOn) || b.recordedAt.getTime() - a.recordedAt.getTime();

/**
 * A person's level in one competency on a day, from all their evidence. Pure, so the rules are
 * tested on their own; the stored SkillHolding is this function's result, kept current on every
 * new piece of evidence and each day as evidence lapses.
 */
export function currentLevel(evidence: readonly Evidence[], rules: LevelRules, asOf: IsoDate): CurrentLevel | null {
  const valid = evidence.filter((e) => counts(e, rules, asOf)).sort(newestFirst);
  if (valid.length === 0) return null;
  const chosen =
    rules.rule === LevelRule.LATEST_VALIDATED
      ? valid[0]
      : valid.reduce((best, e) => (e.level > best.level ? e : best), valid[0]);
  const held = rules.cumulative
    ? Array.from({ length: chosen.level }, (_, i) => i + 1)
    : rules.rule === LevelRule.LATEST_VALIDATED
      ? [chosen.level]
      : [...new Set(valid.map((e) => e.level))].sort((a, b) => a - b);
  // Under "latest" only the chosen record matters; under "highest" any lapse may change the set.
  const behind = rules.rule === LevelRule.LATEST_VALIDATED ? [chosen] : valid;
  const expiries = behind.map((e) => e.validUntil).filter((d): d is IsoDate => d !== null);
  return {
    level: chosen.level,
    held,
    source: chosen.source,
    since: chosen.assessedOn,
    reviewOn: expiries.length ? expiries.reduce((a, b) => (a < b ? a : b)) : null,
  };
}

/** Levels as a bit mask (bit 0 = level 1), the form the gap queries test in SQL. */
export function levelMask(levels: readonly number[]): number {
  return levels.reduce((mask, level) => mask | (1 << (level - 1)), 0);
}
