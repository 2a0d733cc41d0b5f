import type { JobAssignment } from '../people/job-assignment.entity';
import type { Person } from '../people/person.entity';

/** The snapshot an audit entry compares, in the words people see. */
export const personFields = (p: Person) => ({
  givenName: p.givenName,
  familyName: p.familyName,
  email: p.email,
  employeeNumber: p.employeeNumber,
  phone: p.phone,
});
export const assignmentFields = (a: JobAssignment) => ({
  organisation: a.organisation.id,
  team: a.team?.id ?? null,
  jobTitle: a.jobTitle,
  employmentType: a.employmentType,
  hoursPerWeek: a.hoursPerWeek,
  startDate: a.startDate,
  endDate: a.endDate,
  lineManager: a.lineManager?.id ?? null,
});
