import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type OnInit } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { DomSanitizer, type SafeHtml } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { MailDetail } from '@miteinander/contracts';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { linksInText } from './links-in-text';
import { MailApi } from './mail-api';

@Component({
  selector: 'app-mail-detail-page',
  imports: [RouterLink, MatCard, MatCardContent, MatIcon, MatProgressBar, TranslatePipe, FormAlert, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mail-detail-page.html',
  styleUrl: './mail-detail-page.scss',
})
export class MailDetailPage implements OnInit {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly api = inject(MailApi);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly mail = signal<MailDetail | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly links = computed(() => linksInText(this.mail()?.text ?? null));
  /**
   * The email's own HTML, trusted only as the srcdoc of an iframe with an empty sandbox: no scripts,
   * no forms, no navigation, a unique origin. Nothing else gets past the sanitizer.
   */
  protected readonly htmlDocument = computed<SafeHtml | null>(() => {
    const html = this.mail()?.html;
    return html ? this.sanitizer.bypassSecurityTrustHtml(html) : null;
  });

  ngOnInit(): void {
    this.api.get(this.id()).subscribe({
      next: (mail) => {
        this.mail.set(mail);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(toApiProblem(error, this.translate).message);
        this.loading.set(false);
      },
    });
  }
}
