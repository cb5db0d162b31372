import type { GrantApplicationData } from '@miteinander/contracts';

/** The application form's fields in the order the form shows them: problems and diffs are listed in this order. */
export const GRANT_FORM_FIELDS = [
  'applicantType',
  'organisationName',
  'cooperatingOrganisation',
  'contactPhone',
  'title',
  'goals',
  'targetGroup',
  'fieldOfAction',
  'projectArea',
  'municipalityId',
  'startDate',
  'endDate',
  'plannedRefugees',
  'plannedLocals',
  'costLines',
  'ownContributionCents',
  'otherFundingCents',
  'otherFundingSource',
  'requestedCents',
  'accountHolder',
  'iban',
  'publicConsent',
  'shortDescription',
] as const satisfies readonly (keyof GrantApplicationData)[];

export const COST_LINE_FIELDS = ['id', 'category', 'description', 'amountCents'] as const;

// Compile-time guard: a field added to the contract must be placed in the form order too.
type MissingFromOrder = Exclude<keyof GrantApplicationData, (typeof GRANT_FORM_FIELDS)[number]>;
const _orderIsComplete: [MissingFromOrder] extends [never] ? true : never = true;
