import type { EntityManager } from 'typeorm';
import type { WorkQueue } from '@miteinander/contracts';
import type { DetailTexts } from '../detail-texts';

/** How many items each queue shows on the start page. */
export const TOP = 5;

/** What every queue query needs: the county's "today" and "now", its time zone, and the texts in the requester's language. */
export interface QueueContext {
  m: EntityManager;
  /** yyyy-mm-dd in the county. */
  today: string;
  now: Date;
  timeZone: string;
  texts: DetailTexts;
}

/** One set-based query per queue: the count of all matching rows and the most urgent few. */
export type QueueQuery = (ctx: QueueContext) => Promise<WorkQueue>;

/** The rows carry `total` (a window count over all matches, computed before LIMIT); no rows means none at all. */
export const totalOf = (rows: { total: number }[]): number => rows[0]?.total ?? 0;
