import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { CARD_RESIDENCE_RULES, type CardRuleSetView } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { AuthStore } from '../../../core/auth/auth-store';
import { FormAlert } from '../../../core/forms/form-alert';
import { reportServerProblem } from '../../../core/forms/server-field-errors';
import { LanguageStore } from '../../../core/i18n/language-store';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { DayPipe, formatDay } from '../../../hours/shared/day.pipe';
import { FieldMessage } from '../../../volunteers/shared/field-message';
import { CardsStaffApi } from '../cards-staff-api';
import { CardsNav } from '../shared/cards-nav';
import { focusInvalidSoon, revalidate } from '../shared/focus-invalid';
import { RuleParameters } from './rule-parameters';
import { fillRuleForm, ruleForm, ruleRequest, syncKinds } from './rule-form';

/** /cards/rule-sets: each rule set with the version in force and its history; admins add a new version. */
@Component({
  selector: 'app-card-rule-sets-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    MatSuffix,
    TranslatePipe,
    FieldMessage,
    FormAlert,
    LocalDatePipe,
    DayPipe,
    CardsNav,
    RuleParameters,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rule-sets-page.html',
  styleUrl: './rule-sets-page.scss',
})
export class RuleSetsPage {
  private readonly api = inject(CardsStaffApi);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageStore);
  /** Only admins change the rules; coordinators read them. */
  protected readonly isAdmin = inject(AuthStore).hasRole('admin');

  protected readonly residences = CARD_RESIDENCE_RULES;
  protected readonly ruleSets = signal<CardRuleSetView[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  /** The history shown per rule set (code → versions, newest first). */
  protected readonly versions = signal<Record<string, CardRuleSetView[]>>({});
  protected readonly versionsLoading = signal<string | null>(null);
  /** The rule set a new version is being written for. */
  protected readonly editing = signal<CardRuleSetView | null>(null);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly form = ruleForm();

  constructor() {
    this.load();
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => syncKinds(this.form));
  }

  protected toggleVersions(ruleSet: CardRuleSetView): void {
    if (this.versions()[ruleSet.code]) {
      this.versions.update(({ [ruleSet.code]: _gone, ...rest }) => rest);
      return;
    }
    this.versionsLoading.set(ruleSet.code);
    this.api
      .ruleSetVersions(ruleSet.code)
      .pipe(finalize(() => this.versionsLoading.set(null)))
      .subscribe({
        next: (list) => this.versions.update((all) => ({ ...all, [ruleSet.code]: list })),
        error: (e: unknown) => this.error.set(toApiProblem(e, this.translate).message),
      });
  }

  protected startVersion(ruleSet: CardRuleSetView): void {
    this.notice.set(null);
    this.formError.set(null);
    fillRuleForm(this.form, ruleSet.name, ruleSet.parameters);
    this.editing.set(ruleSet);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#new-version-heading')?.focus(), { injector: this.injector });
  }

  protected cancel(): void {
    const code = this.editing()?.code;
    this.editing.set(null);
    this.formError.set(null);
    if (code) afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`#rule-set-${code}`)?.focus(), { injector: this.injector });
  }

  protected save(): void {
    const ruleSet = this.editing();
    if (!ruleSet) return;
    this.formError.set(null);
    syncKinds(this.form);
    revalidate(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formError.set(this.translate.instant('cards.rules.fixErrors') as string);
      focusInvalidSoon(this.host.nativeElement, this.injector);
      return;
    }
    this.saving.set(true);
    this.api
      .createRuleSetVersion(ruleSet.code, ruleRequest(this.form))
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (saved) => {
          this.editing.set(null);
          this.notice.set(this.translate.instant('cards.rules.saved', { name: saved.name, version: saved.version, date: formatDay(saved.effectiveFrom, this.language.current()) }) as string);
          this.versions.update(({ [saved.code]: _stale, ...rest }) => rest);
          this.load();
        },
        error: (e: unknown) => {
          this.formError.set(reportServerProblem(this.form, toApiProblem(e, this.translate)));
          focusInvalidSoon(this.host.nativeElement, this.injector);
        },
      });
  }

  private load(): void {
    this.loading.set(true);
    this.api
      .ruleSets()
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (list) => this.ruleSets.set([...list].sort((a, b) => Number(b.isCountyDefault) - Number(a.isCountyDefault) || a.name.localeCompare(b.name))),
        error: (e: unknown) => this.error.set(toApiProblem(e, this.translate).message),
      });
  }
}
