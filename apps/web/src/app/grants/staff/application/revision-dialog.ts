import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { FormControl, FormRecord, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { GrantApplicationView } from '@miteinander/contracts';
import { GRANT_FORM_FIELDS } from '@miteinander/domain-grants';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { grantProblemText } from '../shared/problem-text';
import { GrantsApi } from '../../shared/grants-api';
import { GrantFieldError } from '../shared/grant-field-error';

export const COMMENT_MAX = 2000;

/** The fields a comment can be about: the form's fields and the attachments. */
const COMMENTABLE: readonly string[] = [...GRANT_FORM_FIELDS, 'attachments'];

export interface RevisionDialogData {
  application: GrantApplicationView;
}

/**
 * "Überarbeitung anfordern": the coordinator picks the fields to comment on and writes what to change, plus a
 * general note; at least one comment. Closes with the updated application.
 */
@Component({
  selector: 'app-grant-revision-dialog',
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
    MatIconButton,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    TranslatePipe,
    FormAlert,
    GrantFieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'grantsStaff.precheck.reviseTitle' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <div class="progress-slot">
          @if (pending()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <p class="intro">{{ 'grantsStaff.precheck.reviseIntro' | translate }}</p>
        <app-form-alert [message]="error()" />

        @for (field of fields(); track field) {
          <div class="comment">
            <mat-form-field class="grow">
              <mat-label>{{ 'grantsStaff.precheck.commentOn' | translate: { field: fieldText(field) } }}</mat-label>
              <textarea matInput [formControl]="control(field)" rows="2" [maxlength]="max"></textarea>
              <mat-hint align="end">{{ control(field).value.length }} / {{ max }}</mat-hint>
              <mat-error><app-grant-field-error [errors]="control(field).errors" /></mat-error>
            </mat-form-field>
            <button mat-icon-button type="button" [attr.aria-label]="'grantsStaff.precheck.removeComment' | translate: { field: fieldText(field) }" (click)="remove(field)">
              <mat-icon aria-hidden="true">delete</mat-icon>
            </button>
          </div>
        }

        <div class="add">
          <mat-form-field class="grow">
            <mat-label>{{ 'grantsStaff.precheck.pickField' | translate }}</mat-label>
            <mat-select [formControl]="picker">
              @for (field of available(); track field) {
                <mat-option [value]="field">{{ fieldText(field) }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <button mat-stroked-button type="button" [disabled]="!picker.value" (click)="add()">
            <mat-icon aria-hidden="true">add_comment</mat-icon>
            {{ 'grantsStaff.precheck.addComment' | translate }}
          </button>
        </div>

        <mat-form-field class="full">
          <mat-label>{{ 'grantsStaff.precheck.general' | translate }}</mat-label>
          <textarea matInput formControlName="general" rows="3" [maxlength]="max"></textarea>
          <mat-hint align="end">{{ form.controls.general.value.length }} / {{ max }}</mat-hint>
          <mat-error><app-grant-field-error [errors]="form.controls.general.errors" /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="pending()">{{ 'grantsStaff.precheck.revise' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .intro {
      margin-block-start: 0;
    }
    .comment,
    .add {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
    }
    .grow {
      flex: 1 1 auto;
    }
    .add button {
      margin-block-start: 0.5rem;
    }
    .full {
      inline-size: 100%;
    }
  `,
})
export class RevisionDialog {
  private readonly data = inject<RevisionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<RevisionDialog, GrantApplicationView>>(MatDialogRef);
  private readonly api = inject(GrantsApi);
  private readonly translate = inject(TranslateService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly max = COMMENT_MAX;
  /** One control per picked field, keyed by the field's name. */
  private readonly comments = new FormRecord<FormControl<string>>({});
  protected readonly form = this.fb.group({ general: this.fb.control('', Validators.maxLength(COMMENT_MAX)), comments: this.comments });
  protected readonly picker = new FormControl<string | null>(null);
  protected readonly fields = signal<string[]>([]);
  protected readonly available = computed(() => COMMENTABLE.filter((f) => !this.fields().includes(f)));
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected control(field: string): FormControl<string> {
    return this.comments.controls[field]!;
  }

  protected fieldText(field: string): string {
    return this.translate.instant(`grantsShared.fields.${field}`) as string;
  }

  protected add(): void {
    const field = this.picker.value;
    if (!field || this.fields().includes(field)) return;
    this.comments.addControl(field, this.fb.control('', [Validators.required, Validators.maxLength(COMMENT_MAX)]));
    this.fields.update((list) => [...list, field].sort((a, b) => COMMENTABLE.indexOf(a) - COMMENTABLE.indexOf(b)));
    this.picker.setValue(null);
    afterNextRender(
      () => {
        const index = this.fields().indexOf(field);
        this.host.nativeElement.querySelectorAll<HTMLElement>('.comment textarea')[index]?.focus();
      },
      { injector: this.injector },
    );
  }

  protected remove(field: string): void {
    this.comments.removeControl(field);
    this.fields.update((list) => list.filter((f) => f !== field));
  }

  protected submit(): void {
    this.error.set(null);
    const comments: Record<string, string> = {};
    for (const field of this.fields()) {
      const text = this.control(field).value.trim();
      if (text) comments[field] = text;
    }
    const general = this.form.controls.general.value.trim();
    if (general) comments['general'] = general;
    if (this.form.invalid || Object.keys(comments).length === 0) {
      this.form.markAllAsTouched();
      if (Object.keys(comments).length === 0) this.error.set(this.translate.instant('grantsStaff.precheck.needComment') as string);
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('textarea.ng-invalid, textarea')?.focus(), { injector: this.injector });
      return;
    }
    this.pending.set(true);
    this.api
      .precheck(this.data.application.id, { decision: 'revise', comments })
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (result) => this.dialogRef.close(result),
        error: (e: unknown) => {
          const problem = toApiProblem(e, this.translate);
          this.error.set(grantProblemText(problem));
        },
      });
  }
}
