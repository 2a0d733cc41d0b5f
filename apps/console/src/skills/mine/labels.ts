import type { EvidenceSource, PersonSkill, ReviewStatus } from './skillsApi';

export const EVIDENCE_SOURCE_LABELS: Record<EvidenceSource, string> = {
  SELF: 'Self-assessment',
  MANAGER: 'Manager’s assessment',
  TRAINING: 'Training',
  IMPORTED: 'Imported record',
  EXPIRED: 'Lapsed',
};

export const REVIEW_LABELS: Record<ReviewStatus, string> = {
  PENDING: 'Waiting for validation',
  VALIDATED: 'Validated',
  ADJUSTED: 'Adjusted by the manager',
};

/** A person's skills by framework, in the order the API lists them (essential first). */
export const byFramework = (skills: PersonSkill[]) => {
  const groups = new Map<string, { id: string; name: string; skills: PersonSkill[] }>();
  for (const skill of skills) {
    const group = groups.get(skill.frameworkId) ?? { id: skill.frameworkId, name: skill.frameworkName, skills: [] };
    group.skills.push(skill);
    groups.set(skill.frameworkId, group);
  }
  return [...groups.values()];
};
