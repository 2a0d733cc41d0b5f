import { RequirementPriority } from '@kindred/skills';
import type { RoleKey } from '../workforce/roles';

/** One requirement of a role profile, naming the competency by its code in the framework files. */
export interface RequirementSpec {
  code: string;
  level: number;
  priority: RequirementPriority;
  withinDays: number | null;
}

export interface RoleProfileSpec {
  name: string;
  description: string;
  /** The demo jobs measured against this profile. */
  roles: RoleKey[];
  requirements: RequirementSpec[];
}

const essential = (code: string, level: number, withinDays: number | null = null): RequirementSpec => ({
  code,
  level,
  priority: RequirementPriority.ESSENTIAL,
  withinDays,
});
const desirable = (code: string, level: number): RequirementSpec => ({
  code,
  level,
  priority: RequirementPriority.DESIRABLE,
  withinDays: null,
});

/** New starters complete induction training within their first three months. */
const INDUCTION = 90;

// Trauma-informed practice (NES levels 1 Informed to 4 Specialist): Informed for everyone, Skilled
// for practitioners, Enhanced for those who supervise or work intensively with trauma. Each
// profile adds the OHID principles its work leans on most.
const TRAUMA_INFORMED = [
  essential('TIP.1.1', 1, INDUCTION),
  essential('TIP.1.2', 1, INDUCTION),
  essential('TIP.2.1', 1),
  desirable('TIP.3.1', 1),
];
const TRAUMA_SKILLED = [
  essential('TIP.1.1', 2, INDUCTION),
  essential('TIP.1.2', 2),
  essential('TIP.2.1', 2),
  essential('TIP.2.2', 2),
  essential('TIP.3.1', 1),
  desirable('TIP.2.6', 2),
];
const TRAUMA_ENHANCED = [
  essential('TIP.1.1', 3),
  essential('TIP.1.2', 3),
  essential('TIP.2.1', 2),
  essential('TIP.2.2', 2),
  // They look after their team's wellbeing in supervision.
  essential('TIP.3.1', 3),
  desirable('TIP.2.6', 2),
];

// Safeguarding children (intercollegiate levels 1 to 3): Level 1 for reception and volunteers,
// Level 2 for most practitioners, Level 3 for those who assess and plan, DSLs and managers.
const SAFEGUARDING_1 = [essential('SGC.1.1', 1, 30), essential('SGC.1.2', 1, 30), desirable('SGC.3.1', 1)];
const SAFEGUARDING_2 = [
  essential('SGC.1.1', 2, INDUCTION),
  essential('SGC.1.2', 2, INDUCTION),
  essential('SGC.2.1', 2),
  essential('SGC.3.1', 2),
];
const SAFEGUARDING_3 = [
  essential('SGC.1.1', 3, INDUCTION),
  essential('SGC.1.2', 3, INDUCTION),
  essential('SGC.2.1', 3),
  essential('SGC.2.2', 3),
  essential('SGC.2.3', 3),
  essential('SGC.3.1', 3),
];

// Family Hubs core practice: levels 1 Aware, 2 Practising, 3 Confident, 4 Leading.

