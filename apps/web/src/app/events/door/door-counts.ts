import type { CheckInCounts, CheckInResult, DoorListEntry } from '@miteinander/contracts';
import type { QueuedCheckIn } from './check-in-queue';

const seats = (plusOne: boolean) => (plusOne ? 2 : 1);

/** The counts as far as the door list on the phone knows them: for a first visit without a connection. */
export function countsFromList(entries: DoorListEntry[]): CheckInCounts {
  const expected = entries.filter((e) => e.status === 'accepted');
  const arrived = entries.filter((e) => e.checkedInAt);
  return {
    expected: expected.length,
    expectedPeople: expected.reduce((sum, e) => sum + seats(e.plusOne), 0),
    checkedIn: arrived.length,
    checkedInPeople: arrived.reduce((sum, e) => sum + seats(e.plusOne), 0),
  };
}

/** Adds the check-ins still waiting on the phone, which the server's counts cannot know yet. */
export function withQueued(counts: CheckInCounts, queued: QueuedCheckIn[], find: (invitationId: string) => DoorListEntry | undefined): CheckInCounts {
  const people = queued.reduce((sum, q) => sum + seats(q.invitationId ? (find(q.invitationId)?.plusOne ?? false) : false), 0);
  return { ...counts, checkedIn: counts.checkedIn + queued.length, checkedInPeople: counts.checkedInPeople + people };
}

/** A check-in the server just confirmed, counted before the next poll brings the same number. */
export function withArrival(counts: CheckInCounts, result: CheckInResult): CheckInCounts {
  if (!result.ok || result.alreadyCheckedIn) return counts;
  return { ...counts, checkedIn: counts.checkedIn + 1, checkedInPeople: counts.checkedInPeople + seats(result.plusOne) };
}
