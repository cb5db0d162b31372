import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { ListPaginator } from '../../shared/lists/list-paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { MAIL_STATUSES, MAIL_TEMPLATES, type MailStatus, type MailTemplateName } from '@miteinander/contracts';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { mailLanguageKey } from '../../core/i18n/mail-language';
import { debouncedValue } from '../../shared/lists/debounced-value';
import { pagedList } from '../../shared/lists/paged-list';
import { MailApi } from './mail-api';
import { MailStatusBadge } from './mail-status';

/** The outgoing mail: in embedded mode the captured mailbox, with SMTP the delivery log. */
@Component({
  selector: 'app-mail-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    ListPaginator,
    MatPrefix,
    MatProgressBar,
    MatSelect,
    MatTableModule,
    TranslatePipe,
    FormAlert,
    LocalDatePipe,
    MailStatusBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mail-list-page.html',
  styles: `
    .nowrap { white-space: nowrap; }
    .recipient { overflow-wrap: anywhere; }
    .number { text-align: end; }
    .last-error {
      display: block;
      max-inline-size: 16rem;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
  `,
})
export class MailListPage {
  private readonly api = inject(MailApi);
  protected readonly language = inject(LanguageStore);

  protected readonly statuses = MAIL_STATUSES;
  protected readonly templates = MAIL_TEMPLATES;
  protected readonly columns = ['createdAt', 'to', 'subject', 'template', 'locale', 'status', 'attempts', 'lastError'];
  protected readonly languageName = mailLanguageKey;
  protected readonly filterForm = inject(NonNullableFormBuilder).group({
    q: '',
    status: '' as MailStatus | '',
    template: '' as MailTemplateName | '',
  });
  private readonly filters = debouncedValue(this.filterForm);
  private readonly criteria = computed(() => ({ q: this.filters().q.trim(), status: this.filters().status, template: this.filters().template }));
  protected readonly list = pagedList(this.criteria, (criteria, page) => this.api.list({ ...criteria, ...page }));

  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** From the URL (`/admin/mail?status=failed`), e.g. linked from the start page; unknown values are ignored. */
  readonly status = input<string>();

  constructor() {
    effect(() => {
      const status = this.status();
      if (status && (MAIL_STATUSES as readonly string[]).includes(status)) this.filterForm.controls.status.setValue(status as MailStatus);
    });
  }

  /** A click anywhere on the row opens the mail too; the subject link is the keyboard way. */
  protected open(id: string): void {
    void this.router.navigate([id], { relativeTo: this.route });
  }
}
