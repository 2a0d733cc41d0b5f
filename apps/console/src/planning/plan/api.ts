import { gql } from '@apollo/client';
import { useQuery } from '@tanstack/react-query';
import { mutate } from '../../skills/frameworks/api';
import { read } from '../../skills/gaps/client';
import type { Choices, Option, PlanStatus, TrainingNeed, WorkforcePlan, WorkforcePlanDetail } from './types';

const PLAN = `id period title summary startsOn endsOn ownerId partnerOrganisationIds status approvedAt`;
const DETAIL = `${PLAN}
  objectives { id title measureKind competencyId level courseId statementId targetPercent deadline baselinePercent
    population { organisationIds organisationKinds roleProfileIds employmentTypes siteIds }
    progress { asOf population meeting percent withheld note expectedPercent trajectory trendPer28Days
      byOrganisation { organisationId organisationName population meeting percent withheld note } }
    history { day percent } }
  actions { id title objectiveId ownerId dueOn status }
  versions { number status reason createdAt }`;

const PLANS = gql`query WorkforcePlans { workforcePlans { ${PLAN} } }`;
const ONE_PLAN = gql`query WorkforcePlan($id: ID!) { workforcePlan(id: $id) { ${DETAIL} } }`;
// One list per request: the API prices a query by its rows, and all six at once cost too much.
const CHOICES = {
  people: gql`
    query PlanPeople {
      people(filter: { active: true }, perPage: 500) {
        nodes {
          id
          fullName
        }
      }
    }
  `,
  organisations: gql`
    query PlanOrganisations {
      organisations(perPage: 500) {
        nodes {
          id
          name
        }
      }
    }
  `,
  roleProfiles: gql`
    query PlanRoleProfiles {
      roleProfiles(perPage: 500) {
        nodes {
          id
          name
        }
      }
    }
  `,
  sites: gql`
    query PlanSites {
      sites(perPage: 500) {
        nodes {
          id
          name
        }
      }
    }
  `,
  courses: gql`
    query PlanCourses {
      courses(perPage: 500) {
        nodes {
          id
          title
        }
      }
    }
  `,
  competencies: gql`
    query PlanCompetencies {
      competencies(perPage: 500) {
        nodes {
          id
          code
          name
        }
      }
    }
  `,
};
const STATEMENTS = gql`
  query PlanSurveyStatements {
    pulseSurveys {
      title
      statements {
        id
        text
        retired
      }
    }
  }
`;
const NEEDS = gql`
  query TrainingNeeds($filter: TrainingNeedsFilter) {
    trainingNeeds(filter: $filter) {
      courseId
      courseTitle
      siteId
      siteName
      organisationId
      organisationName
      needing
      essential
      overdue
      booked
      stillNeeded
    }
  }
`;
const CREATE = gql`
  mutation CreateWorkforcePlan($input: WorkforcePlanInput!) {
    createWorkforcePlan(input: $input) {
      id
    }
  }
`;
const UPDATE = gql`
  mutation UpdateWorkforcePlan($input: UpdateWorkforcePlanInput!) {
    updateWorkforcePlan(input: $input) {
      id
    }
  }
`;
const MOVE = gql`
  mutation MoveWorkforcePlan($input: MoveWorkforcePlanInput!) {
    moveWorkforcePlan(input: $input) {
      id
    }
  }
`;
const ADD_OBJECTIVE = gql`
  mutation AddPlanObjective($input: AddObjectiveInput!) {
    addPlanObjective(input: $input) {
      id
    }
  }
`;
const REMOVE_OBJECTIVE = gql`
  mutation RemovePlanObjective($id: ID!) {
    removePlanObjective(id: $id)
  }
`;
const ADD_ACTION = gql`
  mutation AddPlanAction($input: AddPlanActionInput!) {
    addPlanAction(input: $input) {
      id
    }
  }
`;
const UPDATE_ACTION = gql`
  mutation UpdatePlanAction($input: UpdatePlanActionInput!) {
    updatePlanAction(input: $input) {
      id
    }
  }
`;

export const useWorkforcePlans = () =>
  useQuery({
    queryKey: ['workforcePlans'],
    queryFn: async () => (await read<{ workforcePlans: WorkforcePlan[] }>(PLANS)).workforcePlans,
  });

