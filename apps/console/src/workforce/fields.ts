import type { Selections } from '../data/buildQuery';
import { TRAINING_SELECTIONS } from '../training/fields';

/**
 * What each workforce page reads. Lists ask only for what their rows show: the API prices a list
 * at its children times `perPage`, and a person's jobs, line managers and their jobs add up.
 */
const ORGANISATION = `{ id name code kind statutory status contactName contactEmail contactPhone createdAt updatedAt }`;

const ROOM = `{ id name capacity accessibilityNotes }`;

const SCALE = `{ id name description cumulative levels { rank name description } updatedAt }`;

const JOB_SUMMARY = `{ id jobTitle employmentType active startDate endDate organisation { id name } team { id name } }`;

export const WORKFORCE_SELECTIONS: Partial<Record<string, Selections>> = {
  ...TRAINING_SELECTIONS,
  Organisation: { list: ORGANISATION, one: ORGANISATION },
  Site: {
    list: `{ id name kind locality town postcode hub { id name } }`,
    one: `{ id name kind addressLine1 addressLine2 town postcode locality createdAt updatedAt
      hub { id name } rooms ${ROOM} }`,
  },
  Team: {
    list: `{ id name createdAt updatedAt organisation { id name code } site { id name kind } manager { id fullName email } }`,
    one: `{ id name createdAt updatedAt organisation { id name code } site { id name kind } manager { id fullName email } }`,
  },
  Person: {
    list: `{ id givenName familyName fullName email employeeNumber active assignments ${JOB_SUMMARY} }`,
    one: `{ id givenName familyName fullName email employeeNumber phone active hasAccount createdAt updatedAt
      assignments { id jobTitle employmentType hoursPerWeek startDate endDate active
        organisation { id name } team { id name } lineManager { id fullName } roleProfile { id name } }
      dbsChecks { id level certificateNumber certificateDate updateService recheckDue createdAt }
      account { id email roles { role organisationId } } }`,
  },
  ProficiencyScale: { list: `{ id name cumulative levels { rank name } }`, one: SCALE },
  CompetencyFramework: {
    list: `{ id code name version effectiveFrom effectiveTo scale { id name } }`,
    one: `{ id code name version description source effectiveFrom effectiveTo levelRule selfAssessmentCounts updatedAt
      scale ${SCALE} competencies { id code name description kind parentId position validForMonths indicators { level text } } }`,
  },
  RoleProfile: {
    list: `{ id name description assignmentCount }`,
    one: `{ id name description assignmentCount updatedAt
      requirements { id level levelName priority withinDays competency { id code name frameworkId framework { id name } } } }`,
  },
};

export const ROOM_FIELDS = ROOM;
