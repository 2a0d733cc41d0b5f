import { formatDate, today } from '../../workforce/dates';
import type { CompetencyFramework, CompetencyKind, LevelRule } from './types';

export const LEVEL_RULES: Record<LevelRule, { name: string; explanation: string }> = {
  HIGHEST_VALIDATED: {
    name: 'Highest validated level',
    explanation:
      'A person holds the highest level any of their current evidence shows. A refresher at a lower level keeps the higher one.',
  },
  LATEST_VALIDATED: {
    name: 'Latest validated level',
    explanation:
      'A person holds the level of their most recent evidence, so a refresher at a lower level lowers it. Suits frameworks where practice must be shown again, not just once.',
  },
};

export const SELF_ASSESSMENT_HELP =
  'When on, a person’s own rating sets their level without a manager validating it. When off, self-assessments are kept but only validated evidence counts.';

export const CUMULATIVE_HELP =
  'Switch on when each level builds on the ones below, as the NES trauma-informed and safeguarding levels do: evidence at the third level also counts for the first and second. Switch off when each level needs its own evidence.';

export const KIND_LABELS: Record<CompetencyKind, string> = { DOMAIN: 'Domain', COMPETENCY: 'Competency' };

/** Whether the framework applies on a calendar day (today by default). */
export const isInEffect = (framework: Pick<CompetencyFramework, 'effectiveFrom' | 'effectiveTo'>, on = today()) =>
  framework.effectiveFrom <= on && (!framework.effectiveTo || framework.effectiveTo >= on);

/** "From 1 Apr 2025" or "1 Apr 2025 to 31 Mar 2026". */
export const effectivePeriod = (framework: Pick<CompetencyFramework, 'effectiveFrom' | 'effectiveTo'>) =>
  framework.effectiveTo
    ? `${formatDate(framework.effectiveFrom)} to ${formatDate(framework.effectiveTo)}`
    : `From ${formatDate(framework.effectiveFrom)}`;

export const validity = (months: number | null) =>
  months === null ? 'Evidence does not expire' : `Evidence valid for ${months} months`;

/**
 * The API takes "" for no description, never null; react-admin's text inputs turn an emptied
 * field into null unless told otherwise.
 */
export const keepText = (value: string) => value;
