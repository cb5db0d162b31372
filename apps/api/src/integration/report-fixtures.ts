import type { Report, ReportName, ReportTable } from '@miteinander/contracts';
import type { SignedIn } from '../test-support/people';

/** One report as the coordinator's browser asks for it; anything but 200 fails the test right there. */
export async function fetchReport(who: SignedIn, name: ReportName, query: Record<string, string | number>, lang = 'de'): Promise<Report> {
  const res = await who.agent.get(`/api/v1/reports/${name}`).query(query).set('accept-language', lang);
  if (res.status !== 200) throw new Error(`GET /reports/${name} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as Report;
}

/** A report's table by its key. */
export const tableOf = (r: Report, key: string): ReportTable => r.tables.find((x) => x.key === key)!;
