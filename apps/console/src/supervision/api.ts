import { gql } from '@apollo/client';
import { useQuery } from '@tanstack/react-query';
import { mutate } from '../skills/frameworks/api';
import { read } from '../skills/gaps/client';
import type {
  Agreement,
  Compliance,
  Escalation,
  ReflectiveEntry,
  SessionContent,
  SessionRow,
  SupervisionAction,
} from './types';

/**
 * Supervision operations, through the same Apollo client as the data provider. Content (notes,
 * reflections, actions) is asked for only where it is shown: every read of it is audited.
 */

const PERSON = 'id fullName';
const AGREEMENT = `id type model frequencyPattern frequencyDays expectedMinutes startDate reviewDate endDate
  superviseeSignedAt supervisorSignedAt signed supervisee { ${PERSON} } supervisor { ${PERSON} }
  standing { lastHeldOn nextDueOn dueState held missed cancelled }`;
const SESSION = `id kind type startsAt durationMinutes status functions wellbeingRating nextDate signedOffAt
  acknowledgedAt locked facilitator { ${PERSON} } supervisee { ${PERSON} } attendees { ${PERSON} }
  agreement { id }`;
const ACTION = `id description dueDate status timesCarriedForward overdue sessionId owner { ${PERSON} }`;
const CONTENT = `agenda discussionNotes reflections wellbeingNote superviseeComment statusReason
  gibbs { description feelings evaluation analysis conclusion actionPlan }
  actions { ${ACTION} } addenda { id text createdAt author { ${PERSON} } }`;
const ENTRY = `id occurredOn title text sharedAt createdAt sharedWith { ${PERSON} } author { ${PERSON} }`;
const ESCALATION = `id concern summary createdAt superviseeInformedAt acknowledgedAt sessionId supervisee { ${PERSON} } raisedBy { ${PERSON} } lead { ${PERSON} }`;
const GROUP = 'id name agreements withinFrequency share';

const MY_AGREEMENTS = gql`query MySupervisionAgreements { mySupervisionAgreements { ${AGREEMENT} } }`;
const MY_SUPERVISEES = gql`query MySupervisees { mySupervisees { ${AGREEMENT} } }`;
const SESSIONS = gql`query SupervisionSessions($filter: SessionFilter, $page: Int!, $perPage: Int!) {
  supervisionSessions(filter: $filter, page: $page, perPage: $perPage) { nodes { ${SESSION} } totalCount }
}`;
const SESSION_CONTENT = gql`query SupervisionSessionContent($id: ID!) {
  supervisionSession(id: $id) { id learningNeeds { id name } content { ${CONTENT} } }
}`;
const MY_ACTIONS = gql`query MySupervisionActions { mySupervisionActions { ${ACTION} } }`;
const MY_LOG = gql`query MyReflectiveLog { myReflectiveLog { ${ENTRY} } }`;
const SHARED = gql`query SharedReflections { sharedReflections { ${ENTRY} } }`;
const TO_ME = gql`query EscalationsToMe { escalationsToMe { ${ESCALATION} } }`;
const ABOUT_ME = gql`query EscalationsAboutMe { escalationsAboutMe { ${ESCALATION} } }`;
const COMPLIANCE = gql`query SupervisionCompliance($asOf: String, $organisationId: ID, $teamId: ID) {
  supervisionCompliance(asOf: $asOf, organisationId: $organisationId, teamId: $teamId) {
    asOf agreements withinFrequency share onTrack due overdue heldSessions missedSessions cancelledSessions
    openActions overdueActions
    rows { agreement { id type frequencyPattern frequencyDays } supervisee { ${PERSON} } supervisor { ${PERSON} }
      standing { lastHeldOn nextDueOn dueState held missed cancelled } openActions overdueActions }
    byTeam { ${GROUP} } byOrganisation { ${GROUP} } byRoleProfile { ${GROUP} }
    groupAttendance { person { ${PERSON} } sessions minutes }
  }
}`;

