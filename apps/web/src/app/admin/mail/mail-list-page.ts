import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { MAIL_STATUSES, type MailStatus } from '@miteinander/contracts';
import { debounceTime, map } from 'rxjs';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { pagedList } from '../shared/paged-list';
import { MailApi, type MailQuery } from './mail-api';

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
    MatPaginator,
    MatPrefix,
    MatProgressBar,
    MatSelect,
    MatTableModule,
    TranslatePipe,
    FormAlert,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mail-list-page.html',
})
export class MailListPage {
  private readonly api = inject(MailApi);
  protected readonly language = inject(LanguageStore);

  protected readonly statuses = MAIL_STATUSES;
  protected readonly columns = ['createdAt', 'to', 'subject', 'status'];
  protected readonly filterForm = inject(NonNullableFormBuilder).group({ q: '', status: '' as MailStatus | '' });
  private readonly filters = toSignal(
    this.filterForm.valueChanges.pipe(
      debounceTime(300),
      map(() => this.filterForm.getRawValue()),
    ),
    { initialValue: this.filterForm.getRawValue() },
  );
  protected readonly pageSize = signal(25);
  protected readonly pageIndex = linkedSignal({ source: () => [this.filters(), this.pageSize()], computation: () => 0 });
  private readonly query = computed<MailQuery>(() => ({ page: this.pageIndex() + 1, pageSize: this.pageSize(), q: this.filters().q.trim(), status: this.filters().status }));
  protected readonly list = pagedList(this.query, (q) => this.api.list(q));

  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** A click anywhere on the row opens the mail too; the subject link is the keyboard way. */
  protected open(id: string): void {
    void this.router.navigate([id], { relativeTo: this.route });
  }

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }
}
