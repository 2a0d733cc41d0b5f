import { gql } from '@apollo/client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { send } from '../imports/peopleImportApi';
import { mutate } from '../skills/frameworks/api';
import { read } from '../skills/gaps/client';
import type {
  Compliance,
  ComplianceStatus,
  CpdEntry,
  CpdType,
  Evidence,
  PracticeFeedback,
  Progress,
  ReflectiveAccount,
  Registration,
  SignOff,
} from './types';

/** CPD is not a react-admin resource: a person's own log, read and changed through these. */

const ENTRY = `id date title type hours participatory learned practiceChange competencies source
  peerReflection { withWhom on summary } evidence { id fileName mediaType size }`;

const MY_ENTRIES = gql`query MyCpdEntries($page: Int!, $perPage: Int!) {
  myCpdEntries(page: $page, perPage: $perPage) { nodes { ${ENTRY} } totalCount }
}`;
const MY_PROGRESS = gql`
  query MyCpdProgress {
    myCpdProgress {
      regulator
      rule
      periodStart
      periodEnd
      dueBy
      complete
      status
      requirements {
        code
        label
        have
        need
        met
      }
    }
    myCpdPreferences {
      autoEntries
    }
    myProfessionalRegistrations {
      id
      regulator
      number
      renewalOn
    }
  }
`;
const MY_REVALIDATION = gql`
  query MyRevalidation {
    myPracticeFeedback {
      id
      receivedOn
      source
      summary
      howUsed
    }
    myReflectiveAccounts {
      id
      writtenOn
      nature
      learned
      practiceChange
      codeThemes
      codeRelevance
    }
    myRevalidationSignOffs {
      id
      kind
      on
      partnerName
      partnerPin
      notes
    }
  }
`;
const COMPLIANCE = gql`
  query CpdCompliance($filter: ComplianceFilter, $page: Int!, $perPage: Int!) {
    cpdCompliance(filter: $filter, page: $page, perPage: $perPage) {
      asOf
      onTrack
      atRisk
      missing
      totalCount
      byOrganisation {
        organisationId
        name
        people
        onTrack
        atRisk
        missing
      }
      rows {
        person {
          id
          fullName
        }
        regulators
        status
        dueBy
        missing
      }
    }
  }
`;
const CREATE_ENTRY = gql`mutation CreateCpdEntry($input: CpdEntryInput!) { createCpdEntry(input: $input) { ${ENTRY} } }`;
const UPDATE_ENTRY = gql`mutation UpdateCpdEntry($input: UpdateCpdEntryInput!) { updateCpdEntry(input: $input) { ${ENTRY} } }`;
const DELETE_ENTRY = gql`
  mutation DeleteCpdEntry($id: ID!) {
    deleteCpdEntry(id: $id)
  }
`;
const SAVE_REGISTRATION = gql`
  mutation SaveProfessionalRegistration($input: RegistrationInput!) {
    saveProfessionalRegistration(input: $input) {
      id
    }
  }
`;
const REMOVE_REGISTRATION = gql`
  mutation RemoveProfessionalRegistration($id: ID!) {
    removeProfessionalRegistration(id: $id)
  }
`;
const AUTO_ENTRIES = gql`
  mutation SetCpdAutoEntries($enabled: Boolean!) {
    setCpdAutoEntries(enabled: $enabled) {
      autoEntries
    }
  }
`;
const FEEDBACK = gql`
  mutation RecordPracticeFeedback($input: PracticeFeedbackInput!) {
    recordPracticeFeedback(input: $input) {
      id
    }
  }
`;
const ACCOUNT = gql`
  mutation WriteReflectiveAccount($input: ReflectiveAccountInput!) {
    writeReflectiveAccount(input: $input) {
      id
    }
  }
`;
const SIGN_OFF = gql`
  mutation RecordRevalidationSignOff($input: SignOffInput!) {
    recordRevalidationSignOff(input: $input) {
      id
    }
  }
`;

