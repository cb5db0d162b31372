/**
 * DSGVO: a volunteer who withdrew their 'placement' consent (a placement row exists, none is current) is no longer
 * processed for matching: not suggested, not planned into a round. Counted with "notActive" (not available for a
 * placement). Volunteers with no consent recorded at all are still matched: their records predate consent
 * tracking and rest on their registration; see the privacy notes.
 */
export const placementAllowedSql = (volunteerId: string): string =>
  `NOT (EXISTS (SELECT 1 FROM volunteer_consents pc_any WHERE pc_any.volunteer_id = ${volunteerId} AND pc_any.purpose = 'placement')
        AND NOT EXISTS (SELECT 1 FROM volunteer_consents pc_now WHERE pc_now.volunteer_id = ${volunteerId} AND pc_now.purpose = 'placement' AND pc_now.withdrawn_at IS NULL))`;
