/** What Kindred can count towards a statement: each kind has one evidence provider. */
export enum EvidenceKind {
  PLAN_APPROVED = 'PLAN_APPROVED',
  ROLE_PROFILES = 'ROLE_PROFILES',
  TRAINING_COVERAGE = 'TRAINING_COVERAGE',
  SUPERVISION_COVERAGE = 'SUPERVISION_COVERAGE',
  FEEDBACK_USED = 'FEEDBACK_USED',
  PULSE_SURVEY = 'PULSE_SURVEY',
  PATHWAYS = 'PATHWAYS',
}

export interface FrameworkStatement {
  /** Stable code stored with judgements and evidence: criterion, level, position. */
  code: string;
  criterion: string;
  criterionTitle: string;
  /** 1: Basic Model, 2: Developed Model (the framework's own column headings). */
  level: 1 | 2;
  text: string;
  evidence: EvidenceKind[];
}

const TRAINING = { criterion: '5.2', criterionTitle: 'Training and development' } as const;
const EVIDENCE_LED = {
  criterion: '2.5',
  criterionTitle: 'Evidence-led practice, evaluation and quality improvement',
} as const;

/**
 * The Family Hub Model Framework's statements about the workforce, quoted from the framework
 * (seeds/001): all of criterion 5.2, and the parts of 2.5 about staff time, training and
 * supervision. The rest of 2.5 is about family data and service evaluation, not the workforce.
 */
export const STATEMENTS: readonly FrameworkStatement[] = [
  {
    ...TRAINING,
    code: '5.2-L1-1',
    level: 1,
    text:
      'There is a commitment to and an initial version of a multi-agency workforce development plan which helps ' +
      'all partners in the family hub network understand and identify need early, and work in a whole family way; ' +
      'and a plan to develop this further.',
    evidence: [EvidenceKind.PLAN_APPROVED],
  },
  {
    ...TRAINING,
    code: '5.2-L2-1',
    level: 2,
    text:
      'It is widely understood locally what workforce diversity, capacity, skills and knowledge is required to ' +
      'impact on child and family outcomes through a family hub model.',
    evidence: [EvidenceKind.ROLE_PROFILES],
  },
  {
    ...TRAINING,
    code: '5.2-L2-2',
    level: 2,
    text:
      'There is an agreed and high-quality training and supervision offer which supports the family hub ' +
      'network’s workforce to apply the latest evidence to their practice.',
    evidence: [EvidenceKind.TRAINING_COVERAGE, EvidenceKind.SUPERVISION_COVERAGE],
  },
  {
    ...TRAINING,
    code: '5.2-L2-3',
    level: 2,
    text: 'The family hub network has a learning culture, and feedback informs future training and practice across agencies.',
    evidence: [EvidenceKind.FEEDBACK_USED, EvidenceKind.PULSE_SURVEY],
  },
  {
    ...TRAINING,
    code: '5.2-L2-4',
    level: 2,
    text:
      'There are development pathways for existing staff, to support retention and ensure areas are growing the ' +
      'staff they will need in the future.',
    evidence: [EvidenceKind.PATHWAYS],
  },
  {
    ...EVIDENCE_LED,
    code: '2.5-L1-4',
    level: 1,
    text:
      'Regular family hub network staff and professional time for reflective practice and learning from past ' +
      'experience and projects.',
    evidence: [EvidenceKind.SUPERVISION_COVERAGE],
  },
  {
    ...EVIDENCE_LED,
    code: '2.5-L2-2',
    level: 2,
    text:
      'Regular family hub network staff training and learning and development on delivering evidence-based ' +
      'programmes and interventions',
    evidence: [EvidenceKind.TRAINING_COVERAGE],
  },
  {
    ...EVIDENCE_LED,
    code: '2.5-L2-7',
    level: 2,
    text:
      'Regular events, forums and supervision time for professionals and staff to reflect on practice and learn ' +
      'from projects and pieces of work as part of the family hub network.',
    evidence: [EvidenceKind.SUPERVISION_COVERAGE, EvidenceKind.FEEDBACK_USED],
  },
];

export const statementOf = (code: string): FrameworkStatement | undefined => STATEMENTS.find((s) => s.code === code);
