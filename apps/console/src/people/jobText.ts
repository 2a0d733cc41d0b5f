import { formatDate, today } from '../workforce/dates';
import type { JobAssignment, Person } from '../workforce/types';

/** The jobs a person holds today. */
export const currentJobs = (person: Pick<Person, 'assignments'>): JobAssignment[] =>
  (person.assignments ?? []).filter((job) => job.active);

/** "Family support worker, Northshire Council" */
export const jobLabel = (job: Pick<JobAssignment, 'jobTitle' | 'organisation'>) =>
  `${job.jobTitle}, ${job.organisation.name}`;

/** Distinct organisation names, current jobs first (or every job when none is current). */
export const organisationNames = (person: Pick<Person, 'assignments'>): string[] => {
  const current = currentJobs(person);
  const jobs = current.length > 0 ? current : (person.assignments ?? []);
  return [...new Set(jobs.map((job) => job.organisation.name))];
};

export type JobStatus = 'CURRENT' | 'ENDING' | 'ENDED' | 'FUTURE';

/** A job ending on a later (or today's) date is still current until then. */
export const jobStatus = (job: Pick<JobAssignment, 'active' | 'startDate' | 'endDate'>): JobStatus =>
  job.active ? (job.endDate ? 'ENDING' : 'CURRENT') : job.startDate > today() ? 'FUTURE' : 'ENDED';

/** "Since 3 Sept 2024", "3 Sept 2024 to 31 Jan 2026" or "From 1 Oct 2026". */
export const jobDates = (job: Pick<JobAssignment, 'startDate' | 'endDate'>): string => {
  if (job.startDate > today()) {
    return job.endDate
      ? `${formatDate(job.startDate)} to ${formatDate(job.endDate)}`
      : `From ${formatDate(job.startDate)}`;
  }
  return job.endDate
    ? `${formatDate(job.startDate)} to ${formatDate(job.endDate)}`
    : `Since ${formatDate(job.startDate)}`;
};
