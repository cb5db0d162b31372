/** Why someone read a sensitive record (DSGVO Art. 5(1)(b)): recorded with every audited read, never the data. */
export const AUDIT_PURPOSES = ['case_work', 'matching', 'access_request', 'self_export', 'review'] as const;
export type AuditPurpose = (typeof AUDIT_PURPOSES)[number];
