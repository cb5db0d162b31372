import { join, resolve } from 'node:path';
import { configSchema } from './config.schema';

/** What this process does: `all` (embedded: HTTP + jobs), `api` (HTTP only) or `worker` (jobs only). */
export type ProcessRole = 'all' | 'api' | 'worker';

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  role: ProcessRole;
  http: { port: number; host: string; publicUrl: string; bodyLimit: number; trustProxyHops: number; rateLimitPerMinute: number; webDistDir?: string };
  /** readUrl: the replica reports and exports read from (READ_DATA_SOURCE); without it they read the primary. */
  database: { url?: string; readUrl?: string; dataDir: string; poolSize: number; runMigrations: boolean };
  queue: { driver: 'inline' | 'bullmq'; redisUrl?: string; prefix: string; concurrency: number };
  mail: { driver: 'captured' | 'smtp'; smtpUrl?: string; from: string; messageIdDomain: string; timeoutMs: number; logoUrl?: string };
  reminders: { quietHours: { from: string; to: string }; timezone: string };
  outbox: { pollMs: number; stuckSeconds: number };
  auth: {
    cookieSecure: boolean;
    sessionTtlHours: number;
    maxFailuresPerAccount: number;
    maxFailuresPerIp: number;
    throttleWindowMinutes: number;
  };
  setup: { adminEmail: string; adminPassword?: string; demoData: boolean };
  /** Rules of the field (`../shared/domain.md`): defaults in configuration, never constants in code. */
  rules: {
    policeCertificate: { maxAgeMonths: number; validYears: number; remindDays: number };
    hours: { approvalLinkDays: number };
    /** The county's honorary-card rule set (its code) and the lifetimes of the emailed links. */
    cards: { ruleSet: string; confirmationLinkDays: number; statusLinkDays: number };
    /** Micro-project attachments: stored under filesDir (outside the web root), each at most maxAttachmentBytes. */
    grants: { filesDir: string; maxAttachmentBytes: number };
    /** Recognition events: the deadline reminder goes out this many days before the RSVP deadline; nomination links' lifetime. */
    events: { rsvpReminderDays: number; nominationLinkDays: number };
    sponsorships: {
      trialWeeksDefault: number;
      checkInMonths: Record<'family' | 'mother' | 'learning', number>;
      plannedMonths: Record<'family' | 'mother' | 'learning', number>;
      endingSoonDays: number;
    };
  };
  /** DSGVO: field encryption keys (the first encrypts) and how long each kind of personal data is kept. */
  privacy: {
    encryptionKeys: { id: string; key: Buffer }[] | null;
    retention: {
      schedule: string;
      policeCertificateMonths: number;
      inactiveVolunteerYears: number;
      rejectedApplicationYears: number;
      closedSponsorshipYears: number;
      grantRecordYears: number;
      accessibilityFeedbackMonths: number;
    };
  };
  countyName: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
}

export class ConfigError extends Error {}

