import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntryView } from '@miteinander/contracts';
import { debounceTime, map } from 'rxjs';
import { FieldError } from '../../core/forms/field-error';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { pagedList } from '../shared/paged-list';
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
    MatPaginator,
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
  // A half-typed person id is not sent: it would only earn a 400.
  private readonly filters = toSignal(
    this.filterForm.valueChanges.pipe(
      debounceTime(300),
      map(() => this.filterForm.getRawValue()),
    ),
    { initialValue: this.filterForm.getRawValue() },
  );
  protected readonly pageSize = signal(25);
  protected readonly pageIndex = linkedSignal({ source: () => [this.filters(), this.pageSize()], computation: () => 0 });
  private readonly query = computed<AuditQuery>(() => {
    const f = this.filters();
    return {
      page: this.pageIndex() + 1,
      pageSize: this.pageSize(),
      entity: f.entity.trim(),
      action: f.action,
      actorId: UUID.test(f.actorId.trim()) ? f.actorId.trim() : '',
      from: startOfDay(f.from),
      to: endOfDay(f.to),
    };
  });
  protected readonly list = pagedList(this.query, (q) => this.api.list(q));
  protected readonly diffLines = diffLines;

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected trackEntry(_index: number, entry: AuditEntryView): string {
    return entry.id;
  }
}