const CREATE_AGREEMENT = gql`
  mutation CreateSupervisionAgreement($input: CreateAgreementInput!) {
    createSupervisionAgreement(input: $input) {
      id
    }
  }
`;
const SIGN_AGREEMENT = gql`
  mutation SignSupervisionAgreement($id: ID!) {
    signSupervisionAgreement(id: $id) {
      id
      signed
    }
  }
`;
const RECORD = gql`
  mutation RecordSupervisionSession($input: RecordSessionInput!) {
    recordSupervisionSession(input: $input) {
      id
      status
    }
  }
`;
const SCHEDULE_GROUP = gql`
  mutation ScheduleGroupSupervision($input: ScheduleGroupSessionInput!) {
    scheduleGroupSupervision(input: $input) {
      id
    }
  }
`;
const SIGN_OFF = gql`
  mutation SignOffSupervisionSession($id: ID!) {
    signOffSupervisionSession(id: $id) {
      id
      status
    }
  }
`;
const CANCEL = gql`
  mutation CancelSupervisionSession($input: SessionReasonInput!) {
    cancelSupervisionSession(input: $input) {
      id
    }
  }
`;
const RESCHEDULE = gql`
  mutation RescheduleSupervisionSession($input: RescheduleSessionInput!) {
    rescheduleSupervisionSession(input: $input) {
      id
      startsAt
    }
  }
`;
const MISSED = gql`
  mutation MarkSupervisionSessionMissed($input: SessionReasonInput!) {
    markSupervisionSessionMissed(input: $input) {
      id
      status
    }
  }
`;
const END_AGREEMENT = gql`
  mutation EndSupervisionAgreement($input: EndAgreementInput!) {
    endSupervisionAgreement(input: $input) {
      id
      endDate
    }
  }
`;
const RESEAL = gql`
  mutation ResealSupervisionContent {
    resealSupervisionContent
  }
`;
const ACKNOWLEDGE = gql`
  mutation AcknowledgeSupervisionSession($input: AcknowledgeSessionInput!) {
    acknowledgeSupervisionSession(input: $input) {
      id
      acknowledgedAt
    }
  }
`;
const ADDENDUM = gql`
  mutation AddSupervisionAddendum($input: AddendumInput!) {
    addSupervisionAddendum(input: $input) {
      id
    }
  }
`;
const UPDATE_ACTION = gql`
  mutation UpdateSupervisionAction($input: UpdateActionInput!) {
    updateSupervisionAction(input: $input) {
      id
      status
    }
  }
`;
const WRITE = gql`
  mutation WriteReflection($input: ReflectiveEntryInput!) {
    writeReflection(input: $input) {
      id
    }
  }
`;
const SHARE = gql`
  mutation ShareReflection($input: ShareReflectionInput!) {
    shareReflection(input: $input) {
      id
    }
  }
`;
const ESCALATE = gql`
  mutation EscalateSupervisionConcern($input: EscalateInput!) {
    escalateSupervisionConcern(input: $input) {
      id
    }
  }
`;
const ACK_ESCALATION = gql`
  mutation AcknowledgeEscalation($id: ID!) {
    acknowledgeEscalation(id: $id) {
      id
    }
  }
`;

export const useMyAgreements = () =>
  useQuery({
    queryKey: ['supervision', 'myAgreements'],
    queryFn: () => read<{ mySupervisionAgreements: Agreement[] }>(MY_AGREEMENTS).then((d) => d.mySupervisionAgreements),
  });
export const useMySupervisees = () =>
  useQuery({
    queryKey: ['supervision', 'mySupervisees'],
    queryFn: () => read<{ mySupervisees: Agreement[] }>(MY_SUPERVISEES).then((d) => d.mySupervisees),
  });
export const useSessions = (mine: 'SUPERVISEE' | 'FACILITATOR', page: number, perPage = 10) =>
  useQuery({
    queryKey: ['supervision', 'sessions', mine, page, perPage],
    queryFn: () =>
      read<{ supervisionSessions: { nodes: SessionRow[]; totalCount: number } }>(SESSIONS, {
        filter: { mine },
        page,
        perPage,
      }).then((d) => d.supervisionSessions),
  });
