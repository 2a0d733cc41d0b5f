import { EmploymentType } from '@kindred/org';
import { CourseMode, ProviderKind } from '@kindred/training';

export interface ProviderSpec {
  name: string;
  kind: ProviderKind;
  /** The demo organisation's code, for providers inside the partnership. */
  organisation: string | null;
  contactEmail: string;
  website: string | null;
}

/** A competency named as the framework files name it. */
export interface LevelSpec {
  framework: string;
  code: string;
  level: number;
}

export interface CourseSpec {
  title: string;
  provider: string;
  summary: string;
  outcomes: string[];
  mode: CourseMode;
  durationMinutes: number;
  cpdMinutes: number;
  /** Role profile names, employment types and organisation codes; empty lists are no restriction. */
  audience: { roleProfiles: string[]; employmentTypes: EmploymentType[]; organisations: string[] };
  /** Earlier courses by title, and levels to hold first. */
  prerequisites: { courses: string[]; levels: LevelSpec[] };
  grants: LevelSpec[];
  validityMonths: number | null;
  reminderMonths: number[];
  costPerPlacePence: number | null;
}

const FHC = 'family-hubs-core-practice';
const TIP = 'trauma-informed-practice';
const SGC = 'safeguarding-children';
const level = (framework: string, code: string, n: number): LevelSpec => ({ framework, code, level: n });

const WORKFORCE_TEAM = 'Northshire Family Hubs Workforce Development Team';
const INFANT_FEEDING = 'Northshire Community Health Infant Feeding Team';
const SAFEGUARDING = 'Northshire Safeguarding Children Partnership';
const MENTAL_HEALTH = 'Mind First Training UK';

/** Who runs the demo catalogue: the partnership's own teams, a partner's team and a national provider. */
export const PROVIDERS: ProviderSpec[] = [
  {
    name: WORKFORCE_TEAM,
    kind: ProviderKind.IN_HOUSE,
    organisation: 'NCC-CS',
    contactEmail: 'familyhubs.learning@northshire-cc.example',
    website: null,
  },
  {
    name: INFANT_FEEDING,
    kind: ProviderKind.PARTNER,
    organisation: 'NCHT',
    contactEmail: 'infant.feeding@nchs.nhs.example',
    website: null,
  },
  {
    name: SAFEGUARDING,
    kind: ProviderKind.IN_HOUSE,
    organisation: 'NCC-CS',
    contactEmail: 'nscp.training@northshire-cc.example',
    website: 'https://www.northshire-scp.example/training',
  },
  {
    name: MENTAL_HEALTH,
    kind: ProviderKind.EXTERNAL,
    organisation: null,
    contactEmail: 'bookings@mindfirst-training.example',
    website: 'https://www.mindfirst-training.example',
  },
];

const { STAFF, AGENCY, SECONDED, STUDENT } = EmploymentType;
/** Everyone who is paid or placed: the courses volunteers are not asked to take. */
const WORKFORCE = [STAFF, AGENCY, SECONDED, STUDENT];
const everyone = { roleProfiles: [], employmentTypes: [], organisations: [] };
const none = { courses: [], levels: [] };

export const TITLES = {
  relational: 'Relational practice: building trusting relationships with families',
  traumaInformed: 'Trauma-informed practice: Informed',
  traumaSkilled: 'Trauma-informed practice: Skilled',
  solihull: 'Solihull Approach foundation',
  restorative: 'Restorative practice: working with families, not to them',
  safeguarding1: 'Safeguarding children Level 1',
  safeguarding2: 'Safeguarding children Level 2',
  safeguarding3: 'Safeguarding children Level 3',
  mhfa: 'Mental Health First Aid',
  fiveToThrive: 'Five to Thrive: building healthy brains',
  earlyHelp: 'Early help assessment: assessing with the family',
  teamAroundFamily: 'Team around the family meetings and the lead professional',
  infantFeeding: 'Responsive infant feeding: the Baby Friendly approach',
} as const;

