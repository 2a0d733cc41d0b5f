import type { Agreement, DueState, SessionRow } from './types';

export const TYPE_LABELS: Record<string, string> = {
  LINE_MANAGEMENT: 'Line management',
  CLINICAL: 'Clinical',
  RESTORATIVE: 'Restorative',
  PEER: 'Peer',
  PRACTICE_SUPERVISION: 'Practice supervision',
};
export const MODEL_LABELS: Record<string, string> = {
  MORRISON_4X4X4: 'Morrison 4x4x4',
  PROCTOR: 'Proctor',
  A_EQUIP: 'A-EQUIP',
  OTHER: 'Other',
};
export const KIND_LABELS: Record<SessionRow['kind'], string> = {
  ONE_TO_ONE: '1:1 supervision',
  GROUP: 'Group supervision',
  REFLECTIVE_PRACTICE: 'Reflective practice group',
};
export const STATUS_LABELS: Record<SessionRow['status'], string> = {
  SCHEDULED: 'Scheduled',
  RECORDED: 'Recorded, not signed off',
  SIGNED_OFF: 'Signed off',
  CANCELLED: 'Cancelled',
  MISSED: 'Missed',
};
export const DUE_LABELS: Record<DueState, string> = { ON_TRACK: 'On track', DUE: 'Due', OVERDUE: 'Overdue' };

/** Morrison's four functions, with the prompt the session form shows for each. */
export const FUNCTIONS = [
  { id: 'MANAGEMENT', name: 'Management', prompt: 'Caseload, priorities, policy and procedure, accountability.' },
  { id: 'DEVELOPMENT', name: 'Development', prompt: 'Learning needs, skills, reflection on practice.' },
  { id: 'SUPPORT', name: 'Support', prompt: 'Wellbeing, the emotional impact of the work.' },
  { id: 'MEDIATION', name: 'Mediation', prompt: 'Links with the organisation, other agencies, resources.' },
] as const;

export const GIBBS_STAGES = [
  { id: 'description', name: 'Description', prompt: 'What happened?' },
  { id: 'feelings', name: 'Feelings', prompt: 'What were you thinking and feeling?' },
  { id: 'evaluation', name: 'Evaluation', prompt: 'What was good and bad about the experience?' },
  { id: 'analysis', name: 'Analysis', prompt: 'What sense can you make of it?' },
  { id: 'conclusion', name: 'Conclusion', prompt: 'What else could you have done?' },
  { id: 'actionPlan', name: 'Action plan', prompt: 'If it arose again, what would you do?' },
] as const;

export const frequencyText = (a: Pick<Agreement, 'frequencyPattern' | 'frequencyDays'>) =>
  a.frequencyPattern === 'ASYE' ? 'ASYE: weekly, then fortnightly, then monthly' : `Every ${a.frequencyDays} days`;

export const percent = (share: number) => `${Math.round(share * 100)}%`;
