import { FormControl, FormGroup, Validators, type FormArray } from '@angular/forms';
import type { OrganisationContact } from '@miteinander/contracts';
import { phoneNumber } from '../volunteers/shared/date-validators';

export type ContactGroup = FormGroup<{
  id: FormControl<string | null>;
  name: FormControl<string>;
  email: FormControl<string>;
  phone: FormControl<string>;
}>;

/** One contact row; its id goes back to the server so the contact (and links sent to them) stays the same. */
export function contactGroup(contact?: OrganisationContact): ContactGroup {
  return new FormGroup({
    id: new FormControl<string | null>(contact?.id ?? null),
    name: new FormControl(contact?.name ?? '', { nonNullable: true, validators: [Validators.required, Validators.minLength(2), Validators.maxLength(120)] }),
    email: new FormControl(contact?.email ?? '', { nonNullable: true, validators: [Validators.required, Validators.email, Validators.maxLength(254)] }),
    phone: new FormControl(contact?.phone ?? '', { nonNullable: true, validators: [Validators.maxLength(30), phoneNumber] }),
  });
}

export function contactsOf(array: FormArray<ContactGroup>): OrganisationContact[] {
  return array.getRawValue().map((c) => ({
    ...(c.id ? { id: c.id } : {}),
    name: c.name.trim(),
    email: c.email.trim(),
    phone: c.phone.trim() || null,
  }));
}
