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
  readonly jobs!: { attempts: number; backoffMs: number; keepCompletedHours: number; lockSeconds: number };
  /**
   * No `smtpUrl`: messages are logged instead of sent (development). `caughtDir`: where the
   * development mail catcher of `npm start` keeps what it caught, for the console to show.
   */
  readonly mail!: { smtpUrl?: string; from: string; caughtDir?: string };
  /**
   * Keys that seal sensitive text at rest (supervision notes, reflections, wellbeing). New text is
   * sealed with `currentKeyId`; the others stay to open what was sealed before a rotation.
   */
  readonly encryption!: { currentKeyId: string; keys: readonly { id: string; key: Buffer }[] };
  /** Bank holidays in England and Wales: no training is planned on them. */
  readonly bankHolidays!: readonly { date: string; name: string }[];
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
  policies: {
    minimumNoticeDays: number;
    trainingHoursCapPer28Days: number;
    dbsRecheckYears: number;
    /** CPD target for people no regulator covers, in hours per calendar year. */
    cpdHoursPerYearVolunteers: number;
    cpdHoursPerYearStaff: number;
    /** Pulse-survey results for fewer respondents than this are withheld, so nobody is identified. */
    surveyMinimumGroupSize: number;
  };
  plugins: PluginSettings[];
  /** The partnership's own closed days besides bank holidays (school holidays), `from` to `to` inclusive. */
  closedDays: { name: string; from: string; to: string }[];
  /**
   * Who besides supervisee and supervisor reads supervision content, and how long it is kept
   * after the person leaves before a worker job erases it.
   */
  supervision: { lineManagerSeesContent: boolean; retentionYears: number };
}

/** One training-provider plugin enabled in a partnership's file; its options are checked by the plugin. */
export interface PluginSettings {
  id: string;
  /** Unique in the partnership; the plugin's id unless it is enabled more than once. */
  instance: string;
  /** The training provider whose records it brings in (made on first sync when missing). */
  provider: string;
  /** Cron overrides per capability (`sessions: '0 6 * * *'`). */
  schedules: Record<string, string>;
  options: Record<string, unknown>;
}