/** The partnership's role profiles: the jobs of the Family Hub network and what each needs. */
export const ROLE_PROFILES: RoleProfileSpec[] = [
  {
    name: 'Family Hub Receptionist',
    description: 'First contact at the hub: welcomes families, books them in and points them to help.',
    roles: ['receptionist'],
    requirements: [
      ...TRAUMA_INFORMED,
      ...SAFEGUARDING_1,
      essential('FHC.1.2', 2, INDUCTION),
      essential('FHC.2.1', 2, INDUCTION),
      essential('FHC.2.4', 2),
      essential('FHC.1.1', 1),
      desirable('FHC.4.1', 1),
    ],
  },
  {
    name: 'Family Hub Navigator',
    description: 'Helps families find and reach the right service in the 0-19 offer, in the hub and beyond it.',
    roles: ['navigator', 'informationOfficer'],
    requirements: [
      ...TRAUMA_SKILLED,
      essential('TIP.2.3', 2),
      ...SAFEGUARDING_2,
      essential('FHC.2.1', 3, INDUCTION),
      essential('FHC.1.1', 2),
      essential('FHC.1.2', 2),
      essential('FHC.2.4', 2),
      essential('FHC.3.1', 1),
      desirable('FHC.2.2', 2),
      desirable('FHC.4.1', 2),
    ],
  },
  {
    name: 'Family Hub Coordinator',
    description: "Runs the hub's timetable and partners' offer, and brings families' voices into it.",
    roles: ['hubCoordinator'],
    requirements: [
      ...TRAUMA_SKILLED,
      essential('TIP.2.4', 2),
      ...SAFEGUARDING_2,
      essential('FHC.2.1', 3),
      essential('FHC.1.4', 3),
      essential('FHC.2.4', 3),
      essential('FHC.1.2', 2),
      desirable('FHC.2.3', 2),
    ],
  },
  {
    name: 'Family Support Worker',
    description: 'Works alongside families at home and in the hub on the goals they choose.',
    roles: [
      'familySupportWorker',
      'seniorFamilySupportWorker',
      'parentingPractitioner',
      'familyLiaisonOfficer',
      'pastoralSupportOfficer',
    ],
    requirements: [
      ...TRAUMA_SKILLED,
      desirable('TIP.2.5', 2),
      ...SAFEGUARDING_2,
      essential('FHC.1.1', 3, 180),
      essential('FHC.1.2', 3),
      essential('FHC.1.3', 3),
      essential('FHC.2.1', 3),
      essential('FHC.2.2', 2),
      essential('FHC.2.4', 2),
      essential('FHC.3.3', 2),
      desirable('FHC.4.2', 2),
    ],
  },
  {
    name: 'Early Help Practitioner',
    description: 'Lead professional for families with early help plans: assesses, plans and reviews with them.',
    roles: ['earlyHelpPractitioner', 'advancedPractitioner', 'socialWorkStudent'],
    requirements: [
      ...TRAUMA_SKILLED,
      // They contribute to assessments and child protection plans.
      ...SAFEGUARDING_3,
      essential('FHC.1.1', 3),
      essential('FHC.1.3', 3),
      essential('FHC.2.2', 3, 180),
      essential('FHC.2.3', 3),
      essential('FHC.2.4', 3),
      essential('FHC.4.2', 2),
      desirable('FHC.4.1', 2),
    ],
  },
  {
    name: 'Youth Worker',
    description: 'Works with young people in youth centres, schools and the street, and with their families.',
    roles: ['youthWorker', 'seniorYouthWorker'],
    requirements: [
      ...TRAUMA_SKILLED,
      essential('TIP.2.5', 2),
      ...SAFEGUARDING_2,
      // Harm outside the home is their daily work.
      essential('SGC.3.2', 2),
      essential('FHC.1.2', 3),
      essential('FHC.1.4', 3),
      essential('FHC.1.3', 2),
      essential('FHC.2.1', 2),
      essential('FHC.2.4', 2),
      desirable('FHC.4.1', 2),
    ],
  },
  {
    name: 'Early Years Practitioner',
    description: "Supports young children's learning and development in groups, nurseries and at home.",
    roles: ['earlyYearsPractitioner', 'portageHomeVisitor', 'nurseryPractitioner', 'earlyYearsTeacher'],
    requirements: [
      ...TRAUMA_SKILLED,
      ...SAFEGUARDING_2,
      essential('FHC.3.3', 3),
      essential('FHC.1.1', 2),
      essential('FHC.1.2', 2),
      essential('FHC.4.1', 2),
      essential('FHC.2.4', 2),
      desirable('FHC.3.2', 1),
    ],
  },
  {
    name: 'Health Visitor',
    description: 'Specialist community public health nurse leading the Healthy Child Programme from pregnancy to five.',
    roles: ['healthVisitor', 'studentHealthVisitor'],
    requirements: [
      ...TRAUMA_SKILLED,
      ...SAFEGUARDING_3,
      essential('FHC.1.1', 3),
      essential('FHC.2.1', 3),
      essential('FHC.2.4', 3),
      essential('FHC.3.1', 3),
      essential('FHC.3.2', 3),
      essential('FHC.3.3', 2),
      desirable('FHC.4.2', 2),
    ],
  },
  {
    name: 'Community Nursery Nurse',
    description: 'Part of the health visiting team: development reviews, early language, feeding and play.',
    roles: ['communityNurseryNurse'],
    requirements: [
      ...TRAUMA_SKILLED,
      ...SAFEGUARDING_2,
      essential('FHC.3.3', 3),
      essential('FHC.3.1', 2),
      essential('FHC.3.2', 2),
      essential('FHC.1.2', 2),
      essential('FHC.2.1', 2),
      desirable('FHC.4.1', 2),
    ],
  },
  {
    name: 'Midwife',
    description: 'Community midwife caring for women and families through pregnancy, birth and the first weeks.',
    roles: ['midwife', 'studentMidwife'],
    requirements: [
      ...TRAUMA_SKILLED,
      ...SAFEGUARDING_3,
      essential('FHC.3.1', 3),
      essential('FHC.3.2', 3),
      essential('FHC.1.2', 3),
      essential('FHC.2.4', 3),
      essential('FHC.2.1', 2),
      desirable('FHC.2.3', 2),
    ],
  },
  {
    name: 'Infant Feeding Specialist',
    description: 'Supports families with complex feeding and leads the hub network’s infant feeding practice.',
    roles: ['infantFeedingSpecialist', 'peerSupportCoordinator'],
    requirements: [
      ...TRAUMA_SKILLED,
      ...SAFEGUARDING_3,
      essential('FHC.3.2', 4),
      essential('FHC.1.2', 3),
      essential('FHC.2.1', 3),
      essential('FHC.3.1', 2),
      desirable('FHC.1.4', 2),
    ],
  },
  {
    name: 'Children and Families Mental Health Practitioner',
    description:
      'Perinatal, parent-infant, school and early support mental health practitioners working from the hubs.',
    roles: [
      'perinatalPractitioner',
      'parentInfantPractitioner',
      'educationMentalHealthPractitioner',
      'seniorMentalHealthPractitioner',
      'camhsPractitioner',
    ],
    requirements: [
      ...TRAUMA_ENHANCED,
      essential('TIP.2.3', 3),
      ...SAFEGUARDING_3,
      essential('FHC.3.1', 3),
      essential('FHC.1.2', 3),
      essential('FHC.2.4', 3),
      essential('FHC.2.1', 2),
      essential('FHC.2.3', 2),
      desirable('FHC.4.2', 2),
    ],
  },
  {
    name: 'Designated Safeguarding Lead (school)',
    description: "Leads safeguarding and family support in a school, and is the hub's contact there.",
    roles: ['designatedSafeguardingLead', 'headOfPastoralCare', 'inclusionLead'],
    requirements: [
      ...TRAUMA_SKILLED,
      ...SAFEGUARDING_3,
      essential('SGC.3.2', 3),
      essential('FHC.2.2', 3),
      essential('FHC.2.3', 3),
      essential('FHC.2.1', 3),
      essential('FHC.4.1', 2),
      desirable('FHC.4.2', 2),
    ],
  },
  {
    name: 'Team Manager',
    description: 'Manages a team in the hub network: supervises practitioners and leads practice across agencies.',
    roles: [
      'hubTeamManager',
      'earlyHelpManager',
      'youthServiceManager',
      'portageLead',
      'earlyYearsLead',
      'healthVisitingTeamLeader',
      'schoolNursingTeamLeader',
      'communityMidwiferyLead',
      'infantFeedingLead',
      'perinatalTeamManager',
      'parentInfantLead',
      'mhstManager',
      'camhsTeamLeader',
      'schemeManager',
      'familySupportManager',
    ],
    requirements: [
      ...TRAUMA_ENHANCED,
      essential('TIP.2.4', 3),
      ...SAFEGUARDING_3,
      essential('FHC.1.2', 3),
      essential('FHC.1.3', 3),
      essential('FHC.1.4', 3),
      essential('FHC.2.3', 3),
      essential('FHC.2.4', 3),
      desirable('FHC.2.1', 4),
    ],
  },
  {
    name: 'Volunteer Coordinator',
    description: "Recruits, supports and supervises volunteers, and is their organisation's safeguarding lead.",
    roles: ['volunteerCoordinator', 'adviceVolunteerCoordinator', 'peerSupportLead'],
    requirements: [
      ...TRAUMA_SKILLED,
      essential('TIP.2.5', 2),
      ...SAFEGUARDING_3,
      essential('FHC.1.2', 3),
      essential('FHC.1.3', 3),
      essential('FHC.2.1', 3),
      desirable('FHC.1.4', 2),
    ],
  },
  {
    name: 'VCFSE Volunteer',
    description:
      'Volunteers with families: Home-Start home visiting, stay-and-play, breastfeeding and parent carer peer support, youth clubs, reading and advice.',
    roles: [
      'homeVisitingVolunteer',
      'stayAndPlayVolunteer',
      'breastfeedingPeerSupporter',
      'youthClubVolunteer',
      'readingVolunteer',
      'parentCarerPeerSupporter',
      'volunteerAdviser',
      'gatewayAssessor',
    ],
    requirements: [
      ...TRAUMA_INFORMED,
      ...SAFEGUARDING_1,
      essential('FHC.1.2', 2),
      essential('FHC.2.1', 1, INDUCTION),
      essential('FHC.2.4', 1, INDUCTION),
      desirable('FHC.3.3', 1),
    ],
  },
];
