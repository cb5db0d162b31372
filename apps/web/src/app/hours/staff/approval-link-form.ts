import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { OrganisationRef, OrganisationView } from '@miteinander/contracts';
import { catchError, finalize, map, of, switchMap, tap } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FieldError } from '../../core/forms/field-error';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { FormAlert } from '../../core/forms/form-alert';
import { reportServerProblem } from '../../core/forms/server-field-errors';
import { HourLookupsApi } from '../data/hour-lookups-api';

type Contact = OrganisationView['contacts'][number];

/** Emails an organisation's contact person the link through which they approve their organisation's waiting hours. */
@Component({
  selector: 'app-approval-link-form',
  imports: [ReactiveFormsModule, MatButton, MatError, MatFormField, MatHint, MatIcon, MatLabel, MatOption, MatProgressBar, MatSelect, TranslatePipe, FieldError, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="send()" novalidate>
      <div class="progress-slot">
        @if (loadingContacts() || pending()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        }
      </div>
      <app-form-alert [message]="error()" />
      <app-form-alert kind="success" [message]="notice()" />
      <div class="fields">
        <mat-form-field>
          <mat-label>{{ 'hours.link.organisation' | translate }}</mat-label>
          <mat-select formControlName="organisationId" required>
            @for (organisation of organisations(); track organisation.id) {
              <mat-option [value]="organisation.id">{{ organisation.name }}</mat-option>
            }
          </mat-select>
          <mat-error><app-field-error [errors]="form.controls.organisationId.errors" /></mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'hours.link.contact' | translate }}</mat-label>
          <mat-select formControlName="contactId" required>
            @for (contact of contacts(); track contact.id) {
              <mat-option [value]="contact.id">{{ contact.name }} ({{ contact.email }})</mat-option>
            }
          </mat-select>
          @if (noContacts()) {
            <mat-hint>{{ 'hours.link.noContacts' | translate }}</mat-hint>
          }
          <mat-error><app-field-error [errors]="form.controls.contactId.errors" /></mat-error>
        </mat-form-field>
        <button mat-flat-button type="submit" class="send" [disabled]="pending()">
          <mat-icon aria-hidden="true">forward_to_inbox</mat-icon>
          {{ 'hours.link.send' | translate }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: flex-start;
    }
    .fields mat-form-field {
      flex: 1 1 14rem;
    }
    .send {
      margin-block-start: 0.5rem;
    }
  `,
})
export class ApprovalLinkForm {
  readonly organisations = input<OrganisationRef[]>([]);

  private readonly api = inject(HourLookupsApi);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly form = inject(NonNullableFormBuilder).group({
    organisationId: ['', Validators.required],
    contactId: [{ value: '', disabled: true }, Validators.required],
  });
  protected readonly organisation = signal<OrganisationView | null>(null);
  protected readonly contacts = computed<Contact[]>(() => (this.organisation()?.contacts ?? []).filter((c) => !!c.email));
  protected readonly noContacts = computed(() => !!this.organisation() && this.contacts().length === 0);
  protected readonly loadingContacts = signal(false);
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  constructor() {
    this.form.controls.organisationId.valueChanges
      .pipe(
        tap(() => {
          this.organisation.set(null);
          this.form.controls.contactId.reset('');
          this.form.controls.contactId.disable();
          this.loadingContacts.set(true);
        }),
        switchMap((id) =>
          this.api.organisation(id).pipe(
            map((organisation) => ({ organisation, problem: null as string | null })),
            catchError((e: unknown) => of({ organisation: null, problem: toApiProblem(e, this.translate).message })),
            finalize(() => this.loadingContacts.set(false)),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ organisation, problem }) => {
        this.organisation.set(organisation);
        this.error.set(problem);
        const contacts = this.contacts();
        if (contacts.length) this.form.controls.contactId.enable();
        if (contacts.length === 1) this.form.controls.contactId.setValue(contacts[0]!.id);
      });
  }

  protected send(): void {
    this.notice.set(null);
    if (this.form.invalid || !this.form.controls.contactId.value) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const { organisationId, contactId } = this.form.getRawValue();
    const contact = this.contacts().find((c) => c.id === contactId);
    this.pending.set(true);
    this.error.set(null);
    this.api
      .sendApprovalLink(organisationId, contactId)
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: () => this.notice.set(this.translate.instant('hours.link.sent', { name: contact?.name ?? '', email: contact?.email ?? '' }) as string),
        error: (e: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(e, this.translate))),
      });
  }
}
