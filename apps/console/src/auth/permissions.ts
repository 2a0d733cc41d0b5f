/** Which API permission each console screen needs; screens not listed here are not offered. */
const SCREEN_PERMISSIONS: Record<string, Partial<Record<string, string>>> = {
  Partnership: { list: 'partnership.read', show: 'partnership.read' },
  FailedJob: { list: 'job.read' },
  Organisation: {
    list: 'organisation.read',
    show: 'organisation.read',
    create: 'organisation.write',
    edit: 'organisation.write',
  },
  Site: { list: 'site.read', show: 'site.read', create: 'site.write', edit: 'site.write' },
  Team: { list: 'team.read', show: 'team.read', create: 'team.write', edit: 'team.write' },
  Person: { list: 'person.read', show: 'person.read', create: 'person.write', edit: 'person.write' },
  // Scales belong with frameworks: the API guards both with the framework permissions.
  ProficiencyScale: {
    list: 'framework.read',
    show: 'framework.read',
    create: 'framework.write',
    edit: 'framework.write',
  },
  CompetencyFramework: {
    list: 'framework.read',
    show: 'framework.read',
    create: 'framework.write',
    edit: 'framework.write',
  },
  RoleProfile: {
    list: 'roleProfile.read',
    show: 'roleProfile.read',
    create: 'roleProfile.write',
    edit: 'roleProfile.write',
  },
  Course: { list: 'training.read', show: 'training.read', create: 'training.write', edit: 'training.write' },
  TrainingProvider: { list: 'training.read', show: 'training.read', create: 'training.write', edit: 'training.write' },
  // Sessions are listed by the training calendar, a page of its own.
  TrainingSession: { show: 'training.read', create: 'training.write', edit: 'training.write' },
};

export const permissionFor = (resource: string, action: string): string | undefined =>
  SCREEN_PERMISSIONS[resource]?.[action];
