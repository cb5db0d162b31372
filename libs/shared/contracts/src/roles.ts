/** The roles a Miteinander account can hold. A user may hold several; none means no access. */
export const ROLES = ['admin', 'coordinator', 'reviewer', 'volunteer', 'applicant'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a person may pick when registering themselves; staff roles are granted by admins. */
export const SELF_REGISTRATION_ROLES = ['volunteer', 'applicant'] as const satisfies readonly Role[];
export type SelfRegistrationRole = (typeof SELF_REGISTRATION_ROLES)[number];