/** The partnership's training offer, in the order it is built (prerequisites before the courses needing them). */
export const COURSES: CourseSpec[] = [
  {
    title: TITLES.relational,
    provider: WORKFORCE_TEAM,
    summary:
      'A one-day workshop on the relationship as the way change happens for families: listening well, being reliable, ' +
      'repairing things when they go wrong, and doing things with families rather than to them.',
    outcomes: [
      'Explain why a trusting relationship is what makes support work for families.',
      'Use listening and reflecting skills to understand what matters to a family.',
      'Repair a relationship after a difficult conversation or a missed visit.',
    ],
    mode: CourseMode.IN_PERSON,
    durationMinutes: 360,
    cpdMinutes: 360,
    audience: everyone,
    prerequisites: none,
    grants: [level(FHC, 'FHC.1.2', 2), level(FHC, 'FHC.1.3', 1)],
    validityMonths: null,
    reminderMonths: [],
    costPerPlacePence: 4500,
  },
  {
    title: TITLES.traumaInformed,
    provider: WORKFORCE_TEAM,
    summary:
      'A live online session for everyone who works or volunteers with families: what trauma is, how it can shape ' +
      'the way people react to services, and the small things that make a family hub feel safe.',
    outcomes: [
      'Describe how trauma and adversity can affect children, parents and staff.',
      'Name the six trauma-informed principles: safety, trust, choice, collaboration, empowerment and cultural consideration.',
      'Know where to get support if the work affects you.',
    ],
    mode: CourseMode.VIRTUAL,
    durationMinutes: 150,
    cpdMinutes: 150,
    // Volunteers included: Informed is for everyone.
    audience: everyone,
    prerequisites: none,
    grants: [level(TIP, 'TIP.1.1', 1), level(TIP, 'TIP.1.2', 1), level(TIP, 'TIP.2.1', 1), level(TIP, 'TIP.3.1', 1)],
    validityMonths: null,
    reminderMonths: [],
    costPerPlacePence: 0,
  },
  {
    title: TITLES.traumaSkilled,
    provider: WORKFORCE_TEAM,
    summary:
      'A day for practitioners who work directly with families, building on Informed: noticing signs of trauma, ' +
      'avoiding re-traumatising people, and offering real choice and control in everyday practice.',
    outcomes: [
      'Recognise how trauma may be showing up in a family you work with.',
      'Adapt visits, letters and meetings so they do not re-traumatise.',
      'Build trust and offer choice when a family is wary of services.',
    ],
    mode: CourseMode.IN_PERSON,
    durationMinutes: 360,
    cpdMinutes: 360,
    audience: { roleProfiles: [], employmentTypes: WORKFORCE, organisations: [] },
    prerequisites: { courses: [TITLES.traumaInformed], levels: [] },
    grants: [
      level(TIP, 'TIP.1.1', 2),
      level(TIP, 'TIP.1.2', 2),
      level(TIP, 'TIP.2.1', 2),
      level(TIP, 'TIP.2.2', 2),
      level(TIP, 'TIP.2.3', 2),
    ],
    validityMonths: null,
    reminderMonths: [],
    costPerPlacePence: 6000,
  },
  {
    title: TITLES.solihull,
    provider: WORKFORCE_TEAM,
    summary:
      'The two-day Solihull Approach foundation course, about two weeks apart so you can try the ideas in between: ' +
      'containment, reciprocity and behaviour management, to support relationships between parents and children.',
    outcomes: [
      'Use containment to help a parent feel heard when they are overwhelmed.',
      'Notice and encourage reciprocity between a parent and their baby or child.',
      'Use the model to think about behaviour in the context of the relationship.',
    ],
    mode: CourseMode.IN_PERSON,
    durationMinutes: 720,
    cpdMinutes: 720,
    audience: {
      roleProfiles: [
        'Health Visitor',
        'Community Nursery Nurse',
        'Midwife',
        'Family Support Worker',
        'Early Years Practitioner',
        'Early Help Practitioner',
      ],
      employmentTypes: WORKFORCE,
      organisations: [],
    },
    prerequisites: none,
    grants: [level(FHC, 'FHC.3.1', 2), level(FHC, 'FHC.1.2', 2)],
    validityMonths: null,
    reminderMonths: [],
    costPerPlacePence: 9500,
  },
  {
    title: TITLES.restorative,
    provider: WORKFORCE_TEAM,
    summary:
      'High support and high challenge: a practical day on restorative conversations, setting goals with families ' +
      'and resolving conflict in a way that keeps relationships intact.',
    outcomes: [
      'Hold a restorative conversation using the restorative questions.',
      'Agree goals with a family that they own and can review.',
      'Respond to conflict in a group or a team restoratively.',
    ],
    mode: CourseMode.IN_PERSON,
    durationMinutes: 360,
    cpdMinutes: 360,
    audience: { roleProfiles: [], employmentTypes: WORKFORCE, organisations: [] },
    prerequisites: none,
    grants: [level(FHC, 'FHC.1.3', 2), level(FHC, 'FHC.1.4', 2)],
    validityMonths: null,
    reminderMonths: [],
    costPerPlacePence: 4500,
  },
  {
    title: TITLES.safeguarding1,
    provider: SAFEGUARDING,
    summary:
      "Everyone's part in keeping children safe, for reception staff, volunteers and anyone new to working with " +
      'families: what abuse and neglect can look like and exactly what to do if you are worried.',
    outcomes: [
      'Recognise possible signs of abuse and neglect.',
      'Know who to tell, and how quickly, when you are worried about a child.',
      'Understand why you must never promise to keep a secret.',
    ],
    mode: CourseMode.VIRTUAL,
    durationMinutes: 120,
    cpdMinutes: 120,
    // Volunteers included: Level 1 is for everyone working in or through a family hub.
    audience: everyone,
    prerequisites: none,
    grants: [level(SGC, 'SGC.1.1', 1), level(SGC, 'SGC.1.2', 1)],
    validityMonths: 36,
    reminderMonths: [3],
    costPerPlacePence: 0,
  },
  {
    title: TITLES.safeguarding2,
    provider: SAFEGUARDING,
    summary:
      'For staff and volunteers in regular contact with children and parents: recognising concerns, recording them, ' +
      "sharing information and making a referral under Northshire's procedures, including domestic abuse.",
    outcomes: [
      'Act on a concern following the Northshire safeguarding procedures.',
      'Share information lawfully and make a good-quality referral.',
      'Recognise the signs of domestic abuse and its impact on children.',
    ],
    mode: CourseMode.VIRTUAL,
    durationMinutes: 180,
    cpdMinutes: 180,
    audience: everyone,
    prerequisites: none,
    grants: [level(SGC, 'SGC.1.1', 2), level(SGC, 'SGC.1.2', 2), level(SGC, 'SGC.2.1', 2), level(SGC, 'SGC.3.1', 2)],
    validityMonths: 36,
    reminderMonths: [3],
    costPerPlacePence: 0,
  },
  {
    title: TITLES.safeguarding3,
    provider: SAFEGUARDING,
    summary:
      'A multi-agency day for practitioners who assess, plan and review: contributing to assessments and child ' +
      'protection plans, defensible recording, and harm outside the home.',
    outcomes: [
      'Contribute an analysis of risk and protective factors to an assessment.',
      'Take part confidently in child protection conferences and core groups.',
      'Recognise contextual safeguarding risks such as exploitation.',
    ],
    mode: CourseMode.IN_PERSON,
    durationMinutes: 360,
    cpdMinutes: 360,
    audience: {
      roleProfiles: [
        'Early Help Practitioner',
        'Health Visitor',
        'Midwife',
        'Infant Feeding Specialist',
        'Children and Families Mental Health Practitioner',
        'Designated Safeguarding Lead (school)',
        'Team Manager',
        'Volunteer Coordinator',
      ],
      employmentTypes: WORKFORCE,
      organisations: [],
    },
    prerequisites: { courses: [], levels: [level(SGC, 'SGC.1.1', 2)] },
    grants: [
      level(SGC, 'SGC.1.1', 3),
      level(SGC, 'SGC.1.2', 3),
      level(SGC, 'SGC.2.1', 3),
      level(SGC, 'SGC.2.2', 3),
      level(SGC, 'SGC.2.3', 3),
      level(SGC, 'SGC.3.1', 3),
      level(SGC, 'SGC.3.2', 3),
    ],
    validityMonths: 36,
    reminderMonths: [3],
    costPerPlacePence: 3500,
  },
  {
    title: TITLES.mhfa,
    provider: MENTAL_HEALTH,
    summary:
      'The two-day adult Mental Health First Aid course from a national provider: spotting the signs of poor mental ' +
      'health in a colleague or parent, starting a supportive conversation and guiding them to help. The certificate ' +
      'lasts three years.',
    outcomes: [
      'Recognise the signs of common mental health problems.',
      'Listen without judgement and give reassurance and information.',
      'Encourage someone to get professional help, and respond in a crisis.',
    ],
    mode: CourseMode.IN_PERSON,
    durationMinutes: 720,
    cpdMinutes: 720,
    audience: { roleProfiles: [], employmentTypes: WORKFORCE, organisations: [] },
    prerequisites: none,
    // Adult mental health first aid is not in the partnership's frameworks: the record is what counts.
    grants: [],
    validityMonths: 36,
    reminderMonths: [6, 3],
    costPerPlacePence: 30000,
  },
  {
    title: TITLES.fiveToThrive,
    provider: INFANT_FEEDING,
    summary:
      "Respond, cuddle, relax, play, talk: a half day on how babies' and children's brains grow through everyday " +
      'moments with their parents, and how to share the five building blocks with families.',
    outcomes: [
      'Explain the five building blocks of healthy brain development.',
      'Spot everyday moments to encourage with parents.',
      'Share the ideas with families in plain, warm language.',
    ],
    mode: CourseMode.IN_PERSON,
    durationMinutes: 210,
    cpdMinutes: 210,
    audience: everyone,
    prerequisites: none,
    grants: [level(FHC, 'FHC.3.3', 1), level(FHC, 'FHC.3.1', 1)],
    validityMonths: null,
    reminderMonths: [],
    costPerPlacePence: 2500,
  },
  {
    title: TITLES.earlyHelp,
    provider: WORKFORCE_TEAM,
    summary:
      "How to complete Northshire's early help assessment with a family: exploring strengths and needs together, " +
      'hearing the child, and writing a plan the family agrees with.',
    outcomes: [
      'Complete an early help assessment with the family, not about them.',
      "Include the child's voice and lived experience.",
      'Write SMART outcomes the family recognises as theirs.',
    ],
    mode: CourseMode.IN_PERSON,
    durationMinutes: 330,
    cpdMinutes: 330,
    audience: {
      roleProfiles: [
        'Early Help Practitioner',
        'Family Support Worker',
        'Family Hub Navigator',
        'Youth Worker',
        'Health Visitor',
        'Designated Safeguarding Lead (school)',
      ],
      employmentTypes: WORKFORCE,
      organisations: [],
    },
    prerequisites: { courses: [], levels: [level(SGC, 'SGC.1.1', 2)] },
    grants: [level(FHC, 'FHC.2.2', 2)],
    validityMonths: null,
    reminderMonths: [],
    costPerPlacePence: 0,
  },
  {
    title: TITLES.teamAroundFamily,
    provider: WORKFORCE_TEAM,
    summary:
      'Running team-around-the-family meetings that families find useful, and what being the lead professional ' +
      'involves: agreeing actions, reviewing progress and stepping up or down.',
    outcomes: [
      'Chair a team-around-the-family meeting with the family at the centre.',
      'Take on the lead professional role with confidence.',
      'Review a plan and decide with the family when to step up or step down.',
    ],
    mode: CourseMode.IN_PERSON,
    durationMinutes: 180,
    cpdMinutes: 180,
    audience: { roleProfiles: [], employmentTypes: WORKFORCE, organisations: [] },
    prerequisites: { courses: [TITLES.earlyHelp], levels: [] },
    grants: [level(FHC, 'FHC.2.3', 2)],
    validityMonths: null,
    reminderMonths: [],
    costPerPlacePence: 0,
  },
  {
    title: TITLES.infantFeeding,
    provider: INFANT_FEEDING,
    summary:
      "The trust's infant feeding team on responsive feeding, however a baby is fed: supporting breastfeeding, safe " +
      'formula feeding and close, loving relationships, following the UNICEF Baby Friendly standards.',
    outcomes: [
      'Support a parent to feed responsively, by breast or by bottle.',
      'Recognise when to refer to the infant feeding team.',
      'Give consistent, evidence-based information across the partnership.',
    ],
    mode: CourseMode.IN_PERSON,
    durationMinutes: 360,
    cpdMinutes: 360,
    audience: {
      roleProfiles: [
        'Health Visitor',
        'Community Nursery Nurse',
        'Midwife',
        'Early Years Practitioner',
        'Family Support Worker',
        'VCFSE Volunteer',
      ],
      employmentTypes: [],
      organisations: [],
    },
    prerequisites: none,
    grants: [level(FHC, 'FHC.3.2', 2)],
    validityMonths: null,
    reminderMonths: [],
    costPerPlacePence: 0,
  },
];
