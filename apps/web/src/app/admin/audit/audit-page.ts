import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ListPaginator } from '../../shared/lists/list-paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntryView } from '@miteinander/contracts';
import { FieldError } from '../../core/forms/field-error';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { debouncedValue } from '../../shared/lists/debounced-value';
import { pagedList } from '../../shared/lists/paged-list';
import { AuditApi, type AuditQuery } from './audit-api';
import { diffLines } from './audit-diff';
import { endOfDay, startOfDay } from './day-range';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Component({
  selector: 'app-audit-page',
  imports: [
    ReactiveFormsModule,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    MatOption,
    ListPaginator,
    MatProgressBar,
    MatSelect,
    MatTableModule,
    TranslatePipe,
    FieldError,
    FormAlert,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-page.html',
})
export class AuditPage {
  private readonly api = inject(AuditApi);
  protected readonly language = inject(LanguageStore);

  protected readonly actions = AUDIT_ACTIONS;
  protected readonly columns = ['at', 'actor', 'action', 'entity', 'changes'];
  protected readonly filterForm = inject(NonNullableFormBuilder).group({
    entity: '',
    action: '' as AuditAction | '',
    actorId: ['', Validators.pattern(UUID)],
    from: '',
    to: '',
  });
  private readonly filters = debouncedValue(this.filterForm);
  private readonly criteria = computed<Omit<AuditQuery, 'page' | 'pageSize'>>(() => {
    const f = this.filters();
    return {
      entity: f.entity.trim(),
      action: f.action,
      // A half-typed person id is not sent: it would only earn a 400.
      actorId: UUID.test(f.actorId.trim()) ? f.actorId.trim() : '',
      from: startOfDay(f.from),
      to: endOfDay(f.to),
    };
  });
  protected readonly list = pagedList(this.criteria, (criteria, page) => this.api.list({ ...criteria, ...page }));
  protected readonly diffLines = diffLines;

  protected trackEntry(_index: number, entry: AuditEntryView): string {
    return entry.id;
  }
}