/** Opens a session's written record: audited on the server, so only on request. */
export const useSessionContent = (id: string | null) =>
  useQuery({
    queryKey: ['supervision', 'content', id],
    enabled: id !== null,
    queryFn: () =>
      read<{ supervisionSession: { content: SessionContent; learningNeeds: { id: string; name: string }[] } }>(
        SESSION_CONTENT,
        { id },
      ).then((d) => ({ ...d.supervisionSession.content, learningNeeds: d.supervisionSession.learningNeeds })),
  });
export const useMyActions = () =>
  useQuery({
    queryKey: ['supervision', 'myActions'],
    queryFn: () => read<{ mySupervisionActions: SupervisionAction[] }>(MY_ACTIONS).then((d) => d.mySupervisionActions),
  });
export const useMyLog = () =>
  useQuery({
    queryKey: ['supervision', 'myLog'],
    queryFn: () => read<{ myReflectiveLog: ReflectiveEntry[] }>(MY_LOG).then((d) => d.myReflectiveLog),
  });
export const useSharedReflections = () =>
  useQuery({
    queryKey: ['supervision', 'shared'],
    queryFn: () => read<{ sharedReflections: ReflectiveEntry[] }>(SHARED).then((d) => d.sharedReflections),
  });
export const useEscalationsToMe = () =>
  useQuery({
    queryKey: ['supervision', 'escalationsToMe'],
    queryFn: () => read<{ escalationsToMe: Escalation[] }>(TO_ME).then((d) => d.escalationsToMe),
  });
export const useEscalationsAboutMe = () =>
  useQuery({
    queryKey: ['supervision', 'escalationsAboutMe'],
    queryFn: () => read<{ escalationsAboutMe: Escalation[] }>(ABOUT_ME).then((d) => d.escalationsAboutMe),
  });
export const useCompliance = (filter: { asOf?: string; organisationId?: string; teamId?: string }) =>
  useQuery({
    queryKey: ['supervision', 'compliance', filter],
    queryFn: () => read<{ supervisionCompliance: Compliance }>(COMPLIANCE, filter).then((d) => d.supervisionCompliance),
  });

export const createAgreement = (input: object) => mutate<{ id: string }>(CREATE_AGREEMENT, { input });
export const signAgreement = (id: string) => mutate<{ id: string }>(SIGN_AGREEMENT, { id });
export const recordSession = (input: object) => mutate<{ id: string; status: string }>(RECORD, { input });
export const scheduleGroup = (input: object) => mutate<{ id: string }>(SCHEDULE_GROUP, { input });
export const signOffSession = (id: string) => mutate<{ id: string }>(SIGN_OFF, { id });
export const cancelSession = (id: string, reason: string) => mutate<{ id: string }>(CANCEL, { input: { id, reason } });
export const rescheduleSession = (id: string, startsAt: string, reason: string) =>
  mutate<{ id: string }>(RESCHEDULE, { input: { id, startsAt, reason } });
export const markSessionMissed = (id: string, reason: string) =>
  mutate<{ id: string }>(MISSED, { input: { id, reason } });
export const endAgreement = (id: string, endDate: string) =>
  mutate<{ id: string }>(END_AGREEMENT, { input: { id, endDate } });
export const resealContent = () => mutate<string>(RESEAL, {});
export const acknowledgeSession = (id: string, comment: string | null) =>
  mutate<{ id: string }>(ACKNOWLEDGE, { input: { id, comment } });
export const addAddendum = (sessionId: string, text: string) =>
  mutate<{ id: string }>(ADDENDUM, { input: { sessionId, text } });
export const updateAction = (id: string, status: string) =>
  mutate<{ id: string }>(UPDATE_ACTION, { input: { id, status } });
export const writeReflection = (input: object) => mutate<{ id: string }>(WRITE, { input });
export const shareReflection = (id: string, supervisorId: string) =>
  mutate<{ id: string }>(SHARE, { input: { id, supervisorId } });
export const escalate = (input: object) => mutate<{ id: string }>(ESCALATE, { input });
export const acknowledgeEscalation = (id: string) => mutate<{ id: string }>(ACK_ESCALATION, { id });
