// The roles offered here; the API refuses any the inviter may not give, and says so.
export const ROLE_CHOICES = [
  { id: 'LEARNER', name: 'Learner: finds and books training' },
  { id: 'MANAGER', name: 'Manager: approves bookings, records supervision' },
  { id: 'VOLUNTEER_COORDINATOR', name: 'Volunteer coordinator' },
  { id: 'SUPERVISOR', name: 'Supervisor' },
  { id: 'TRAINER', name: 'Trainer: takes registers' },
  { id: 'PARTNER_ADMIN', name: 'Partner admin: keeps their organisation’s people' },
  { id: 'WORKFORCE_LEAD', name: 'Workforce lead' },
  { id: 'PLATFORM_ADMIN', name: 'Platform administrator: runs Kindred' },
];

export const roleName = (role: string): string => ROLE_CHOICES.find((c) => c.id === role)?.name.split(':')[0] ?? role;
