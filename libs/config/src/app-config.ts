/**
 * The whole of Kindred's configuration, validated once at boot and injected by type.
 * Instances are only made by `loadConfig`, so every field is known to be valid.
 */
export class AppConfig {
  readonly env!: 'development' | 'test' | 'production';
  readonly configDir!: string;
  readonly databaseUrl!: string;
  readonly redis!: { url: string; prefix: string };
  readonly http!: { port: number; host: string; consoleDir: string; publicUrl: string };
  readonly graphql!: { maxDepth: number; maxComplexity: number };
  readonly auth!: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    passwordMinLength: number;
    loginMaxFailures: number;
    loginLockMinutes: number;
  };
  readonly jobs!: { attempts: number; backoffMs: number; keepCompletedHours: number };
  /** No `smtpUrl`: messages are logged instead of sent (development). */
  readonly mail!: { smtpUrl?: string; from: string };
  readonly log!: { level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' };
  readonly partnerships!: readonly PartnershipConfig[];

  partnership(slug: string): PartnershipConfig | undefined {
    return this.partnerships.find((p) => p.slug === slug);
  }
}

export interface PartnershipConfig {
  slug: string;
  name: string;
  senderEmail: string;
  branding: { primaryColour: string; secondaryColour: string; logoUrl?: string };
  policies: { minimumNoticeDays: number; trainingHoursCapPer28Days: number; dbsRecheckYears: number };
  plugins: { id: string; options: Record<string, unknown> }[];
}
