import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { DomSanitizer, type SafeHtml } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { MailDetail, MailStatus } from '@miteinander/contracts';
import { EMPTY, catchError, expand, finalize, map, of, switchMap, take, tap, timer } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { mailDirection, mailLanguageKey } from '../../core/i18n/mail-language';
import { linksInText } from './links-in-text';
import { MailApi, RESENDABLE_STATUSES } from './mail-api';
import { MailStatusBadge } from './mail-status';

/** Still on its way: the page looks again every few seconds (for a while) until the outcome is known. */
const UNDERWAY: readonly MailStatus[] = ['pending', 'queued', 'sending'];
const REFRESH_MS = 2000;
const MAX_REFRESHES = 30;

@Component({
  selector: 'app-mail-detail-page',
  imports: [RouterLink, MatButton, MatCard, MatCardContent, MatIcon, MatProgressBar, TranslatePipe, FormAlert, LocalDatePipe, MailStatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mail-detail-page.html',
  styleUrl: './mail-detail-page.scss',
})
export class MailDetailPage {
  /** Route parameter; the page stays when "send again" moves on to the new message. */
  readonly id = input.required<string>();

  protected readonly api = inject(MailApi);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly translate = inject(TranslateService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly language = inject(LanguageStore);

  protected readonly mail = signal<MailDetail | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly resending = signal(false);
  protected readonly links = computed(() => linksInText(this.mail()?.text ?? null));
  protected readonly canResend = computed(() => {
    const mail = this.mail();
    return !!mail && RESENDABLE_STATUSES.includes(mail.status);
  });
  protected readonly languageName = mailLanguageKey;
  /** "1.2 KB" / "850 B": attachments are small (calendar file, QR code). */
  protected sizeText(bytes: number): string {
    return bytes < 1024 ? `${bytes} B` : `${new Intl.NumberFormat(this.language.current(), { maximumFractionDigits: 1 }).format(bytes / 1024)} KB`;
  }
  protected readonly direction = mailDirection;
  /**
   * The email's own HTML, trusted only as the srcdoc of an iframe with an empty sandbox: no scripts,
   * no forms, no navigation, a unique origin. Nothing else gets past the sanitizer.
   */
  protected readonly htmlDocument = computed<SafeHtml | null>(() => {
    const html = this.html();
    return html ? this.sanitizer.bypassSecurityTrustHtml(html) : null;
  });
  /** Compared as text: a refresh with the same content does not reload the frame. */
  private readonly html = computed(() => this.mail()?.html ?? null);

  constructor() {
    toObservable(this.id)
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap((id) =>
          this.api.get(id).pipe(
            expand((mail) => (UNDERWAY.includes(mail.status) ? timer(REFRESH_MS).pipe(switchMap(() => this.api.get(id))) : EMPTY)),
            take(MAX_REFRESHES + 1),
            map((mail) => ({ mail, problem: null })),
            catchError((e: unknown) => of({ mail: null, problem: toApiProblem(e, this.translate).message })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ mail, problem }) => {
        this.mail.set(mail);
        this.error.set(problem);
        this.loading.set(false);
      });
  }

  protected resend(): void {
    const mail = this.mail();
    if (!mail || this.resending()) return;
    this.resending.set(true);
    this.error.set(null);
    this.api
      .resend(mail.id)
      .pipe(finalize(() => this.resending.set(false)))
      .subscribe({
        next: (created) => {
          void this.router.navigate(['..', created.id], { relativeTo: this.route });
          this.snackBar.open(this.translate.instant('admin.mail.resent') as string, this.translate.instant('common.close') as string, {
            duration: 8000,
          });
        },
        error: (e: unknown) => this.error.set(toApiProblem(e, this.translate).message),
      });
  }
}
