export type DraftStatus = 'DRAFT' | 'RUNNING' | 'READY' | 'PUBLISHING' | 'PUBLISHED' | 'FAILED';

export interface DraftSession {
  key: string;
  courseId: string;
  trainerId: string;
  roomId: string | null;
  siteId: string | null;
  days: string[];
  slot: 'MORNING' | 'AFTERNOON' | 'DAY';
  capacity: number;
  pinned: boolean;
  explanation: string;
  onlineUrl: string | null;
  invitees: { personId: string; priority: 'ESSENTIAL' | 'DESIRABLE'; overdue: boolean }[];
}

export interface ScheduleDraft {
  id: string;
  termStartsOn: string;
  termEndsOn: string;
  status: DraftStatus;
  progress: number;
  error: string | null;
  requestedAt: string;
  onlineUrl: string | null;
  notes: string[];
  names: { id: string; name: string }[];
  sessions: DraftSession[];
  unmet: { personId: string; courseId: string; priority: string; overdue: boolean; reason: string; detail: string }[];
  publications: { key: string; sessionId: string | null; refusal: string | null }[];
}
