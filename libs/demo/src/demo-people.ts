import { Role } from '@kindred/auth';

export const DEMO_PASSWORD = 'family-hubs-demo';

/** One demo sign-in per role, named like the people who hold these jobs in a Family Hub. */
export const DEMO_USERS: { email: string; displayName: string; role: Role; job: string }[] = [
  {
    email: 'admin@northshire.example',
    displayName: 'Sam Okafor',
    role: Role.PLATFORM_ADMIN,
    job: 'Kindred platform administrator',
  },
  {
    email: 'lead@northshire.example',
    displayName: 'Priya Shah',
    role: Role.WORKFORCE_LEAD,
    job: 'Family Hubs workforce development lead',
  },
  {
    email: 'partner.admin@northshire.example',
    displayName: 'Gareth Lloyd',
    role: Role.PARTNER_ADMIN,
    job: 'Partnership officer, Northshire Community Health NHS Trust',
  },
  {
    email: 'manager@northshire.example',
    displayName: 'Aisha Rahman',
    role: Role.MANAGER,
    job: 'Family hub team manager',
  },
  {
    email: 'volunteers@northshire.example',
    displayName: 'Bethan Evans',
    role: Role.VOLUNTEER_COORDINATOR,
    job: 'Volunteer coordinator, Home-Start Northshire',
  },
  {
    email: 'supervisor@northshire.example',
    displayName: 'Marcus Bell',
    role: Role.SUPERVISOR,
    job: 'Advanced practitioner and practice supervisor',
  },
  {
    email: 'trainer@northshire.example',
    displayName: 'Helen Carter',
    role: Role.TRAINER,
    job: 'Trainer, Northshire Safeguarding Children Partnership',
  },
  { email: 'learner@northshire.example', displayName: 'Jordan Reid', role: Role.LEARNER, job: 'Family hub navigator' },
];
