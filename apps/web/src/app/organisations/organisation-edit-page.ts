import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, computed, inject, input, Injector, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormArray, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ORGANISATION_KINDS, type OrganisationKind, type OrganisationView, type SaveOrganisationRequest } from '@miteinander/contracts';
import { EMPTY, catchError, finalize, of, switchMap, tap } from 'rxjs';
import { toApiProblem } from '../core/api/api-problem';
import { focusFirstInvalid } from '../core/forms/focus-first-invalid';
import { FormAlert } from '../core/forms/form-alert';
import { reportServerProblem } from '../core/forms/server-field-errors';
import { FieldMessage } from '../volunteers/shared/field-message';
import { MunicipalityField, chosenMunicipality, municipalityIdOf, municipalityValue, type MunicipalityValue } from '../volunteers/shared/municipality-field';
import { trackControl } from '../volunteers/shared/track-control';
import { OrganisationsApi } from './organisations-api';
import { contactGroup, contactsOf, type ContactGroup } from './organisation-contacts';

/** Creates (route "new") or edits (route ":id") an organisation and its contact persons. */
@Component({
  selector: 'app-organisation-edit-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatIcon,
    MatIconButton,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    TranslatePipe,
    FieldMessage,
    FormAlert,
    MunicipalityField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisation-edit-page.html',
  styleUrl: './organisation-edit-page.scss',
})
export class OrganisationEditPage {
  /** Route parameter; absent on "new". */
  readonly id = input<string>();

  private readonly api = inject(OrganisationsApi);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly kinds = ORGANISATION_KINDS;
  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    kind: this.fb.control<OrganisationKind | ''>('', Validators.required),
    street: ['', Validators.maxLength(200)],
    postalCode: ['', Validators.pattern(/^\d{5}$/)],
    municipalityId: this.fb.control<MunicipalityValue>(null, chosenMunicipality),
    contacts: new FormArray<ContactGroup>([]),
  });
  /** Re-renders when rows are added or removed. */
  protected readonly contactRows = trackControl(() => this.form.controls.contacts);
  protected readonly organisation = signal<OrganisationView | null>(null);
  protected readonly isNew = computed(() => !this.id());
  protected readonly loading = signal(false);
  protected readonly pending = signal(false);
  protected readonly notFound = signal(false);
  protected readonly error = signal<string | null>(null);
  /** "Created" survives the move from /new to the new organisation's address. */
  protected readonly notice = signal<string | null>((this.router.currentNavigation()?.extras.state?.['notice'] as string | undefined) ?? null);

  constructor() {
    toObservable(this.id)
      .pipe(
        tap(() => this.error.set(null)),
        switchMap((id) => {
          if (!id) return EMPTY;
          this.loading.set(true);
          return this.api.get(id).pipe(
            catchError((error: unknown) => {
              const problem = toApiProblem(error, this.translate);
              this.notFound.set(problem.status === 404);
              if (problem.status !== 404) this.error.set(problem.message);
              return of(null);
            }),
            finalize(() => this.loading.set(false)),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((organisation) => {
        if (organisation) this.fill(organisation);
      });
  }

  protected addContact(): void {
    this.form.controls.contacts.push(contactGroup());
    this.form.controls.contacts.markAsDirty();
    // Keyboard and screen-reader users continue in the new row.
    const index = this.form.controls.contacts.length - 1;
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLInputElement>(`#contact-${index}-name`)?.focus(), { injector: this.injector });
  }

  protected removeContact(index: number): void {
    this.form.controls.contacts.removeAt(index);
    this.form.controls.contacts.markAsDirty();
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const v = this.form.getRawValue();
    const request: SaveOrganisationRequest = {
      name: v.name.trim(),
      kind: v.kind as OrganisationKind,
      street: v.street.trim() || null,
      postalCode: v.postalCode.trim() || null,
      municipalityId: municipalityIdOf(v.municipalityId),
      contacts: contactsOf(this.form.controls.contacts),
    };
    const id = this.id();
    this.pending.set(true);
    this.error.set(null);
    this.notice.set(null);
    (id ? this.api.update(id, request) : this.api.create(request)).pipe(finalize(() => this.pending.set(false))).subscribe({
      next: (organisation) => {
        if (id) {
          this.fill(organisation);
          this.notice.set(this.translate.instant('organisations.edit.saved') as string);
          return;
        }
        const notice = this.translate.instant('organisations.edit.created', { name: organisation.name }) as string;
        void this.router.navigate(['..', organisation.id], { relativeTo: this.route, replaceUrl: true, state: { notice } });
      },
      error: (error: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(error, this.translate))),
    });
  }

  private fill(organisation: OrganisationView): void {
    this.organisation.set(organisation);
    const contacts = this.form.controls.contacts;
    contacts.clear({ emitEvent: false });
    for (const contact of organisation.contacts) contacts.push(contactGroup(contact), { emitEvent: false });
    this.form.reset({
      name: organisation.name,
      kind: organisation.kind,
      street: organisation.street ?? '',
      postalCode: organisation.postalCode ?? '',
      municipalityId: municipalityValue(organisation.municipalityId, organisation.municipalityName),
      contacts: organisation.contacts.map((c) => ({ id: c.id, name: c.name, email: c.email, phone: c.phone ?? '' })),
    });
  }
}
