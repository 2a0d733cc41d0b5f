import type { Role } from '../types';

/** Plain-English names and what each role will be able to do as Kindred grows. */
export const ROLE_GUIDE: Record<Role, { label: string; coming: string }> = {
  PLATFORM_ADMIN: {
    label: 'Platform administrator',
    coming: 'You keep Kindred running for the partnership: its settings and any background work that needs a retry.',
  },
  WORKFORCE_LEAD: {
    label: 'Workforce lead',
    coming: "You will plan the partnership's training offer and see who it is reaching.",
  },
  PARTNER_ADMIN: {
    label: 'Partner administrator',
    coming: "You will look after your organisation's people in Kindred and what each of them can do.",
  },
  MANAGER: {
    label: 'Manager',
    coming: 'You will see the training your team has booked and agree time for it.',
  },
  VOLUNTEER_COORDINATOR: {
    label: 'Volunteer coordinator',
    coming: "You will keep track of volunteers' training and when their DBS checks are due again.",
  },
  SUPERVISOR: {
    label: 'Supervisor',
    coming: 'You will keep a record of supervision with the people you support.',
  },
  TRAINER: {
    label: 'Trainer',
    coming: 'You will run your sessions here: see who is booked and record who came.',
  },
  LEARNER: {
    label: 'Learner',
    coming: 'You will find training, book a place and keep a record of what you have done.',
  },
};
