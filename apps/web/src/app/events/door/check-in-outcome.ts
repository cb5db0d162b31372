import type { CheckInResult, DoorListEntry } from '@miteinander/contracts';

/**
 * What the door staff see after a scan or a tap, by how they must act: welcome (green), already in (amber), let in but
 * with a note (warning: not registered, waiting list), stop (error: unknown code), or recorded offline (queued).
 */
export type OutcomeTone = 'welcome' | 'already' | 'warning' | 'error' | 'queued';

export interface CheckInOutcome {
  /** Counts up, so the same words said twice are announced twice. */
  seq: number;
  tone: OutcomeTone;
  name: string | null;
  plusOne: boolean;
  /** Instant (ISO) of the first check-in, for "already checked in at 18:42". */
  checkedInAt: string | null;
  /** The server's words, already in the UI language; they win over the local text key. */
  message: string | null;
  /** A text of eventsDoor.result when the phone decided on its own (offline, not a code). */
  key: string | null;
}

let seq = 0;

function outcome(parts: Partial<CheckInOutcome> & { tone: OutcomeTone }): CheckInOutcome {
  return { seq: ++seq, name: null, plusOne: false, checkedInAt: null, message: null, key: null, ...parts };
}

/** The server's answer to one check-in. */
export function outcomeOf(result: CheckInResult): CheckInOutcome {
  const person = { name: result.name, plusOne: result.plusOne, checkedInAt: result.checkedInAt, message: result.message };
  if (!result.ok) return outcome({ tone: 'error', ...person, key: result.message ? null : 'eventsDoor.result.unknownCode' });
  if (result.alreadyCheckedIn) return outcome({ tone: 'already', ...person });
  // Let in, but the server says something is off (no acceptance, waiting list).
  if (result.message || result.status !== 'accepted') return outcome({ tone: 'warning', ...person, key: result.message ? null : warningKey(result.status) });
  return outcome({ tone: 'welcome', ...person });
}

/** A name-search pick decided on the phone while offline, from the door list on it. */
export function offlineOutcomeOf(entry: DoorListEntry): CheckInOutcome {
  const person = { name: entry.name, plusOne: entry.plusOne, checkedInAt: entry.checkedInAt };
  if (entry.checkedInAt) return outcome({ tone: 'already', ...person });
  if (entry.status !== 'accepted') return outcome({ tone: 'warning', ...person, key: warningKey(entry.status) });
  return outcome({ tone: 'welcome', ...person, key: 'eventsDoor.result.savedOffline' });
}

/** A scanned code recorded offline: whose it is only the server knows. */
export function queuedOutcome(): CheckInOutcome {
  return outcome({ tone: 'queued', key: 'eventsDoor.result.codeQueued' });
}

/** The same code or person was recorded before on this phone and is still waiting to be sent. */
export function duplicateOutcome(name: string | null): CheckInOutcome {
  return outcome({ tone: 'already', name, key: 'eventsDoor.result.alreadyRecorded' });
}

/** A scan that is no admission code of ours (another QR code, a typo). */
export function notACodeOutcome(): CheckInOutcome {
  return outcome({ tone: 'error', key: 'eventsDoor.result.notACode' });
}

/** The server refused the request; its message says why. */
export function refusedOutcome(message: string): CheckInOutcome {
  return outcome({ tone: 'error', message });
}

function warningKey(status: CheckInResult['status']): string {
  if (status === 'waitlisted') return 'eventsDoor.result.waitlisted';
  if (status === 'declined') return 'eventsDoor.result.declined';
  return 'eventsDoor.result.notRegistered';
}