export const useWorkforcePlan = (id: string | null) =>
  useQuery({
    queryKey: ['workforcePlan', id],
    enabled: id !== null,
    queryFn: async () => (await read<{ workforcePlan: WorkforcePlanDetail | null }>(ONE_PLAN, { id })).workforcePlan,
  });

interface ChoiceData {
  people: { nodes: { id: string; fullName: string }[] };
  organisations: { nodes: { id: string; name: string }[] };
  roleProfiles: { nodes: { id: string; name: string }[] };
  sites: { nodes: { id: string; name: string }[] };
  courses: { nodes: { id: string; title: string }[] };
  competencies: { nodes: { id: string; code: string; name: string }[] };
}

export const usePlanChoices = (enabled = true) =>
  useQuery({
    queryKey: ['planChoices'],
    enabled,
    queryFn: async (): Promise<Choices> => {
      const [people, organisations, roleProfiles, sites, courses, competencies] = await Promise.all([
        read<Pick<ChoiceData, 'people'>>(CHOICES.people),
        read<Pick<ChoiceData, 'organisations'>>(CHOICES.organisations),
        read<Pick<ChoiceData, 'roleProfiles'>>(CHOICES.roleProfiles),
        read<Pick<ChoiceData, 'sites'>>(CHOICES.sites),
        read<Pick<ChoiceData, 'courses'>>(CHOICES.courses),
        read<Pick<ChoiceData, 'competencies'>>(CHOICES.competencies),
      ]);
      const data: ChoiceData = {
        ...people,
        ...organisations,
        ...roleProfiles,
        ...sites,
        ...courses,
        ...competencies,
      };
      return {
        people: data.people.nodes.map((p) => ({ id: p.id, name: p.fullName })),
        organisations: data.organisations.nodes,
        roleProfiles: data.roleProfiles.nodes,
        sites: data.sites.nodes,
        courses: data.courses.nodes.map((c) => ({ id: c.id, name: c.title })),
        competencies: data.competencies.nodes.map((c) => ({ id: c.id, name: `${c.code} ${c.name}` })),
      };
    },
  });

/** Pulse survey statements still asked, named with their survey: for objectives measuring agreement. */
export const useSurveyStatements = (enabled: boolean) =>
  useQuery({
    queryKey: ['planSurveyStatements'],
    enabled,
    queryFn: async (): Promise<Option[]> =>
      (
        await read<{ pulseSurveys: { title: string; statements: { id: string; text: string; retired: boolean }[] }[] }>(
          STATEMENTS,
        )
      ).pulseSurveys.flatMap((survey) =>
        survey.statements.filter((s) => !s.retired).map((s) => ({ id: s.id, name: `${survey.title}: ${s.text}` })),
      ),
  });

export const useTrainingNeeds = () =>
  useQuery({
    queryKey: ['trainingNeeds'],
    queryFn: async () => (await read<{ trainingNeeds: TrainingNeed[] }>(NEEDS)).trainingNeeds,
  });

export interface PlanFields {
  period: string;
  title: string;
  summary: string;
  startsOn: string;
  endsOn: string;
  ownerId: string;
  partnerOrganisationIds: string[];
}

export interface ObjectiveFields {
  title: string;
  measure: string;
  competencyId: string | null;
  level: number | null;
  courseId: string | null;
  statementId: string | null;
  targetPercent: number;
  deadline: string;
  population: {
    organisationIds: string[];
    organisationKinds: string[];
    roleProfileIds: string[];
    employmentTypes: string[];
    siteIds: string[];
  };
}

export interface ActionFields {
  title: string;
  objectiveId: string | null;
  ownerId: string;
  dueOn: string;
  status: string;
}

export const createPlan = (input: PlanFields) => mutate<{ id: string }>(CREATE, { input });
export const updatePlan = (id: string, input: PlanFields) => mutate(UPDATE, { input: { ...input, id } });
export const movePlan = (id: string, status: PlanStatus) => mutate(MOVE, { input: { id, status } });
export const addObjective = (planId: string, input: ObjectiveFields) =>
  mutate(ADD_OBJECTIVE, { input: { ...input, planId } });
export const removeObjective = (id: string) => mutate(REMOVE_OBJECTIVE, { id });
export const addAction = (planId: string, input: ActionFields) => mutate(ADD_ACTION, { input: { ...input, planId } });
export const updateAction = (id: string, input: ActionFields) => mutate(UPDATE_ACTION, { input: { ...input, id } });
