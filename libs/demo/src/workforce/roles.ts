import { DbsLevel, EmploymentType } from '@kindred/org';

export interface RoleSpec {
  title: string;
  /** The DBS check the role needs; null for roles with no contact with families. */
  dbs: DbsLevel | null;
  /** STAFF unless said otherwise; a team member's entry can override it (AGENCY). */
  type?: EmploymentType;
  /** Volunteers in the same team report to people in this role (their volunteer coordinator). */
  coordinatesVolunteers?: boolean;
}

const { BASIC, STANDARD, ENHANCED, ENHANCED_WITH_BARRED_LISTS: BARRED } = DbsLevel;
const { VOLUNTEER, STUDENT } = EmploymentType;

/** Every job the demo fills, keyed for the team tables. Titles follow Family Hub job adverts. */
export const ROLES = {
  // Northshire County Council: strategy, family hubs, early help, youth, safeguarding partnership
  headOfFamilyHubs: { title: 'Head of Family Hubs and Start for Life', dbs: null },
  startForLifeLead: { title: 'Start for Life programme lead', dbs: null },
  workforceLead: { title: 'Family Hubs workforce development lead', dbs: null },
  platformAdmin: { title: 'Kindred platform administrator', dbs: null },
  dataOfficer: { title: 'Family hubs data and performance officer', dbs: null },
  commissioningOfficer: { title: 'Commissioning and VCFSE partnerships officer', dbs: null },
  engagementOfficer: { title: 'Parent and youth voice engagement officer', dbs: ENHANCED },
  businessSupport: { title: 'Business support officer', dbs: null },
  hubTeamManager: { title: 'Family hub team manager', dbs: BARRED },
  hubCoordinator: { title: 'Family hub coordinator', dbs: ENHANCED },
  receptionist: { title: 'Family hub receptionist', dbs: ENHANCED },
  navigator: { title: 'Family hub navigator', dbs: BARRED },
  seniorFamilySupportWorker: { title: 'Senior family support worker', dbs: BARRED },
  familySupportWorker: { title: 'Family support worker', dbs: BARRED },
  earlyHelpPractitioner: { title: 'Early help practitioner', dbs: BARRED },
  parentingPractitioner: { title: 'Parenting practitioner', dbs: BARRED },
  youthWorker: { title: 'Youth worker', dbs: BARRED },
  earlyYearsPractitioner: { title: 'Early years practitioner', dbs: BARRED },
  earlyHelpManager: { title: 'Early help service manager', dbs: BARRED },
  advancedPractitioner: { title: 'Advanced practitioner and practice supervisor', dbs: BARRED },
  socialWorkStudent: { title: 'Social work student (placement)', dbs: BARRED, type: STUDENT },
  youthServiceManager: { title: 'Targeted youth support manager', dbs: BARRED },
  seniorYouthWorker: { title: 'Senior youth worker', dbs: BARRED, coordinatesVolunteers: true },
  youthClubVolunteer: { title: 'Youth club volunteer', dbs: BARRED, type: VOLUNTEER },
  portageLead: { title: 'Portage and early years outreach team leader', dbs: BARRED },
  portageHomeVisitor: { title: 'Portage home visitor', dbs: BARRED },
  informationServiceLead: { title: 'Family information service lead', dbs: null },
  informationOfficer: { title: 'Family information and advice officer', dbs: BASIC },
  safeguardingBusinessManager: { title: 'Safeguarding children partnership business manager', dbs: ENHANCED },
  safeguardingTrainer: { title: 'Safeguarding children partnership trainer', dbs: ENHANCED },
  learningCoordinator: { title: 'Multi-agency learning coordinator', dbs: null },

  // Northshire Community Health NHS Trust: health visiting, school nursing, infant feeding, midwifery
  associateDirector: { title: "Associate Director, Children's Community Services", dbs: null },
  partnershipOfficer: { title: 'Partnership officer', dbs: null },
  startForLifeClinicalLead: { title: 'Start for Life clinical lead', dbs: BARRED },
  practiceEducator: { title: 'Practice educator, health visiting', dbs: BARRED },
  healthVisitingTeamLeader: { title: 'Health visiting team leader', dbs: BARRED },
  healthVisitor: { title: 'Health visitor', dbs: BARRED },
  communityNurseryNurse: { title: 'Community nursery nurse', dbs: BARRED },
  communityStaffNurse: { title: 'Community staff nurse', dbs: BARRED },
  healthVisitingAdministrator: { title: 'Health visiting administrator', dbs: STANDARD },
  studentHealthVisitor: { title: 'Student health visitor (SCPHN)', dbs: BARRED, type: STUDENT },
  schoolNursingTeamLeader: { title: 'School nursing team leader', dbs: BARRED },
  schoolNurse: { title: 'School nurse', dbs: BARRED },
  infantFeedingLead: { title: 'Infant feeding lead', dbs: BARRED },
  infantFeedingSpecialist: { title: 'Infant feeding specialist', dbs: BARRED },
  peerSupportCoordinator: {
    title: 'Breastfeeding peer support coordinator',
    dbs: BARRED,
    coordinatesVolunteers: true,
  },
  breastfeedingPeerSupporter: { title: 'Breastfeeding peer supporter', dbs: ENHANCED, type: VOLUNTEER },
  communityMidwiferyLead: { title: 'Community midwifery team leader', dbs: BARRED },
  midwife: { title: 'Community midwife', dbs: BARRED },
  maternitySupportWorker: { title: 'Maternity support worker', dbs: BARRED },
  studentMidwife: { title: 'Student midwife', dbs: BARRED, type: STUDENT },

  // Schools
  headteacher: { title: 'Headteacher', dbs: BARRED },
  principal: { title: 'Principal', dbs: BARRED },
  designatedSafeguardingLead: { title: 'Deputy headteacher and designated safeguarding lead', dbs: BARRED },
  senco: { title: 'Special educational needs coordinator (SENCo)', dbs: BARRED },
  earlyYearsLead: { title: 'Early years foundation stage lead', dbs: BARRED },
  earlyYearsTeacher: { title: 'Early years teacher', dbs: BARRED },
  nurseryPractitioner: { title: 'Nursery practitioner', dbs: BARRED },
  teachingAssistant: { title: 'Teaching assistant', dbs: BARRED },
  inclusionLead: { title: 'Inclusion and family support lead', dbs: BARRED, coordinatesVolunteers: true },
  familyLiaisonOfficer: { title: 'Family liaison officer', dbs: BARRED },
  learningMentor: { title: 'Learning mentor', dbs: BARRED },
  readingVolunteer: { title: 'Reading volunteer', dbs: ENHANCED, type: VOLUNTEER },
  headOfPastoralCare: { title: 'Head of pastoral care', dbs: BARRED },
  pastoralSupportOfficer: { title: 'Pastoral support officer', dbs: BARRED },
  attendanceOfficer: { title: 'Attendance and inclusion officer', dbs: BARRED },

  // Northshire & Coast Mental Health NHS Foundation Trust
  clinicalDirector: { title: 'Clinical director, children, young people and families', dbs: BARRED },
  perinatalTeamManager: { title: 'Perinatal mental health team manager', dbs: BARRED },
  perinatalPractitioner: { title: 'Perinatal mental health practitioner', dbs: BARRED },
  clinicalPsychologist: { title: 'Clinical psychologist', dbs: BARRED },
  peerSupportWorker: { title: 'Peer support worker (lived experience)', dbs: BARRED },
  parentInfantLead: { title: 'Parent-infant relationship team lead', dbs: BARRED },
  parentInfantPsychotherapist: { title: 'Parent-infant psychotherapist', dbs: BARRED },
  parentInfantPractitioner: { title: 'Parent-infant practitioner', dbs: BARRED },
  mhstManager: { title: 'Mental health support team manager', dbs: BARRED },
  educationMentalHealthPractitioner: { title: 'Education mental health practitioner', dbs: BARRED },
  seniorMentalHealthPractitioner: { title: 'Senior mental health practitioner', dbs: BARRED },
  camhsTeamLeader: { title: 'CAMHS early support team leader', dbs: BARRED },
  camhsPractitioner: { title: 'CAMHS early support practitioner', dbs: BARRED },

  // VCFSE partners
  schemeManager: { title: 'Scheme manager', dbs: BARRED },
  financeOfficer: { title: 'Finance and administration officer', dbs: STANDARD },
  fundraisingOfficer: { title: 'Fundraising and communications officer', dbs: null },
  familySupportManager: { title: 'Family support and volunteering manager', dbs: BARRED },
  volunteerCoordinator: { title: 'Volunteer coordinator', dbs: BARRED, coordinatesVolunteers: true },
  homeVisitingVolunteer: { title: 'Home-visiting volunteer', dbs: BARRED, type: VOLUNTEER },
  stayAndPlayVolunteer: { title: 'Stay-and-play volunteer', dbs: ENHANCED, type: VOLUNTEER },
  adviceServicesManager: { title: 'Advice services manager', dbs: BASIC },
  generalistAdviser: { title: 'Generalist adviser', dbs: BASIC },
  moneyAdviser: { title: 'Debt and money adviser', dbs: BASIC },
  adviceVolunteerCoordinator: {
    title: 'Volunteer and training coordinator',
    dbs: BASIC,
    coordinatesVolunteers: true,
  },
  volunteerAdviser: { title: 'Volunteer adviser', dbs: BASIC, type: VOLUNTEER },
  gatewayAssessor: { title: 'Volunteer gateway assessor', dbs: BASIC, type: VOLUNTEER },
  forumCoordinator: { title: 'Forum coordinator', dbs: ENHANCED },
  participationWorker: { title: 'Participation and engagement worker', dbs: ENHANCED },
  peerSupportLead: { title: 'Peer support coordinator', dbs: ENHANCED, coordinatesVolunteers: true },
  parentCarerPeerSupporter: { title: 'Parent carer peer supporter', dbs: ENHANCED, type: VOLUNTEER },
} as const satisfies Record<string, RoleSpec>;

export type RoleKey = keyof typeof ROLES;

export const roleSpec = (key: RoleKey): RoleSpec => ROLES[key];
