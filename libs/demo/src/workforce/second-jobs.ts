import { EmploymentType } from '@kindred/org';
import type { RoleKey } from './roles';
import { HUBS } from './sites';

/** A team, named as [organisation code, team name]. */
export type TeamRef = [string, string];

/**
 * A second job for someone the team tables already made: the `nth` longest-serving (from 0)
 * holder of `role` in `from` also works in `to`. One person, two assignments.
 */
export interface SecondJobSpec {
  from: TeamRef;
  role: RoleKey;
  nth: number;
  to: TeamRef;
  /** The job in `to`: its DBS level, and its title unless `title` says otherwise. */
  as: RoleKey;
  title?: string;
  type: EmploymentType;
  hoursPerWeek: number;
}

const { SECONDED, VOLUNTEER } = EmploymentType;

export const SECOND_JOBS: SecondJobSpec[] = [
  // Health visitors seconded part-time into four hub teams for the Start for Life offer.
  ...HUBS.slice(0, 4).map((hub): SecondJobSpec => ({
    from: ['NCHT', `${hub.locality} Health Visiting Team`],
    role: 'healthVisitor',
    nth: 0,
    to: ['NCC-CS', `${hub.name} Team`],
    as: 'healthVisitor',
    title: 'Start for Life health visitor (seconded)',
    type: SECONDED,
    hoursPerWeek: 15,
  })),
  {
    from: ['NCMH', 'CAMHS Early Support'],
    role: 'camhsPractitioner',
    nth: 0,
    to: ['NCC-CS', 'Kingsbridge Family Hub Team'],
    as: 'camhsPractitioner',
    title: "Children and young people's mental health practitioner (seconded)",
    type: SECONDED,
    hoursPerWeek: 18.5,
  },
  // Staff who volunteer with a VCFSE partner in their own time.
  {
    from: ['NCC-CS', 'Ashbury Family Hub Team'],
    role: 'familySupportWorker',
    nth: 2,
    to: ['HSN', 'Home-Visiting and Family Groups'],
    as: 'homeVisitingVolunteer',
    type: VOLUNTEER,
    hoursPerWeek: 3,
  },
  {
    from: ['SBPS', 'Early Years and Nursery'],
    role: 'teachingAssistant',
    nth: 0,
    to: ['NPCF', 'Forum Team'],
    as: 'parentCarerPeerSupporter',
    type: VOLUNTEER,
    hoursPerWeek: 2,
  },
  {
    from: ['NCC-CS', 'Family Hubs Strategic Team'],
    role: 'businessSupport',
    nth: 1,
    to: ['ADVN', 'Advice Services'],
    as: 'volunteerAdviser',
    type: VOLUNTEER,
    hoursPerWeek: 4,
  },
  {
    from: ['NCMH', 'Perinatal Mental Health Team'],
    role: 'peerSupportWorker',
    nth: 0,
    to: ['HSN', 'Home-Visiting and Family Groups'],
    as: 'stayAndPlayVolunteer',
    type: VOLUNTEER,
    hoursPerWeek: 2,
  },
  {
    from: ['KBA', 'Pastoral and Safeguarding Team'],
    role: 'pastoralSupportOfficer',
    nth: 1,
    to: ['NCC-CS', 'Targeted Youth Support Team'],
    as: 'youthClubVolunteer',
    type: VOLUNTEER,
    hoursPerWeek: 3,
  },
];
