import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { HoursApi, type CertificateLanguage } from '../data/hours-api';
import { saveFile } from '../data/save-file';

/** Downloads the Ehrenamtsnachweis (PDF from approved hours), in German or English, all years or one. */
@Component({
  selector: 'app-certificate-download',
  imports: [FormsModule, MatButton, MatFormField, MatIcon, MatLabel, MatOption, MatProgressBar, MatSelect, TranslatePipe, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="muted">{{ 'hours.certificate.intro' | translate }}</p>
    <div class="choices">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'hours.certificate.language' | translate }}</mat-label>
        <mat-select [(ngModel)]="lang">
          <mat-option value="de"><span lang="de">Deutsch</span></mat-option>
          <mat-option value="en"><span lang="en">English</span></mat-option>
        </mat-select>
      </mat-form-field>
      @if (years().length > 1) {
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'hours.certificate.period' | translate }}</mat-label>
          <mat-select [(ngModel)]="year">
            <mat-option [value]="null">{{ 'hours.certificate.allYears' | translate }}</mat-option>
            @for (y of years(); track y) {
              <mat-option [value]="y">{{ y }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
    </div>
    <div class="progress-slot">
      @if (pending()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'hours.certificate.preparing' | translate" />
      }
    </div>
    <app-form-alert [message]="error()" />
    <button mat-stroked-button type="button" class="download" [disabled]="pending()" (click)="download()">
      <mat-icon aria-hidden="true">picture_as_pdf</mat-icon>
      {{ (pending() ? 'hours.certificate.preparing' : 'hours.certificate.download') | translate }}
    </button>
  `,
  styles: `
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      margin-block-end: 0.5rem;
    }
    .choices mat-form-field {
      flex: 1 1 10rem;
    }
    .download {
      inline-size: 100%;
      min-block-size: 3rem;
      margin-block-start: 0.5rem;
    }
  `,
})
export class CertificateDownload {
  /** Years with approved hours, newest first. */
  readonly yearsWithHours = input<number[]>([]);

  private readonly api = inject(HoursApi);
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly language = inject(LanguageStore);

  protected readonly years = computed(() => [...this.yearsWithHours()].sort((a, b) => b - a));
  protected readonly lang = linkedSignal<CertificateLanguage>(() => (this.language.current() === 'en' ? 'en' : 'de'));
  protected readonly year = signal<number | null>(null);
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected download(): void {
    this.pending.set(true);
    this.error.set(null);
    this.api
      .myCertificate(this.lang(), this.year())
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: (response) => saveFile(response, this.translate.instant('hours.certificate.fileName') as string, this.document),
        error: (e: unknown) => this.error.set(toApiProblem(e, this.translate).message),
      });
  }
}
