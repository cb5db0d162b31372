/**
 * Reminder kinds: each has its own scheduler. Recipients choose per kind: instant, a weekly digest
 * (where that makes sense) or off. Mandatory mails (password reset, decisions…) are not reminders.
 */
export const REMINDER_KINDS = [
  'hours-nudge',
  'hours-approval-digest',
  'sponsorship-checkin',
  'police-certificate',
  'card-expiry',
  'microproject-report',
  'event-reminder',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Kinds that can be bundled into the weekly digest instead of single mails. */
export const DIGESTIBLE_KINDS: readonly ReminderKind[] = ['sponsorship-checkin', 'police-certificate', 'card-expiry', 'microproject-report', 'event-reminder'];

export const PREFERENCE_MODES = ['instant', 'digest', 'off'] as const;
export type PreferenceMode = (typeof PREFERENCE_MODES)[number];

export interface MailPreferenceView {
  kind: ReminderKind;
  mode: PreferenceMode;
  digestAllowed: boolean;
}

export interface MailPreferencesView {
  /** Partly hidden when read through a capability link (e.g. "an***@example.org"). */
  email: string;
  preferences: MailPreferenceView[];
}

export interface UpdateMailPreferences {
  preferences: { kind: ReminderKind; mode: PreferenceMode }[];
}
