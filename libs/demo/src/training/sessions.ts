import { TITLES } from './catalogue';

/** Who trains: the demo trainer, or the first current holder of a job title who is not a demo sign-in. */
export type TrainerSpec = 'demo trainer' | { jobTitle: string };

export interface SessionSpec {
  course: string;
  /** Days from today to the first part; each part then a number of days after the one before. */
  inDays: number;
  /** Weekend days move to the Monday; times are London times. */
  parts: { after: number; from: string; to: string }[];
  site: string;
  room: string;
  online: boolean;
  capacity: number;
  trainers: TrainerSpec[];
  /** Share of the places held for VCFSE organisations until two weeks before. */
  vcfseShare?: number;
}

const SAFEGUARDING_TRAINER = { jobTitle: 'Safeguarding children partnership trainer' };
const LEARNING_COORDINATOR = { jobTitle: 'Multi-agency learning coordinator' };
const PRACTICE_EDUCATOR = { jobTitle: 'Practice educator, health visiting' };
const PRACTICE_SUPERVISOR = { jobTitle: 'Advanced practitioner and practice supervisor' };
const INFANT_FEEDING_LEAD = { jobTitle: 'Infant feeding lead' };
const INFANT_FEEDING_SPECIALIST = { jobTitle: 'Infant feeding specialist' };

const ONLINE = { site: 'Northshire Virtual Family Hub', room: 'Online Meeting Room', online: true };
const hours = (from: string, to: string) => ({ after: 0, from, to });
const FULL_DAY = hours('09:30', '16:00');
const MHFA_DAY = hours('09:00', '16:00');
/** A further part, this many days after the one before. */
const later = (after: number, part = FULL_DAY) => ({ ...part, after });

/**
 * The demo's sessions: some run and completed, some published and open for booking. Sessions that
 * share a room or a trainer are at least three days apart, so moving a weekend day to the Monday
 * never makes them clash.
 */
export const SESSIONS: SessionSpec[] = [
  // Completed
  {
    course: TITLES.safeguarding3,
    inDays: -61,
    parts: [FULL_DAY],
    site: 'Ashbury Family Hub',
    room: 'Training Room',
    online: false,
    capacity: 16,
    trainers: ['demo trainer', SAFEGUARDING_TRAINER],
  },
  {
    course: TITLES.solihull,
    inDays: -80,
    parts: [FULL_DAY, later(14)],
    site: 'Kingsbridge Family Hub',
    room: 'Riverside Room',
    online: false,
    capacity: 20,
    trainers: [PRACTICE_EDUCATOR],
  },
  {
    course: TITLES.traumaSkilled,
    inDays: -45,
    parts: [FULL_DAY],
    site: 'Saltmarsh Bay Family Hub',
    room: 'Training Room',
    online: false,
    capacity: 18,
    trainers: [LEARNING_COORDINATOR],
  },
  {
    course: TITLES.safeguarding1,
    inDays: -30,
    parts: [hours('10:00', '12:00')],
    ...ONLINE,
    capacity: 60,
    trainers: ['demo trainer'],
  },
  // Published
  {
    course: TITLES.safeguarding2,
    inDays: 12,
    parts: [hours('09:30', '12:30')],
    ...ONLINE,
    capacity: 40,
    trainers: ['demo trainer'],
  },
  {
    course: TITLES.traumaInformed,
    inDays: 19,
    parts: [hours('13:30', '16:00')],
    ...ONLINE,
    capacity: 60,
    trainers: [LEARNING_COORDINATOR],
  },
  {
    course: TITLES.fiveToThrive,
    inDays: 24,
    parts: [hours('09:30', '13:00')],
    site: 'Thornley Moor Family Hub',
    room: 'Play Room',
    online: false,
    capacity: 16,
    trainers: [INFANT_FEEDING_LEAD],
  },
  {
    course: TITLES.infantFeeding,
    inDays: 31,
    parts: [FULL_DAY],
    site: 'Saltmarsh Bay Family Hub',
    room: 'Training Room',
    online: false,
    capacity: 18,
    trainers: [INFANT_FEEDING_SPECIALIST],
  },
  {
    course: TITLES.relational,
    inDays: 34,
    parts: [FULL_DAY],
    site: 'Saltmarsh Bay Family Hub',
    room: 'Harbour Room',
    online: false,
    capacity: 20,
    trainers: [LEARNING_COORDINATOR],
    vcfseShare: 0.2,
  },
  {
    course: TITLES.safeguarding3,
    inDays: 38,
    parts: [FULL_DAY],
    site: 'Oldcastle Family Hub',
    room: 'Training Room',
    online: false,
    capacity: 12,
    trainers: ['demo trainer', SAFEGUARDING_TRAINER],
  },
  {
    course: TITLES.earlyHelp,
    inDays: 42,
    parts: [hours('09:30', '15:00')],
    site: 'Westfield Community Centre',
    room: 'Main Hall',
    online: false,
    capacity: 24,
    trainers: [PRACTICE_SUPERVISOR],
  },
  {
    course: TITLES.solihull,
    inDays: 48,
    parts: [FULL_DAY, later(14)],
    site: 'Kingsbridge Family Hub',
    room: 'Riverside Room',
    online: false,
    capacity: 20,
    trainers: [PRACTICE_EDUCATOR],
  },
  {
    course: TITLES.mhfa,
    inDays: 55,
    parts: [MHFA_DAY, later(1, MHFA_DAY)],
    site: 'Fenwick Valley Family Hub',
    room: 'Schoolroom',
    online: false,
    capacity: 16,
    trainers: [],
  },
];
