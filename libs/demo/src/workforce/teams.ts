import { EmploymentType } from '@kindred/org';
import type { RoleKey } from './roles';
import { HUBS, type HubSpec } from './sites';

/** [role, how many, employment type when not the role's own] */
export type MemberSpec = [RoleKey, number] | [RoleKey, number, EmploymentType];

export interface TeamSpec {
  organisation: string;
  name: string;
  site: string | null;
  /** The manager is one of the team; everyone else in it reports to them (volunteers excepted). */
  manager: RoleKey;
  /** The team whose manager this team's manager reports to; the organisation's first team if absent. */
  reportsTo?: string;
  members: MemberSpec[];
}

const { AGENCY } = EmploymentType;

const bySize =
  (hub: HubSpec) =>
  (l: number, m: number, s: number): number =>
    ({ L: l, M: m, S: s })[hub.size];

/** The council's multi-disciplinary team in each hub. */
function hubTeam(hub: HubSpec): TeamSpec {
  const n = bySize(hub);
  return {
    organisation: 'NCC-CS',
    name: `${hub.name} Team`,
    site: hub.name,
    manager: 'hubTeamManager',
    reportsTo: 'Family Hubs Strategic Team',
    members: [
      ['hubCoordinator', 1],
      ['receptionist', n(2, 1, 1)],
      ['navigator', n(2, 2, 1)],
      ['seniorFamilySupportWorker', n(1, 1, 0)],
      ['familySupportWorker', n(7, 5, 4)],
      ['familySupportWorker', n(1, 0, 0), AGENCY],
      ['earlyHelpPractitioner', n(3, 2, 1)],
      ['parentingPractitioner', n(2, 1, 1)],
      ['youthWorker', 1],
      ['earlyYearsPractitioner', n(2, 2, 1)],
    ],
  };
}

/** The community health trust's health visiting team in each hub's locality. */
function healthVisitingTeam(hub: HubSpec): TeamSpec {
  const n = bySize(hub);
  return {
    organisation: 'NCHT',
    name: `${hub.locality} Health Visiting Team`,
    site: hub.name,
    manager: 'healthVisitingTeamLeader',
    members: [
      ['healthVisitor', n(7, 5, 4)],
      ['communityNurseryNurse', n(4, 3, 2)],
      ['communityStaffNurse', n(1, 1, 0)],
      ['healthVisitingAdministrator', 1],
      ['studentHealthVisitor', n(1, 0, 0)],
    ],
  };
}

