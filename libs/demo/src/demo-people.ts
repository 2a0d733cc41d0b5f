import { Role } from '@kindred/auth';
import type { RoleKey } from './workforce/roles';

export const DEMO_PASSWORD = 'family-hubs-demo';

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  job: string;
  /** Where the demo workforce places them: the first post of this role in this team. */
  placement: { organisation: string; team: string; post: RoleKey };
}

/** One demo sign-in per role, named like the people who hold these jobs in a Family Hub. */
export const DEMO_USERS: DemoUser[] = [
  {
    email: 'admin@northshire.example',
    displayName: 'Sam Okafor',
    role: Role.PLATFORM_ADMIN,
    job: 'Kindred platform administrator',
    placement: { organisation: 'NCC-CS', team: 'Family Hubs Strategic Team', post: 'platformAdmin' },
  },
  {
    email: 'lead@northshire.example',
    displayName: 'Priya Shah',
    role: Role.WORKFORCE_LEAD,
    job: 'Family Hubs workforce development lead',
    placement: { organisation: 'NCC-CS', team: 'Family Hubs Strategic Team', post: 'workforceLead' },
  },
  {
    email: 'partner.admin@northshire.example',
    displayName: 'Gareth Lloyd',
    role: Role.PARTNER_ADMIN,
    job: 'Partnership officer, Northshire Community Health NHS Trust',
    placement: { organisation: 'NCHT', team: "Children's Community Services Leadership", post: 'partnershipOfficer' },
  },
  {
    email: 'manager@northshire.example',
    displayName: 'Aisha Rahman',
    role: Role.MANAGER,
    job: 'Family hub team manager',
    placement: { organisation: 'NCC-CS', team: 'Ashbury Family Hub Team', post: 'hubTeamManager' },
  },
  {
    email: 'volunteers@northshire.example',
    displayName: 'Bethan Evans',
    role: Role.VOLUNTEER_COORDINATOR,
    job: 'Volunteer coordinator, Home-Start Northshire',
    placement: { organisation: 'HSN', team: 'Home-Visiting and Family Groups', post: 'volunteerCoordinator' },
  },
  {
    email: 'supervisor@northshire.example',
    displayName: 'Marcus Bell',
    role: Role.SUPERVISOR,
    job: 'Advanced practitioner and practice supervisor',
    placement: { organisation: 'NCC-CS', team: 'Early Help Practice Team', post: 'advancedPractitioner' },
  },
  {
    email: 'trainer@northshire.example',
    displayName: 'Helen Carter',
    role: Role.TRAINER,
    job: 'Trainer, Northshire Safeguarding Children Partnership',
    placement: {
      organisation: 'NCC-CS',
      team: 'Safeguarding Children Partnership Business Unit',
      post: 'safeguardingTrainer',
    },
  },
  {
    email: 'learner@northshire.example',
    displayName: 'Jordan Reid',
    role: Role.LEARNER,
    job: 'Family hub navigator',
    placement: { organisation: 'NCC-CS', team: 'Ashbury Family Hub Team', post: 'navigator' },
  },
];
