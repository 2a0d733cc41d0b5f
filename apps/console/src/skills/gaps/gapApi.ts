import { gql } from '@apollo/client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { EmploymentType } from '../../workforce/types';
import { read } from './client';

export type HeatmapAxis = 'ORGANISATION' | 'SITE' | 'ROLE_PROFILE';

/** Whose requirements the figures count (GapScopeInput). */
export interface GapScope {
  frameworkId: string;
  organisationId?: string;
  teamId?: string;
  siteId?: string;
  roleProfileId?: string;
  employmentType?: EmploymentType;
}

export interface GapFigures {
  required: number;
  meeting: number;
  /** meeting / required, 0 to 1. */
  share: number;
}

export interface GapRow extends GapFigures {
  competencyId: string;
  code: string;
  name: string;
  essentialGaps: number;
  overdue: number;
}

export interface GapReport {
  asOf: string;
  people: number;
  rows: GapRow[];
}

export interface HeatmapColumn {
  id: string;
  name: string;
}

export interface HeatmapRow extends GapFigures {
  competencyId: string;
  code: string;
  name: string;
  cells: (GapFigures & { columnId: string })[];
}

export interface Heatmap {
  asOf: string;
  axis: HeatmapAxis;
  columns: HeatmapColumn[];
  rows: HeatmapRow[];
}

export interface GapPerson {
  personId: string;
  fullName: string;
  jobTitles: string;
  organisations: string;
  requiredLevel: number;
  currentLevel: number | null;
  meets: boolean;
  essential: boolean;
  dueOn: string | null;
  overdue: boolean;
}

/** The people behind one figure: a competency, and a heatmap column when the figure is a cell. */
export interface GapPeopleQuery {
  scope: GapScope;
  competencyId: string;
  axis?: HeatmapAxis;
  columnId?: string;
  onlyGaps: boolean;
  page: number;
  perPage: number;
}

/** The heatmap column of people whose team has no site. */
export const NO_SITE = 'none';

const SKILLS_GAP = gql`
  query SkillsGap($scope: GapScopeInput!) {
    skillsGap(scope: $scope) {
      asOf
      people
      rows {
        competencyId
        code
        name
        required
        meeting
        share
        essentialGaps
        overdue
      }
    }
  }
`;

const SKILLS_HEATMAP = gql`
  query SkillsHeatmap($scope: GapScopeInput!, $axis: HeatmapAxis!) {
    skillsHeatmap(scope: $scope, axis: $axis) {
      asOf
      axis
      columns {
        id
        name
      }
      rows {
        competencyId
        code
        name
        required
        meeting
        share
        cells {
          columnId
          required
          meeting
          share
        }
      }
    }
  }
`;

const SKILLS_GAP_PEOPLE = gql`
  query SkillsGapPeople(
    $scope: GapScopeInput!
    $competencyId: ID!
    $axis: HeatmapAxis
    $columnId: String
    $onlyGaps: Boolean!
    $page: Int!
    $perPage: Int!
  ) {
    skillsGapPeople(
      scope: $scope
      competencyId: $competencyId
      axis: $axis
      columnId: $columnId
      onlyGaps: $onlyGaps
      page: $page
      perPage: $perPage
    ) {
      nodes {
        personId
        fullName
        jobTitles
        organisations
        requiredLevel
        currentLevel
        meets
        essential
        dueOn
        overdue
      }
      totalCount
    }
  }
`;

export const useGapReport = (scope: GapScope) =>
  useQuery({
    queryKey: ['skills', 'gap', scope],
    queryFn: async () => (await read<{ skillsGap: GapReport }>(SKILLS_GAP, { scope })).skillsGap,
  });

export const useHeatmap = (scope: GapScope, axis: HeatmapAxis) =>
  useQuery({
    queryKey: ['skills', 'heatmap', scope, axis],
    queryFn: async () => (await read<{ skillsHeatmap: Heatmap }>(SKILLS_HEATMAP, { scope, axis })).skillsHeatmap,
  });

export const useGapPeople = (query: GapPeopleQuery) =>
  useQuery({
    queryKey: ['skills', 'gapPeople', query],
    queryFn: async () =>
      (await read<{ skillsGapPeople: { nodes: GapPerson[]; totalCount: number } }>(SKILLS_GAP_PEOPLE, { ...query }))
        .skillsGapPeople,
    // Paging and the "only gaps" switch keep the rows on screen until the next ones arrive.
    placeholderData: keepPreviousData,
  });