/** Every team, in the order the demo fills them (the order fixes who is generated when). */
export const TEAMS: TeamSpec[] = [
  {
    organisation: 'NCC-CS',
    name: 'Family Hubs Strategic Team',
    site: null,
    manager: 'headOfFamilyHubs',
    members: [
      ['startForLifeLead', 1],
      ['workforceLead', 1],
      ['platformAdmin', 1],
      ['dataOfficer', 2],
      ['commissioningOfficer', 1],
      ['engagementOfficer', 2],
      ['businessSupport', 3],
    ],
  },
  ...HUBS.map(hubTeam),
  {
    organisation: 'NCC-CS',
    name: 'Early Help Practice Team',
    site: 'Kingsbridge Family Hub',
    manager: 'earlyHelpManager',
    members: [
      ['advancedPractitioner', 2],
      ['earlyHelpPractitioner', 6],
      ['earlyHelpPractitioner', 1, AGENCY],
      ['socialWorkStudent', 2],
    ],
  },
  {
    organisation: 'NCC-CS',
    name: 'Targeted Youth Support Team',
    site: 'Oldcastle Youth Centre',
    manager: 'youthServiceManager',
    members: [
      ['seniorYouthWorker', 2],
      ['youthWorker', 8],
      ['youthClubVolunteer', 3],
    ],
  },
  {
    organisation: 'NCC-CS',
    name: 'Portage and Early Years Outreach Team',
    site: 'Fenwick Valley Family Hub',
    manager: 'portageLead',
    members: [
      ['portageHomeVisitor', 4],
      ['earlyYearsPractitioner', 4],
    ],
  },
  {
    organisation: 'NCC-CS',
    name: 'Family Information Service',
    site: 'Northshire Virtual Family Hub',
    manager: 'informationServiceLead',
    members: [['informationOfficer', 5]],
  },
  {
    organisation: 'NCC-CS',
    name: 'Safeguarding Children Partnership Business Unit',
    site: null,
    manager: 'safeguardingBusinessManager',
    members: [
      ['safeguardingTrainer', 3],
      ['learningCoordinator', 1],
    ],
  },

  {
    organisation: 'NCHT',
    name: "Children's Community Services Leadership",
    site: null,
    manager: 'associateDirector',
    members: [
      ['partnershipOfficer', 1],
      ['startForLifeClinicalLead', 1],
      ['practiceEducator', 1],
      ['businessSupport', 2],
    ],
  },
  ...HUBS.map(healthVisitingTeam),
  {
    organisation: 'NCHT',
    name: 'School Nursing Service',
    site: 'Kingsbridge Family Hub',
    manager: 'schoolNursingTeamLeader',
    members: [
      ['schoolNurse', 7],
      ['communityStaffNurse', 2],
    ],
  },
  {
    organisation: 'NCHT',
    name: 'Infant Feeding Team',
    site: 'Saltmarsh Bay Family Hub',
    manager: 'infantFeedingLead',
    members: [
      ['infantFeedingSpecialist', 3],
      ['peerSupportCoordinator', 1],
      ['breastfeedingPeerSupporter', 6],
    ],
  },
  {
    organisation: 'NCHT',
    name: 'Community Midwifery North',
    site: 'Ashbury Family Hub',
    manager: 'communityMidwiferyLead',
    members: [
      ['midwife', 7],
      ['midwife', 1, AGENCY],
      ['maternitySupportWorker', 2],
      ['studentMidwife', 1],
    ],
  },
  {
    organisation: 'NCHT',
    name: 'Community Midwifery Coast',
    site: 'Saltmarsh Bay Family Hub',
    manager: 'communityMidwiferyLead',
    members: [
      ['midwife', 7],
      ['maternitySupportWorker', 2],
      ['studentMidwife', 1],
    ],
  },

  {
    organisation: 'SBPS',
    name: 'Senior Leadership Team',
    site: 'Saltmarsh Bay Primary School Family Room',
    manager: 'headteacher',
    members: [
      ['designatedSafeguardingLead', 1],
      ['senco', 1],
      ['businessSupport', 1],
    ],
  },
  {
    organisation: 'SBPS',
    name: 'Early Years and Nursery',
    site: 'Saltmarsh Bay Primary School Family Room',
    manager: 'earlyYearsLead',
    members: [
      ['earlyYearsTeacher', 2],
      ['nurseryPractitioner', 4],
      ['teachingAssistant', 4],
    ],
  },
  {
    organisation: 'SBPS',
    name: 'Pastoral and Family Support',
    site: 'Saltmarsh Bay Primary School Family Room',
    manager: 'inclusionLead',
    members: [
      ['familyLiaisonOfficer', 2],
      ['learningMentor', 1],
      ['readingVolunteer', 2],
    ],
  },
  {
    organisation: 'KBA',
    name: 'Senior Leadership Team',
    site: 'Kingsbridge Academy Wellbeing Centre',
    manager: 'principal',
    members: [
      ['designatedSafeguardingLead', 1],
      ['senco', 1],
    ],
  },
  {
    organisation: 'KBA',
    name: 'Pastoral and Safeguarding Team',
    site: 'Kingsbridge Academy Wellbeing Centre',
    manager: 'headOfPastoralCare',
    members: [
      ['pastoralSupportOfficer', 4],
      ['attendanceOfficer', 2],
      ['learningMentor', 2],
    ],
  },

  {
    organisation: 'NCMH',
    name: 'Children, Young People and Families Directorate',
    site: null,
    manager: 'clinicalDirector',
    members: [['businessSupport', 1]],
  },
  {
    organisation: 'NCMH',
    name: 'Perinatal Mental Health Team',
    site: 'Ashbury Family Hub',
    manager: 'perinatalTeamManager',
    members: [
      ['perinatalPractitioner', 6],
      ['clinicalPsychologist', 1],
      ['peerSupportWorker', 2],
    ],
  },
  {
    organisation: 'NCMH',
    name: 'Parent-Infant Relationship Service',
    site: 'Oldcastle Family Hub',
    manager: 'parentInfantLead',
    members: [
      ['parentInfantPsychotherapist', 2],
      ['parentInfantPractitioner', 2],
    ],
  },
  {
    organisation: 'NCMH',
    name: 'Mental Health Support Team in Schools',
    site: 'Kingsbridge Academy Wellbeing Centre',
    manager: 'mhstManager',
    members: [
      ['seniorMentalHealthPractitioner', 1],
      ['educationMentalHealthPractitioner', 6],
    ],
  },
  {
    organisation: 'NCMH',
    name: 'CAMHS Early Support',
    site: 'Kingsbridge Family Hub',
    manager: 'camhsTeamLeader',
    members: [['camhsPractitioner', 5]],
  },

  {
    organisation: 'HSN',
    name: 'Home-Start Central Team',
    site: 'Thornley Moor Family Hub',
    manager: 'schemeManager',
    members: [
      ['financeOfficer', 1],
      ['fundraisingOfficer', 1],
    ],
  },
  {
    organisation: 'HSN',
    name: 'Home-Visiting and Family Groups',
    site: 'Thornley Moor Family Hub',
    manager: 'familySupportManager',
    members: [
      ['volunteerCoordinator', 3],
      ['homeVisitingVolunteer', 18],
      ['stayAndPlayVolunteer', 6],
    ],
  },
  {
    organisation: 'ADVN',
    name: 'Advice Services',
    site: 'Oldcastle Family Hub',
    manager: 'adviceServicesManager',
    members: [
      ['generalistAdviser', 3],
      ['moneyAdviser', 2],
      ['adviceVolunteerCoordinator', 1],
      ['volunteerAdviser', 9],
      ['gatewayAssessor', 3],
    ],
  },
  {
    organisation: 'NPCF',
    name: 'Forum Team',
    site: 'Kingsbridge Family Hub',
    manager: 'forumCoordinator',
    members: [
      ['participationWorker', 2],
      ['peerSupportLead', 1],
      ['parentCarerPeerSupporter', 7],
      ['stayAndPlayVolunteer', 3],
    ],
  },
];
