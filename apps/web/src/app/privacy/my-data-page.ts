import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { PrivacyRequestView } from '@miteinander/contracts';
import { AuthStore } from '../core/auth/auth-store';
import { LanguageStore } from '../core/i18n/language-store';
import { DayPipe } from './day.pipe';
import { ErasureRequestDialog } from './erasure-request-dialog';
import { PrivacyApi } from './privacy-api';
import { todayInBerlin } from './privacy-dates';

/** /my-data: what the county keeps about the signed-in person, a copy to download, and a way to ask for erasure. */
@Component({
  selector: 'app-my-data-page',
  imports: [MatAnchor, MatButton, MatCard, MatCardContent, MatIcon, RouterLink, TranslatePipe, DayPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let lang = language.current();
    <div class="page-narrow">
      <h1>{{ 'privacy.myDataTitle' | translate }}</h1>
      <p>{{ 'privacy.mine.intro' | translate }}</p>

      <mat-card appearance="outlined">
        <mat-card-content>
          <h2>{{ 'privacy.mine.storedHeading' | translate }}</h2>
          <ul class="stored">
            <li>{{ 'privacy.mine.stored.account' | translate }}</li>
            @if (isVolunteer()) {
              <li>{{ 'privacy.mine.stored.volunteer' | translate }}</li>
              <li>{{ 'privacy.mine.stored.police' | translate }}</li>
            }
            @if (isApplicant()) {
              <li>{{ 'privacy.mine.stored.applicant' | translate }}</li>
            }
            <li>{{ 'privacy.mine.stored.audit' | translate }}</li>
          </ul>
          <p class="muted">{{ 'privacy.mine.retention' | translate }}</p>
        </mat-card-content>
      </mat-card>

      <mat-card appearance="outlined">
        <mat-card-content>
          <h2>{{ 'privacy.mine.downloadHeading' | translate }}</h2>
          <p>{{ 'privacy.mine.downloadIntro' | translate }}</p>
          <div class="buttons">
            <a mat-stroked-button [href]="api.myExportUrl('json')" [attr.download]="'privacy.mine.jsonFileName' | translate: { date: today }">
              <mat-icon aria-hidden="true">data_object</mat-icon>
              {{ 'privacy.mine.downloadJson' | translate }}
            </a>
            <a mat-stroked-button [href]="api.myExportUrl('pdf')" download>
              <mat-icon aria-hidden="true">picture_as_pdf</mat-icon>
              {{ 'privacy.mine.downloadPdf' | translate }}
            </a>
          </div>
        </mat-card-content>
      </mat-card>

      <mat-card appearance="outlined">
        <mat-card-content>
          <h2>{{ 'privacy.mine.consentsHeading' | translate }}</h2>
          @if (isVolunteer()) {
            <p>
              {{ 'privacy.mine.consentsVolunteer' | translate }}
              <a routerLink="/my-volunteering">{{ 'privacy.mine.consentsLink' | translate }}</a>
            </p>
          } @else {
            <p>{{ 'privacy.mine.consentsOther' | translate }}</p>
          }
        </mat-card-content>
      </mat-card>

      <mat-card appearance="outlined">
        <mat-card-content>
          <h2>{{ 'privacy.mine.erasureHeading' | translate }}</h2>
          <div role="status" aria-live="polite">
            @if (requested(); as r) {
              <p #confirmation tabindex="-1" class="confirmation">
                <mat-icon aria-hidden="true">check_circle</mat-icon>
                <span>{{ 'privacy.mine.erasureReceived' | translate: { due: r.dueOn | day: lang } }}</span>
              </p>
            }
          </div>
          @if (!requested()) {
            <p>{{ 'privacy.mine.erasureIntro' | translate }}</p>
            <button #erasureButton mat-stroked-button type="button" (click)="requestErasure()">
              <mat-icon aria-hidden="true">delete</mat-icon>
              {{ 'privacy.mine.erasureButton' | translate }}
            </button>
          }
        </mat-card-content>
      </mat-card>
    </div>
  `,
  styles: `
    mat-card {
      margin-block-end: 1rem;
    }
    .stored li {
      margin-block-end: 0.25rem;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .confirmation {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      padding: 0.75rem 1rem;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .confirmation:focus {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
  `,
})
export class MyDataPage {
  protected readonly api = inject(PrivacyApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  protected readonly language = inject(LanguageStore);
  private readonly confirmation = viewChild<ElementRef<HTMLElement>>('confirmation');
  private readonly erasureButton = viewChild<string, ElementRef<HTMLElement>>('erasureButton', { read: ElementRef });

  protected readonly isVolunteer = computed(() => this.auth.roles().includes('volunteer'));
  protected readonly isApplicant = computed(() => this.auth.roles().includes('applicant'));
  protected readonly requested = signal<PrivacyRequestView | null>(null);
  /** The JSON comes without a file name from the server (the PDF has one): without this every copy is "export.json". */
  protected readonly today = todayInBerlin();

  protected requestErasure(): void {
    // The button disappears once the request is in, so focus goes to the confirmation instead of back to it.
    this.dialog
      .open<ErasureRequestDialog, void, PrivacyRequestView>(ErasureRequestDialog, { width: '32rem', maxWidth: '95vw', restoreFocus: false })
      .afterClosed()
      .subscribe((request) => {
        if (!request) {
          this.erasureButton()?.nativeElement.focus();
          return;
        }
        this.requested.set(request);
        setTimeout(() => this.confirmation()?.nativeElement.focus());
      });
  }
}
