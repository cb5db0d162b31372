import { INVITATION_SOURCES, type InvitationSource } from '@miteinander/contracts';

/** One person a criterion (or a manual addition) selected, before merging. */
export interface Candidate {
  email: string | null;
  name: string;
  source: InvitationSource;
  volunteerId?: string | null;
  contactId?: string | null;
  locale?: string | null;
}

/** One invitee: everyone with the same email address (case and spaces do not matter) is one person. */
export interface MergedInvitee {
  /** The address lower-cased and trimmed: the key the invitation list is unique on. */
  emailKey: string;
  email: string;
  name: string;
  sources: InvitationSource[];
  volunteerId: string | null;
  contactId: string | null;
  locale: string;
}

export const DEFAULT_LOCALE = 'de';

/** Deliberately loose: one @, something before it, a dot after it, no spaces. The mail server decides the rest. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const emailKeyOf = (email: string | null | undefined): string | null => {
  if (typeof email !== 'string') return null;
  const key = email.trim().toLowerCase();
  return EMAIL.test(key) ? key : null;
};

/**
 * Merges the candidates of all criteria into invitees by email address. Name and locale come from the person's own
 * volunteer record when there is one (it is what they keep up to date), else from the organisation contact, else
 * from whatever was given. Candidates without a usable address cannot be invited by mail; `withoutEmail` counts
 * them as people (a volunteer found by three criteria is one), leaving out anyone who is invited under an address
 * through another candidate with the same volunteer or contact id. Sorted by name as a German reader expects.
 */
export function mergeCandidates(cs: Candidate[]): { invitees: MergedInvitee[]; withoutEmail: number } {
  const groups = new Map<string, Candidate[]>();
  const noEmail: Candidate[] = [];
  for (const c of cs) {
    const key = emailKeyOf(c.email);
    if (key === null) noEmail.push(c);
    else groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const invitees = [...groups].map(([key, group]) => mergeGroup(key, group));
  invitees.sort((a, b) => a.name.localeCompare(b.name, 'de') || (a.emailKey < b.emailKey ? -1 : a.emailKey > b.emailKey ? 1 : 0));
  return { invitees, withoutEmail: countWithoutEmail(noEmail, [...groups.values()].flat()) };
}

/** Volunteer first, then organisation contact, then the rest; input order within each (a stable sort). */
const rank = (c: Candidate): number => (c.volunteerId ? 0 : c.contactId ? 1 : 2);

function mergeGroup(emailKey: string, group: Candidate[]): MergedInvitee {
  const preferred = [...group].sort((a, b) => rank(a) - rank(b));
  const sources = new Set(group.map((c) => c.source));
  const name = preferred.map((c) => (typeof c.name === 'string' ? c.name.trim() : '')).find((n) => n !== '') ?? '';
  return {
    emailKey,
    email: preferred[0]!.email!.trim(),
    name,
    sources: INVITATION_SOURCES.filter((s) => sources.has(s)),
    volunteerId: group.find((c) => c.volunteerId)?.volunteerId ?? null,
    contactId: group.find((c) => c.contactId)?.contactId ?? null,
    locale: preferred.map((c) => c.locale?.trim()).find((l): l is string => !!l) ?? DEFAULT_LOCALE,
  };
}

/** Distinct people among the candidates without an address: by volunteer id, else contact id, else name. */
function countWithoutEmail(noEmail: Candidate[], withEmail: Candidate[]): number {
  const invitedVolunteers = new Set(withEmail.map((c) => c.volunteerId).filter(Boolean));
  const invitedContacts = new Set(withEmail.map((c) => c.contactId).filter(Boolean));
  const people = new Set<string>();
  for (const c of noEmail) {
    if ((c.volunteerId && invitedVolunteers.has(c.volunteerId)) || (c.contactId && invitedContacts.has(c.contactId))) continue;
    people.add(c.volunteerId ? `v:${c.volunteerId}` : c.contactId ? `c:${c.contactId}` : `n:${String(c.name ?? '').trim().toLowerCase()}`);
  }
  return people.size;
}
