import type { Role } from '../types';

/** Plain-English names of the roles. */
export const ROLE_GUIDE: Record<Role, { label: string }> = {
  PLATFORM_ADMIN: { label: 'Platform administrator' },
  WORKFORCE_LEAD: { label: 'Workforce lead' },
  PARTNER_ADMIN: { label: 'Partner administrator' },
  MANAGER: { label: 'Manager' },
  VOLUNTEER_COORDINATOR: { label: 'Volunteer coordinator' },
  SUPERVISOR: { label: 'Supervisor' },
  TRAINER: { label: 'Trainer' },
  LEARNER: { label: 'Learner' },
};
