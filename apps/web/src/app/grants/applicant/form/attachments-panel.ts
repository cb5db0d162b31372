import { HttpErrorResponse, HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, inject, input, linkedSignal, signal, viewChild } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { GrantAttachmentView } from '@miteinander/contracts';
import { filter } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { ConfirmDialog, type ConfirmDialogData } from '../../../hours/shared/confirm-dialog';
import { GrantsApi } from '../../shared/grants-api';
import { formatDay } from '../grant-format';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** Attachments of an application: the list with download links, and while editable upload (with progress) and delete. */
@Component({
  selector: 'app-grant-attachments',
  imports: [MatButton, MatIconButton, MatIcon, MatProgressBar, TranslatePipe, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-alert [message]="error()" />
    <app-form-alert kind="success" [message]="notice()" />
    <ul class="files">
      @for (file of list(); track file.id) {
        <li>
          <mat-icon aria-hidden="true">{{ file.contentType === 'application/pdf' ? 'picture_as_pdf' : 'image' }}</mat-icon>
          <span class="name">
            <a [href]="api.attachmentUrl(applicationId(), file.id)" target="_blank" rel="noopener">{{ file.fileName }}</a>
            <span class="muted small">{{ size(file.sizeBytes) }} · {{ day(file.uploadedAt, language.current()) }}</span>
          </span>
          @if (editable()) {
            <button mat-icon-button type="button" [disabled]="deleting() === file.id" (click)="remove(file)"
              [attr.aria-label]="'grantsApplicant.attachments.delete' | translate: { name: file.fileName }">
              <mat-icon aria-hidden="true">delete</mat-icon>
            </button>
          }
        </li>
      } @empty {
        <li class="muted">{{ 'grantsApplicant.attachments.none' | translate }}</li>
      }
    </ul>
    @if (editable()) {
      @if (uploading(); as upload) {
        <p class="muted" id="upload-progress-label">{{ 'grantsApplicant.attachments.uploading' | translate: { name: upload.name, percent: upload.percent } }}</p>
        <mat-progress-bar mode="determinate" [value]="upload.percent" aria-labelledby="upload-progress-label" />
      }
      <input #picker class="visually-hidden" type="file" tabindex="-1" aria-hidden="true" [attr.aria-label]="'grantsApplicant.attachments.add' | translate" [accept]="accept" (change)="picked($event)" />
      <button mat-stroked-button type="button" data-field="attachments" [disabled]="!!uploading()" (click)="picker.click()">
        <mat-icon aria-hidden="true">upload_file</mat-icon>
        {{ 'grantsApplicant.attachments.add' | translate }}
      </button>
      <p class="muted small">{{ 'grantsApplicant.attachments.hint' | translate }}</p>
    }
  `,
  styles: `
    :host { display: block; }
    .files {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      margin-block: 0 1rem;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
    .name {
      display: flex;
      flex: 1;
      flex-direction: column;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .small { font: var(--mat-sys-body-small); }
    mat-progress-bar { margin-block-end: 1rem; }
  `,
})
export class GrantAttachments {
  readonly applicationId = input.required<string>();
  readonly attachments = input<GrantAttachmentView[]>([]);
  readonly editable = input(false);

  protected readonly api = inject(GrantsApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);
  private readonly picker = viewChild<ElementRef<HTMLInputElement>>('picker');

  protected readonly list = linkedSignal(() => this.attachments());
  protected readonly uploading = signal<{ name: string; percent: number } | null>(null);
  protected readonly deleting = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly accept = ACCEPT;
  protected readonly day = formatDay;

  protected size(bytes: number): string {
    const lang = this.language.current();
    return bytes >= 1024 * 1024
      ? `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`
      : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  }

  protected picked(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.error.set(null);
    this.notice.set(null);
    this.uploading.set({ name: file.name, percent: 0 });
    this.api.uploadAttachment(this.applicationId(), file).subscribe({
      next: (event) => {
        if (event.type === HttpEventType.UploadProgress) {
          this.uploading.set({ name: file.name, percent: event.total ? Math.round((event.loaded / event.total) * 100) : 0 });
        } else if (event.type === HttpEventType.Response && event.body) {
          const added = event.body;
          this.list.update((files) => [...files, added]);
          this.uploading.set(null);
          this.notice.set(this.translate.instant('grantsApplicant.attachments.uploaded', { name: added.fileName }) as string);
        }
      },
      error: (e: unknown) => {
        this.uploading.set(null);
        this.error.set(this.uploadProblem(e));
        this.picker()?.nativeElement.blur();
      },
    });
  }

  protected remove(file: GrantAttachmentView): void {
    const data: ConfirmDialogData = {
      title: this.translate.instant('grantsApplicant.attachments.deleteTitle') as string,
      text: this.translate.instant('grantsApplicant.attachments.deleteText', { name: file.fileName }) as string,
      confirm: this.translate.instant('grantsApplicant.attachments.deleteConfirm') as string,
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, maxWidth: '96vw' })
      .afterClosed()
      .pipe(filter((yes) => yes === true))
      .subscribe(() => {
        this.error.set(null);
        this.notice.set(null);
        this.deleting.set(file.id);
        this.api.deleteAttachment(this.applicationId(), file.id).subscribe({
          next: () => {
            this.deleting.set(null);
            this.list.update((files) => files.filter((f) => f.id !== file.id));
            this.notice.set(this.translate.instant('grantsApplicant.attachments.deleted', { name: file.fileName }) as string);
          },
          error: (e: unknown) => {
            this.deleting.set(null);
            this.error.set(toApiProblem(e, this.translate).message);
          },
        });
      });
  }

  /** The server's words for 413/415; a proxy's bare 413 page still gets a plain sentence. */
  private uploadProblem(e: unknown): string {
    const problem = toApiProblem(e, this.translate);
    const hasOwnMessage = e instanceof HttpErrorResponse && typeof (e.error as { message?: unknown } | null)?.message === 'string';
    if (hasOwnMessage) return problem.message;
    if (problem.status === 413) return this.translate.instant('grantsApplicant.attachments.tooLarge') as string;
    if (problem.status === 415) return this.translate.instant('grantsApplicant.attachments.wrongType') as string;
    return problem.message;
  }
}
