export const ORGANISATION_KINDS = ['association', 'church', 'municipality', 'welfare', 'initiative'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** A contact person of an Einsatzstelle; has no account, approves hours through an emailed link. */
export interface OrganisationContact {
  id?: string;
  name: string;
  email: string;
  phone?: string | null;
}

export interface OrganisationView {
  id: string;
  name: string;
  kind: OrganisationKind;
  street: string | null;
  postalCode: string | null;
  municipalityId: number | null;
  municipalityName: string | null;
  contacts: Required<OrganisationContact>[];
  volunteerCount: number;
  createdAt: string;
}

export interface SaveOrganisationRequest {
  name: string;
  kind: OrganisationKind;
  street?: string | null;
  postalCode?: string | null;
  municipalityId?: number | null;
  /** Replaces the contact list; contacts keep their id when it is sent back. */
  contacts: OrganisationContact[];
}

export const ORGANISATION_SORT_FIELDS = ['name', 'kind', 'createdAt'] as const;
export type OrganisationSortField = (typeof ORGANISATION_SORT_FIELDS)[number];
