export interface PersonRef {
  id: string;
  fullName: string;
}

export type DueState = 'ON_TRACK' | 'DUE' | 'OVERDUE';

export interface Standing {
  lastHeldOn: string | null;
  nextDueOn: string;
  dueState: DueState;
  held: number;
  missed: number;
  cancelled: number;
}

export interface Agreement {
  id: string;
  type: string;
  model: string;
  frequencyPattern: 'EVERY_N_DAYS' | 'ASYE';
  frequencyDays: number | null;
  expectedMinutes: number;
  startDate: string;
  reviewDate: string | null;
  endDate: string | null;
  superviseeSignedAt: string | null;
  supervisorSignedAt: string | null;
  signed: boolean;
  supervisee: PersonRef;
  supervisor: PersonRef;
  standing: Standing;
}

export interface SessionRow {
  id: string;
  kind: 'ONE_TO_ONE' | 'GROUP' | 'REFLECTIVE_PRACTICE';
  type: string;
  startsAt: string;
  durationMinutes: number;
  status: 'SCHEDULED' | 'RECORDED' | 'SIGNED_OFF' | 'CANCELLED' | 'MISSED';
  functions: string[];
  wellbeingRating: 'RED' | 'AMBER' | 'GREEN' | null;
  nextDate: string | null;
  signedOffAt: string | null;
  acknowledgedAt: string | null;
  locked: boolean;
  facilitator: PersonRef;
  supervisee: PersonRef | null;
  attendees: PersonRef[];
  agreement: { id: string } | null;
}

export interface SupervisionAction {
  id: string;
  description: string | null;
  dueDate: string;
  status: 'OPEN' | 'DONE' | 'DROPPED';
  timesCarriedForward: number;
  overdue: boolean;
  sessionId: string;
  owner: PersonRef;
}

export interface SessionContent {
  agenda: string | null;
  discussionNotes: string | null;
  reflections: string | null;
  wellbeingNote: string | null;
  superviseeComment: string | null;
  statusReason: string | null;
  gibbs: Record<string, string | null> | null;
  actions: SupervisionAction[];
  addenda: { id: string; text: string | null; createdAt: string; author: PersonRef }[];
  learningNeeds: { id: string; name: string }[];
}

export interface ReflectiveEntry {
  id: string;
  occurredOn: string;
  title: string;
  text: string | null;
  sharedAt: string | null;
  createdAt: string;
  sharedWith: PersonRef | null;
  author: PersonRef;
}

export interface Escalation {
  id: string;
  concern: 'SAFEGUARDING' | 'CONDUCT';
  summary: string | null;
  createdAt: string;
  superviseeInformedAt: string;
  acknowledgedAt: string | null;
  sessionId: string;
  supervisee: PersonRef;
  raisedBy: PersonRef;
  lead: PersonRef;
}

export interface ComplianceGroup {
  id: string | null;
  name: string;
  agreements: number;
  withinFrequency: number;
  share: number;
}

export interface Compliance {
  asOf: string;
  agreements: number;
  withinFrequency: number;
  share: number;
  onTrack: number;
  due: number;
  overdue: number;
  heldSessions: number;
  missedSessions: number;
  cancelledSessions: number;
  openActions: number;
  overdueActions: number;
  rows: {
    agreement: { id: string; type: string; frequencyPattern: string; frequencyDays: number | null };
    supervisee: PersonRef;
    supervisor: PersonRef;
    standing: Standing;
    openActions: number;
    overdueActions: number;
  }[];
  byTeam: ComplianceGroup[];
  byOrganisation: ComplianceGroup[];
  byRoleProfile: ComplianceGroup[];
  groupAttendance: { person: PersonRef; sessions: number; minutes: number }[];
}
