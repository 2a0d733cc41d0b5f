export type Role =
  | 'PLATFORM_ADMIN'
  | 'WORKFORCE_LEAD'
  | 'PARTNER_ADMIN'
  | 'MANAGER'
  | 'VOLUNTEER_COORDINATOR'
  | 'SUPERVISOR'
  | 'TRAINER'
  | 'LEARNER';

export interface Branding {
  primaryColour: string;
  secondaryColour: string;
  logoUrl?: string | null;
}

export interface Partnership {
  id: string;
  slug: string;
  name: string;
  senderEmail: string;
  branding: Branding;
  policies: {
    minimumNoticeDays: number;
    trainingHoursCapPer28Days: number;
    dbsRecheckYears: number;
  };
  plugins: string[];
  createdAt: string;
  updatedAt: string;
}

export interface FailedJob {
  id: string;
  queue: string;
  name: string;
  attemptsMade: number;
  failedReason: string;
  failedAt: string | null;
  data: string;
}

/** The signed-in user as stored after login/refresh. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  permissions: string[];
  roles: { role: Role; organisationId: string | null }[];
  partnership: { id: string; name: string; branding: Pick<Branding, 'primaryColour' | 'secondaryColour'> };
}

export interface AuthPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  user: SessionUser;
}
