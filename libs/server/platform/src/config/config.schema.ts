import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const url = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((v) => protocols.some((p) => v.startsWith(`${p}:`)), { message: `must start with ${protocols.join(': or ')}:` });

/** Every environment variable the server reads. `.env.example` documents each one. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: url(['http', 'https']).optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  DATABASE_URL: url(['postgres', 'postgresql']).optional(),
  // Reports and list exports read from this replica; needs DATABASE_URL (the embedded database has no replica).
  DATABASE_READ_URL: url(['postgres', 'postgresql']).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_RUN_MIGRATIONS: bool.optional(),
  REDIS_URL: url(['redis', 'rediss']).optional(),
  QUEUE_PREFIX: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes only').default('miteinander'),
  SMTP_URL: url(['smtp', 'smtps']).optional(),
  MAIL_FROM: z.string().min(3).default('Miteinander <no-reply@miteinander.local>'),
  MAIL_MESSAGE_ID_DOMAIN: z.string().min(1).default('miteinander.local'),
  COUNTY_NAME: z.string().min(1).default('Landkreis Leipzig'),
  COOKIE_SECURE: bool.default('true'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
  LOGIN_THROTTLE_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(2_000_000),
  ADMIN_EMAIL: z.string().email().default('admin@miteinander.local'),
  ADMIN_PASSWORD: z.string().min(10).optional(),
  DEMO_DATA: bool.default('false'),
  WEB_DIST_DIR: z.string().optional(),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(1000),
  OUTBOX_STUCK_SECONDS: z.coerce.number().int().min(5).default(600),
  SMTP_TIMEOUT_MS: z.coerce.number().int().min(500).default(30_000),
  COUNTY_LOGO_URL: url(['http', 'https']).optional(),
  QUIET_HOURS: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'like 20:00-07:00').default('20:00-07:00'),
  REMINDER_TIMEZONE: z.string().min(1).default('Europe/Berlin'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(10),
  POLICE_CERTIFICATE_MAX_AGE_MONTHS: z.coerce.number().int().min(1).max(24).default(3),
  POLICE_CERTIFICATE_VALID_YEARS: z.coerce.number().int().min(1).max(10).default(5),
  POLICE_CERTIFICATE_REMIND_DAYS: z.coerce.number().int().min(1).max(365).default(60),
  APPROVAL_LINK_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  SPONSORSHIP_TRIAL_WEEKS: z.coerce.number().int().min(4).max(12).default(6),
  SPONSORSHIP_CHECKIN_MONTHS_FAMILY: z.coerce.number().int().min(1).max(12).default(3),
  SPONSORSHIP_CHECKIN_MONTHS_MOTHER: z.coerce.number().int().min(1).max(12).default(3),
  SPONSORSHIP_CHECKIN_MONTHS_LEARNING: z.coerce.number().int().min(1).max(12).default(3),
  SPONSORSHIP_PLANNED_MONTHS_FAMILY: z.coerce.number().int().min(1).max(36).default(12),
  SPONSORSHIP_PLANNED_MONTHS_MOTHER: z.coerce.number().int().min(1).max(36).default(12),
  SPONSORSHIP_PLANNED_MONTHS_LEARNING: z.coerce.number().int().min(1).max(36).default(6),
  CARD_RULE_SET: z.string().regex(/^[a-z0-9-]{1,40}$/, 'a rule set code such as landkreis-leipzig').default('landkreis-leipzig'),
  CARD_CONFIRMATION_LINK_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  CARD_STATUS_LINK_DAYS: z.coerce.number().int().min(30).max(1095).default(400),
  GRANT_FILES_DIR: z.string().min(1).optional(),
  GRANT_ATTACHMENT_MAX_MB: z.coerce.number().int().min(1).max(100).default(10),
  EVENT_RSVP_REMINDER_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  EVENT_NOMINATION_LINK_DAYS: z.coerce.number().int().min(1).max(90).default(21),
  SPONSORSHIP_ENDING_SOON_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).default('log'),
  // Privacy: field encryption keys "id:base64(32 bytes)" separated by commas, the first encrypts, all decrypt
  // (rotation: put the new key first, re-encrypt, then drop the old one). Without it, embedded mode keeps a key
  // file in DATA_DIR; production refuses to start.
  ENCRYPTION_KEYS: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/]{43}=)*$/, 'like k1:<32 bytes in base64>[,k0:<older key>]')
    .optional(),
  RETENTION_SCHEDULE: z.string().min(9).default('30 3 * * *'),
  RETENTION_POLICE_CERTIFICATE_MONTHS: z.coerce.number().int().min(0).max(24).default(3),
  RETENTION_INACTIVE_VOLUNTEER_YEARS: z.coerce.number().int().min(1).max(30).default(3),
  RETENTION_REJECTED_APPLICATION_YEARS: z.coerce.number().int().min(1).max(30).default(1),
  RETENTION_CLOSED_SPONSORSHIP_YEARS: z.coerce.number().int().min(1).max(30).default(3),
  RETENTION_GRANT_RECORD_YEARS: z.coerce.number().int().min(1).max(30).default(5),
  RETENTION_ACCESSIBILITY_FEEDBACK_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
});

export type RawConfig = z.infer<typeof configSchema>;
