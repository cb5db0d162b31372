import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ErasureResult, PrivacyRequestView } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../core/api/api-problem';
import { FieldError } from '../core/forms/field-error';
import { FormAlert } from '../core/forms/form-alert';
import { reportServerProblem } from '../core/forms/server-field-errors';
import { LanguageStore } from '../core/i18n/language-store';
import { DayPipe } from './day.pipe';
import { PrivacyApi } from './privacy-api';

/** The name exactly as shown (only outer spaces do not count), as the server checks it: the coordinator looked at whose data goes. */
export const sameName = (typed: string, name: string): boolean => typed.trim() === name.trim();

/**
 * Erases (or anonymises) a person's data for an erasure request. Irreversible, so the coordinator types the
 * person's name; afterwards the dialog shows what was erased and what is kept under a retention duty.
 */
@Component({
  selector: 'app-erase-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatProgressBar,
    TranslatePipe,
    DayPipe,
    FieldError,
    FormAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let lang = language.current();
    <h2 mat-dialog-title>{{ 'privacy.erase.title' | translate: { name: request.subjectLabel } }}</h2>
    @if (result(); as r) {
      <mat-dialog-content>
        <div role="status" aria-live="polite">
          <h3 #resultHeading tabindex="-1" class="result-heading">
            <mat-icon aria-hidden="true">check_circle</mat-icon>
            {{ 'privacy.erase.done' | translate }}
          </h3>
          <h4>{{ 'privacy.erase.erasedHeading' | translate }}</h4>
          @if (erasedRows().length) {
            <ul>
              @for (row of erasedRows(); track row.table) {
                <li>{{ 'privacy.erase.erasedRow' | translate: { table: row.table, count: row.count } }}</li>
              }
            </ul>
          } @else {
            <p>{{ 'privacy.erase.nothingErased' | translate }}</p>
          }
          <h4>{{ 'privacy.erase.keptHeading' | translate }}</h4>
          @if (r.kept.length) {
            <ul>
              @for (row of r.kept; track row.table) {
                <li>{{ 'privacy.erase.keptRow' | translate: { table: row.table, count: row.count, until: row.until | day: lang } }}</li>
              }
            </ul>
          } @else {
            <p>{{ 'privacy.erase.nothingKept' | translate }}</p>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-flat-button type="button" [mat-dialog-close]="r">{{ 'common.close' | translate }}</button>
      </mat-dialog-actions>
    } @else {
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-dialog-content>
          <div class="progress-slot">
            @if (pending()) {
              <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
            }
          </div>
          <p class="warning">
            <mat-icon aria-hidden="true">warning</mat-icon>
            <span>{{ 'privacy.erase.warning' | translate }}</span>
          </p>
          <p>{{ 'privacy.erase.instruction' | translate: { name: request.subjectLabel } }}</p>
          <app-form-alert [message]="error()" />
          <mat-form-field class="field">
            <mat-label>{{ 'privacy.erase.confirmName' | translate }}</mat-label>
            <input matInput formControlName="confirmName" autocomplete="off" spellcheck="false" required />
            <mat-hint>{{ 'privacy.erase.confirmHint' | translate }}</mat-hint>
            <mat-error><app-field-error [errors]="form.controls.confirmName.errors" /></mat-error>
          </mat-form-field>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
          <button mat-flat-button type="submit" class="danger" [disabled]="pending() || !matches()">
            {{ 'privacy.erase.submit' | translate }}
          </button>
        </mat-dialog-actions>
      </form>
    }
  `,
  styles: `
    .field {
      inline-size: 100%;
    }
    .warning {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      color: var(--mat-sys-error);
      font-weight: 500;
    }
    .result-heading {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
    .result-heading:focus {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .danger:not([disabled]) {
      --mdc-filled-button-container-color: var(--mat-sys-error);
      --mdc-filled-button-label-text-color: var(--mat-sys-on-error);
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class EraseDialog {
  private readonly api = inject(PrivacyApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);
  protected readonly request = inject<PrivacyRequestView>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<EraseDialog, ErasureResult>>(MatDialogRef);
  private readonly resultHeading = viewChild<ElementRef<HTMLElement>>('resultHeading');

  protected readonly form = inject(NonNullableFormBuilder).group({ confirmName: ['', Validators.required] });
  private readonly typed = toSignal(this.form.controls.confirmName.valueChanges, { initialValue: '' });
  protected readonly matches = computed(() => sameName(this.typed(), this.request.subjectLabel));
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly result = signal<ErasureResult | null>(null);
  protected readonly erasedRows = computed(() =>
    Object.entries(this.result()?.erased ?? {})
      .filter(([, count]) => count > 0)
      .map(([table, count]) => ({ table, count })),
  );

  protected submit(): void {
    if (!this.matches()) return;
    this.pending.set(true);
    this.error.set(null);
    this.api
      .erase(this.request.id, this.form.controls.confirmName.value.trim())
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (result) => {
          this.result.set(result);
          // From now on only "Schließen" closes it, so the page always learns that the data is gone.
          this.dialogRef.disableClose = true;
          setTimeout(() => this.resultHeading()?.nativeElement.focus());
        },
        error: (error: unknown) => this.error.set(reportServerProblem(this.form, toApiProblem(error, this.translate))),
      });
  }
}
