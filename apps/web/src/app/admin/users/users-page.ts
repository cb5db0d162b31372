import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { ListPaginator } from '../../shared/lists/list-paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ROLES, type Role, type UserSortField, type UserView } from '@miteinander/contracts';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { debouncedValue } from '../../shared/lists/debounced-value';
import { pagedList } from '../../shared/lists/paged-list';
import { InviteUserDialog } from './invite-user-dialog';
import { UsersApi, type UserChanges, type UserQuery } from './users-api';

@Component({
  selector: 'app-users-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    ListPaginator,
    MatPrefix,
    MatProgressBar,
    MatSelect,
    MatSort,
    MatSortHeader,
    MatTableModule,
    TranslatePipe,
    FormAlert,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
})
export class UsersPage {
  private readonly api = inject(UsersApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly roles = ROLES;
  protected readonly columns = ['email', 'displayName', 'roles', 'status', 'createdAt', 'actions'];
  protected readonly filterForm = inject(NonNullableFormBuilder).group({
    q: '',
    role: '' as Role | '',
    active: '' as UserQuery['active'],
  });
  private readonly filters = debouncedValue(this.filterForm);
  protected readonly sort = signal<{ active: UserSortField; direction: 'asc' | 'desc' }>({ active: 'createdAt', direction: 'desc' });
  private readonly criteria = computed(() => ({ ...this.filters(), sort: this.sort().active, direction: this.sort().direction }));
  protected readonly list = pagedList(this.criteria, (criteria, page) => this.api.list({ ...criteria, ...page }));
  protected readonly notice = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);

  protected onSort(sort: Sort): void {
    this.sort.set({ active: sort.active as UserSortField, direction: sort.direction === 'asc' ? 'asc' : 'desc' });
  }

  protected changeRoles(user: UserView, roles: Role[]): void {
    this.save(user, { roles });
  }

  protected toggleActive(user: UserView): void {
    this.save(user, { active: !user.active });
  }

  protected invite(): void {
    this.dialog
      .open(InviteUserDialog, { width: '32rem', maxWidth: '95vw', autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((invited: UserView | undefined) => {
        if (!invited) return;
        this.announce(this.translate.instant('admin.users.invited', { email: invited.email }) as string);
        this.list.reload();
      });
  }

  private save(user: UserView, changes: UserChanges): void {
    this.actionError.set(null);
    this.api.update(user.id, changes).subscribe({
      next: (saved) => {
        this.announce(this.translate.instant('admin.users.updated', { name: saved.displayName }) as string);
        this.list.reload();
      },
      error: (error: unknown) => {
        // e.g. 409 LAST_ADMIN: show why, and reload so the row shows what is really stored.
        this.notice.set(null);
        this.actionError.set(toApiProblem(error, this.translate).message);
        this.list.reload();
      },
    });
  }

  private announce(message: string): void {
    this.actionError.set(null);
    this.notice.set(message);
  }
}
