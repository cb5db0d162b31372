import type { ConsentPurpose } from '@miteinander/contracts';

/**
 * DSGVO: processing that rests on a consent stops once the volunteer withdrew it, i.e. a row for the purpose exists
 * and none is current. Volunteers with no row at all are still processed: their records predate consent tracking
 * and rest on their registration; see the privacy notes. `volunteerId` is an SQL expression (a column or `$1`);
 * `purpose` comes from the fixed list of purposes, never from a request.
 */
export const consentNotWithdrawnSql = (volunteerId: string, purpose: ConsentPurpose): string =>
  `NOT (EXISTS (SELECT 1 FROM volunteer_consents c_any WHERE c_any.volunteer_id = ${volunteerId} AND c_any.purpose = '${purpose}')
        AND NOT EXISTS (SELECT 1 FROM volunteer_consents c_now WHERE c_now.volunteer_id = ${volunteerId} AND c_now.purpose = '${purpose}' AND c_now.withdrawn_at IS NULL))`;

/** Whether the volunteer may still be processed for a placement: suggested, planned, proposed, moved on. */
export const placementAllowedSql = (volunteerId: string): string => consentNotWithdrawnSql(volunteerId, 'placement');
