import type { DataSource } from 'typeorm';
import { fieldCipher } from '@miteinander/server-platform';
import { policeEntryTag } from '@miteinander/server-people';

export interface PoliceCheckFacts {
  inspectionDate: string;
  issueDate: string;
  relevantEntry?: boolean;
  inspector?: string;
}

/** A police-certificate record as the application stores it: the facts encrypted, the entry as a blind-index tag. */
export async function insertPoliceCheck(ds: DataSource, volunteerId: string, facts: PoliceCheckFacts): Promise<void> {
  const relevantEntry = facts.relevantEntry ?? false;
  await ds.query(
    `INSERT INTO police_certificate_checks (volunteer_id, inspection_date, issue_date, relevant_entry, entry_tag, inspector) VALUES ($1, $2, $3, $4, $5, $6)`,
    [volunteerId, facts.inspectionDate, facts.issueDate, fieldCipher().encrypt(String(relevantEntry)), policeEntryTag(volunteerId, relevantEntry), fieldCipher().encrypt(facts.inspector ?? 'K. Hoffmann')],
  );
}