/** Validates the environment once at boot; every problem is listed with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv, role: ProcessRole): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every variable.`);
  }
  const c = parsed.data;
  if (role === 'worker' && !c.REDIS_URL) {
    throw new ConfigError('Invalid configuration:\n  REDIS_URL: the worker process needs Redis; without it, jobs run inside the api (npm start).');
  }
  if (c.DATABASE_READ_URL && !c.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  DATABASE_READ_URL: a read replica needs DATABASE_URL (the embedded database has no replica); set DATABASE_URL or remove DATABASE_READ_URL.',
    );
  }
  const effectiveRole: ProcessRole = role === 'api' && !c.REDIS_URL ? 'all' : role;
  return {
    env: c.NODE_ENV,
    role: effectiveRole,
    http: {
      port: c.PORT,
      host: c.HOST,
      publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
      bodyLimit: c.BODY_LIMIT_BYTES,
      trustProxyHops: c.TRUST_PROXY_HOPS,
      rateLimitPerMinute: c.RATE_LIMIT_PER_MINUTE,
      webDistDir: c.WEB_DIST_DIR,
    },
    database: {
      url: c.DATABASE_URL,
      readUrl: c.DATABASE_READ_URL,
      dataDir: resolve(c.DATA_DIR),
      poolSize: c.DATABASE_POOL_SIZE,
      runMigrations: c.DATABASE_RUN_MIGRATIONS ?? !c.DATABASE_URL,
    },
    queue: { driver: c.REDIS_URL ? 'bullmq' : 'inline', redisUrl: c.REDIS_URL, prefix: c.QUEUE_PREFIX, concurrency: c.WORKER_CONCURRENCY },
    mail: {
      driver: c.SMTP_URL ? 'smtp' : 'captured',
      smtpUrl: c.SMTP_URL,
      from: c.MAIL_FROM,
      messageIdDomain: c.MAIL_MESSAGE_ID_DOMAIN,
      timeoutMs: c.SMTP_TIMEOUT_MS,
      logoUrl: c.COUNTY_LOGO_URL,
    },
    reminders: { quietHours: { from: c.QUIET_HOURS.slice(0, 5), to: c.QUIET_HOURS.slice(6) }, timezone: c.REMINDER_TIMEZONE },
    outbox: { pollMs: c.OUTBOX_POLL_MS, stuckSeconds: c.OUTBOX_STUCK_SECONDS },
    auth: {
      cookieSecure: c.COOKIE_SECURE,
      sessionTtlHours: c.SESSION_TTL_HOURS,
      maxFailuresPerAccount: c.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerIp: c.LOGIN_MAX_FAILURES_PER_IP,
      throttleWindowMinutes: c.LOGIN_THROTTLE_WINDOW_MINUTES,
    },
    setup: { adminEmail: c.ADMIN_EMAIL, adminPassword: c.ADMIN_PASSWORD, demoData: c.DEMO_DATA },
    rules: {
      policeCertificate: {
        maxAgeMonths: c.POLICE_CERTIFICATE_MAX_AGE_MONTHS,
        validYears: c.POLICE_CERTIFICATE_VALID_YEARS,
        remindDays: c.POLICE_CERTIFICATE_REMIND_DAYS,
      },
      hours: { approvalLinkDays: c.APPROVAL_LINK_DAYS },
      cards: { ruleSet: c.CARD_RULE_SET, confirmationLinkDays: c.CARD_CONFIRMATION_LINK_DAYS, statusLinkDays: c.CARD_STATUS_LINK_DAYS },
      grants: { filesDir: resolve(c.GRANT_FILES_DIR ?? join(c.DATA_DIR, 'grant-files')), maxAttachmentBytes: c.GRANT_ATTACHMENT_MAX_MB * 1024 * 1024 },
      events: { rsvpReminderDays: c.EVENT_RSVP_REMINDER_DAYS, nominationLinkDays: c.EVENT_NOMINATION_LINK_DAYS },
      sponsorships: {
        trialWeeksDefault: c.SPONSORSHIP_TRIAL_WEEKS,
        checkInMonths: { family: c.SPONSORSHIP_CHECKIN_MONTHS_FAMILY, mother: c.SPONSORSHIP_CHECKIN_MONTHS_MOTHER, learning: c.SPONSORSHIP_CHECKIN_MONTHS_LEARNING },
        plannedMonths: { family: c.SPONSORSHIP_PLANNED_MONTHS_FAMILY, mother: c.SPONSORSHIP_PLANNED_MONTHS_MOTHER, learning: c.SPONSORSHIP_PLANNED_MONTHS_LEARNING },
        endingSoonDays: c.SPONSORSHIP_ENDING_SOON_DAYS,
      },
    },
    privacy: {
      encryptionKeys: c.ENCRYPTION_KEYS
        ? c.ENCRYPTION_KEYS.split(',').map((entry) => ({ id: entry.slice(0, entry.indexOf(':')), key: Buffer.from(entry.slice(entry.indexOf(':') + 1), 'base64') }))
        : null,
      retention: {
        schedule: c.RETENTION_SCHEDULE,
        policeCertificateMonths: c.RETENTION_POLICE_CERTIFICATE_MONTHS,
        inactiveVolunteerYears: c.RETENTION_INACTIVE_VOLUNTEER_YEARS,
        rejectedApplicationYears: c.RETENTION_REJECTED_APPLICATION_YEARS,
        closedSponsorshipYears: c.RETENTION_CLOSED_SPONSORSHIP_YEARS,
        grantRecordYears: c.RETENTION_GRANT_RECORD_YEARS,
        accessibilityFeedbackMonths: c.RETENTION_ACCESSIBILITY_FEEDBACK_MONTHS,
      },
    },
    countyName: c.COUNTY_NAME,
    logLevel: c.LOG_LEVEL,
  };
}
