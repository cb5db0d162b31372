import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, type ErasureResult, type PrivacyRequestView } from '@miteinander/contracts';
import { APP_CONFIG, AppError, AuditEntry, invalid, type AppConfig } from '@miteinander/server-platform';
import { personParams, resolvePeople, subjectIds, subjectLabel } from '../export/person';
import { PrivacyRequestsService } from '../requests/privacy-requests.service';
import { KEPT_GRANT_RECORDS_SQL } from './erasure-statements';
import { recordInLedger, runErasure } from './erasure-runner';

/** Art. 17: erases or anonymises the subject of an open erasure request, keeping what a retention duty requires. */
@Injectable()
export class ErasureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: PrivacyRequestsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async erase(requestId: string, confirmName: string, actorId: string): Promise<ErasureResult> {
    const years = this.config.privacy.retention.grantRecordYears;
    return this.dataSource.transaction(async (m) => {
      const [locked]: { id: string }[] = await m.query(`SELECT id FROM privacy_requests WHERE id = $1 FOR UPDATE`, [requestId]);
      if (!locked) throw new AppError(404, ErrorCode.NotFound);
      const request: PrivacyRequestView = await this.requests.get(requestId, m);
      if (request.kind !== 'erasure' || request.status !== 'open' || !request.subjectId) throw new AppError(409, ErrorCode.StateConflict);
      const label = await subjectLabel(m, request.subjectType, request.subjectId);
      if (label === null) throw invalid({ field: 'subjectId', rule: 'subject_not_found' });
      if (confirmName.trim() !== label) throw invalid({ field: 'confirmName', rule: 'name_mismatch' });

      const person = await resolvePeople(m, subjectIds(request.subjectType, request.subjectId));
      const kept: { n: number; until: string }[] = await m.query(KEPT_GRANT_RECORDS_SQL, [...personParams(person), years]);
      const erased = await runErasure(m, person, years);
      await recordInLedger(m, person);
      const keptText = kept.map((k) => `${k.n} Mikroprojekt-Akte(n) bis ${k.until}`).join(', ');
      await m.query(`UPDATE privacy_requests SET status = 'done', done_at = now(), actor_id = $2, outcome = $3 WHERE id = $1`, [
        requestId,
        actorId,
        keptText ? `Gelöscht bzw. anonymisiert; aufbewahrt (Aufbewahrungspflicht): ${keptText}` : 'Gelöscht bzw. anonymisiert',
      ]);
      await m.getRepository(AuditEntry).insert([
        { actorId, action: 'update', entity: 'privacy_request', entityId: requestId, diff: { status: ['open', 'done'] } },
        { actorId, action: 'delete', entity: request.subjectType, entityId: request.subjectId, diff: null },
      ]);
      return { requestId, erased, kept: kept.map((k) => ({ table: 'grant_applications', count: k.n, until: k.until })) };
    });
  }
}
