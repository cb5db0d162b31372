/**
 * DSGVO: a volunteer who withdrew their 'placement' consent (a placement row exists, none is current) is no longer
 * processed for matching: not suggested, not planned into a round. Counted with "notActive" (not available for a
 * placement). Volunteers with no consent recorded at all are still matched: their records predate consent
 * tracking and rest on their registration; see the privacy notes. The rule lives with the consents (server-people)
 * because the sponsorship lifecycle applies it too, to proposals and every later step of the placement.
 */
export { placementAllowedSql } from '@miteinander/server-people';
