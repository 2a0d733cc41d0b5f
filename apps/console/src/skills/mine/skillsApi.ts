import { gql } from '@apollo/client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { mutate } from '../frameworks/api';
import { read } from '../gaps/client';
import type { Indicator, ScaleLevel } from '../frameworks/types';

export type EvidenceSource = 'SELF' | 'MANAGER' | 'TRAINING' | 'IMPORTED' | 'EXPIRED';
export type ReviewStatus = 'PENDING' | 'VALIDATED' | 'ADJUSTED';

/** Where a person stands on one competency (PersonSkill). */
export interface PersonSkill {
  competencyId: string;
  code: string;
  name: string;
  frameworkId: string;
  frameworkName: string;
  requiredLevel: number | null;
  requiredLevelName: string | null;
  priority: 'ESSENTIAL' | 'DESIRABLE' | null;
  dueOn: string | null;
  currentLevel: number | null;
  currentLevelName: string | null;
  source: EvidenceSource | null;
  since: string | null;
  reviewOn: string | null;
  meets: boolean;
  overdue: boolean;
  pendingReview: boolean;
}

/** One piece of evidence, with the scale its level is on. */
export interface Assessment {
  id: string;
  level: number;
  source: EvidenceSource;
  assessedOn: string;
  validUntil: string | null;
  note: string | null;
  review: ReviewStatus | null;
  createdAt: string;
  person: { id: string; fullName: string; givenName: string };
  assessor: { id: string; fullName: string } | null;
  competency: {
    id: string;
    code: string;
    name: string;
    indicators: Indicator[];
    framework: { id: string; scale: { levels: ScaleLevel[] } };
  };
}

export interface RecordAssessmentValues {
  personId: string;
  competencyId: string;
  level: number;
  source: 'MANAGER' | 'IMPORTED';
  assessedOn: string;
  validUntil?: string | null;
  note?: string | null;
}

export interface SelfRating {
  competencyId: string;
  level: number;
  reflection: string;
}

interface Page<T> {
  nodes: T[];
  totalCount: number;
}

const SKILL = `competencyId code name frameworkId frameworkName requiredLevel requiredLevelName priority dueOn
  currentLevel currentLevelName source since reviewOn meets overdue pendingReview`;

const ASSESSMENT = `id level source assessedOn validUntil note review createdAt
  person { id fullName givenName } assessor { id fullName }
  competency { id code name indicators { level text } framework { id scale { levels { rank name description } } } }`;

const PERSON_SKILLS = gql`query PersonSkills($personId: ID!) { personSkills(personId: $personId) { ${SKILL} } }`;
const MY_SKILLS = gql`query MySkills { mySkills { ${SKILL} } }`;
const ASSESSMENTS = gql`query Assessments($filter: AssessmentFilter, $page: Int!, $perPage: Int!) {
  assessments(filter: $filter, page: $page, perPage: $perPage) { nodes { ${ASSESSMENT} } totalCount }
}`;
const VALIDATION_QUEUE = gql`query ValidationQueue($page: Int!, $perPage: Int!) {
  validationQueue(page: $page, perPage: $perPage) { nodes { ${ASSESSMENT} } totalCount }
}`;
const RECORD_ASSESSMENT = gql`
  mutation RecordAssessment($input: RecordAssessmentInput!) {
    recordAssessment(input: $input) {
      id
    }
  }
`;
const SUBMIT_SELF_ASSESSMENT = gql`
  mutation SubmitSelfAssessment($input: SelfAssessmentInput!) {
    submitSelfAssessment(input: $input) {
      id
    }
  }
`;
const REVIEW_SELF_ASSESSMENT = gql`
  mutation ReviewSelfAssessment($input: ReviewSelfAssessmentInput!) {
    reviewSelfAssessment(input: $input) {
      id
      level
      review
    }
  }
`;

export const usePersonSkills = (personId: string) =>
  useQuery({
    queryKey: ['skills', 'person', personId],
    queryFn: async () => (await read<{ personSkills: PersonSkill[] }>(PERSON_SKILLS, { personId })).personSkills,
  });

export const useMySkills = () =>
  useQuery({
    queryKey: ['skills', 'mine'],
    queryFn: async () => (await read<{ mySkills: PersonSkill[] }>(MY_SKILLS)).mySkills,
  });

export const useAssessments = (personId: string, page: number, perPage: number) =>
  useQuery({
    queryKey: ['skills', 'assessments', personId, page, perPage],
    queryFn: async () =>
      (
        await read<{ assessments: Page<Assessment> }>(ASSESSMENTS, {
          filter: { personIds: [personId] },
          page,
          perPage,
        })
      ).assessments,
    placeholderData: keepPreviousData,
  });

export const useValidationQueue = (page: number, perPage: number) =>
  useQuery({
    queryKey: ['skills', 'validationQueue', page, perPage],
    queryFn: async () =>
      (await read<{ validationQueue: Page<Assessment> }>(VALIDATION_QUEUE, { page, perPage })).validationQueue,
    placeholderData: keepPreviousData,
  });

export const recordAssessment = (input: RecordAssessmentValues) => mutate<{ id: string }>(RECORD_ASSESSMENT, { input });

export const submitSelfAssessment = (ratings: SelfRating[]) =>
  mutate<{ id: string }[]>(SUBMIT_SELF_ASSESSMENT, { input: { ratings } });

export const reviewSelfAssessment = (input: { assessmentId: string; level: number; comment?: string | null }) =>
  mutate<{ id: string; level: number }>(REVIEW_SELF_ASSESSMENT, { input });
