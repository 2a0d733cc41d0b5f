import type { Selections } from '../data/buildQuery';

/**
 * What the training resources read. Lists stay lean: the API prices a list at its fields times
 * `perPage`, and a session's places are counted per row.
 */
const PROVIDER = `{ id name kind contactEmail website organisation { id name } }`;

const COURSE_ROW = `id title mode durationMinutes cpdMinutes validityMonths reminderMonths costPerPlacePence status
  provider { id name }`;

/** A session in a table: when, where and how full. */
export const SESSION_ROW = `id status startsAt endsAt registrationClosesAt onlineUrl site { id name }
  places { capacity free waitlisted }`;

const SESSION = `{ id status startsAt endsAt capacity minimumNumbers minimumCutoffAt registrationOpensAt
  registrationClosesAt cancellationCutoffAt offerHours onlineUrl publishedAt cancellationReason checkInCode
  course { id title mode durationMinutes provider { id name } }
  parts { id startsAt endsAt position }
  quotas { id organisationId organisationKind seats releaseAt }
  trainers { id fullName }
  site { id name } room { id name capacity }
  places { capacity confirmed offered waitlisted pendingApproval free } }`;

export const TRAINING_SELECTIONS: Partial<Record<string, Selections>> = {
  TrainingProvider: { list: PROVIDER, one: PROVIDER },
  Course: {
    list: `{ ${COURSE_ROW} }`,
    one: `{ ${COURSE_ROW} summary outcomes demand
      audience { roleProfileIds employmentTypes organisationIds }
      grants { competencyId level }
      prerequisites { courseId competencyId level }
      sessions { ${SESSION_ROW} parts { id startsAt endsAt position } } }`,
  },
  TrainingSession: {
    list: `{ id status startsAt endsAt course { id title } site { id name } }`,
    one: SESSION,
  },
  // Course grants and prerequisites name competencies, with their scale's level names.
  Competency: {
    list: `{ id code name framework { id name scale { id levels { rank name } } } }`,
    one: `{ id code name framework { id name scale { id levels { rank name } } } }`,
  },
};