export const useMyEntries = (page: number, perPage: number) =>
  useQuery({
    queryKey: ['cpd', 'entries', page, perPage],
    queryFn: async () =>
      (await read<{ myCpdEntries: { nodes: CpdEntry[]; totalCount: number } }>(MY_ENTRIES, { page, perPage }))
        .myCpdEntries,
    placeholderData: keepPreviousData,
  });

export const useMyProgress = () =>
  useQuery({
    queryKey: ['cpd', 'progress'],
    queryFn: () =>
      read<{
        myCpdProgress: Progress[];
        myCpdPreferences: { autoEntries: boolean };
        myProfessionalRegistrations: Registration[];
      }>(MY_PROGRESS),
  });

export const useMyRevalidation = (enabled: boolean) =>
  useQuery({
    queryKey: ['cpd', 'revalidation'],
    queryFn: () =>
      read<{
        myPracticeFeedback: PracticeFeedback[];
        myReflectiveAccounts: ReflectiveAccount[];
        myRevalidationSignOffs: SignOff[];
      }>(MY_REVALIDATION),
    enabled,
  });

export const useCompliance = (
  filter: { organisationId?: string; teamId?: string; status?: ComplianceStatus },
  page: number,
  perPage: number,
) =>
  useQuery({
    queryKey: ['cpd', 'compliance', filter, page, perPage],
    queryFn: async () =>
      (await read<{ cpdCompliance: Compliance }>(COMPLIANCE, { filter, page, perPage })).cpdCompliance,
    placeholderData: keepPreviousData,
  });

export interface EntryValues {
  date: string;
  title: string;
  type: CpdType;
  hours: number;
  participatory: boolean;
  learned?: string | null;
  practiceChange?: string | null;
  competencies?: string[];
  peerReflection?: { withWhom: string; on: string; summary: string } | null;
}

export const createEntry = (input: EntryValues) => mutate<CpdEntry>(CREATE_ENTRY, { input });
export const updateEntry = (id: string, input: EntryValues) =>
  mutate<CpdEntry>(UPDATE_ENTRY, { input: { ...input, id } });
const REMOVE_EVIDENCE = gql`
  mutation RemoveCpdEvidence($id: ID!) {
    removeCpdEvidence(id: $id) {
      id
    }
  }
`;
export const removeEvidence = (id: string) => mutate<{ id: string }>(REMOVE_EVIDENCE, { id });
export const deleteEntry = (id: string) => mutate<boolean>(DELETE_ENTRY, { id });

/** Sends an evidence file; the api checks its type and size and answers with a message when it refuses. */
export async function uploadEvidence(entryId: string, file: File): Promise<Evidence> {
  const form = new FormData();
  form.set('file', file, file.name);
  const response = await send(`/cpd/entries/${entryId}/evidence`, { method: 'POST', body: form });
  return (await response.json()) as Evidence;
}

export const saveRegistration = (input: { regulator: string; number?: string | null; renewalOn?: string | null }) =>
  mutate<{ id: string }>(SAVE_REGISTRATION, { input });
export const removeRegistration = (id: string) => mutate<boolean>(REMOVE_REGISTRATION, { id });
export const setAutoEntries = (enabled: boolean) => mutate<{ autoEntries: boolean }>(AUTO_ENTRIES, { enabled });
const REMOVE = {
  feedback: gql`
    mutation RemovePracticeFeedback($id: ID!) {
      removePracticeFeedback(id: $id)
    }
  `,
  account: gql`
    mutation RemoveReflectiveAccount($id: ID!) {
      removeReflectiveAccount(id: $id)
    }
  `,
  signOff: gql`
    mutation RemoveRevalidationSignOff($id: ID!) {
      removeRevalidationSignOff(id: $id)
    }
  `,
};
export const removeRevalidationRecord = (kind: keyof typeof REMOVE, id: string) =>
  mutate<boolean>(REMOVE[kind], { id });
export const recordFeedback = (input: object) => mutate<{ id: string }>(FEEDBACK, { input });
export const writeAccount = (input: object) => mutate<{ id: string }>(ACCOUNT, { input });
export const recordSignOff = (input: object) => mutate<{ id: string }>(SIGN_OFF, { input });
