import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type AbstractControl } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { DomSanitizer, type SafeHtml } from '@angular/platform-browser';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { FieldError as ServerFieldError, MailLocale, MailPreview, MailTemplateInfo, MailTemplateName, MailTemplateText, SaveMailTemplate } from '@miteinander/contracts';
import { EMPTY, catchError, debounceTime, finalize, forkJoin, map, merge, of, switchMap, tap, type Observable } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { FieldError } from '../../core/forms/field-error';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { FormAlert } from '../../core/forms/form-alert';
import { LanguageStore } from '../../core/i18n/language-store';
import { LocalDatePipe } from '../../core/i18n/local-date.pipe';
import { mailDirection } from '../../core/i18n/mail-language';
import { TemplatesApi } from './templates-api';

const TEXT_FIELDS = ['subject', 'body', 'actionLabel'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type TextErrors = Record<TextField, string[]>;

const NO_ERRORS: TextErrors = { subject: [], body: [], actionLabel: [] };
const PREVIEW_DELAY_MS = 400;

interface Params {
  name: MailTemplateName;
  locale: MailLocale;
}

interface PreviewOutcome {
  preview: MailPreview | null;
  errors: TextErrors;
  /** A problem that belongs to no field (e.g. the server could not be reached). */
  general: string | null;
}

function isTextField(field: string): field is TextField {
  return (TEXT_FIELDS as readonly string[]).includes(field);
}

/** The server's field errors sorted by field; those for other fields are returned separately. */
function sortErrors(errors: readonly ServerFieldError[]): { byField: TextErrors; other: string[] } {
  const byField: TextErrors = { subject: [], body: [], actionLabel: [] };
  const other: string[] = [];
  for (const error of errors) {
    if (isTextField(error.field)) byField[error.field].push(error.message);
    else other.push(error.message);
  }
  return { byField, other };
}

/**
 * Edits one template in one language: every save is a new version. A preview follows the typing
 * (400 ms after the last key); mistakes such as unknown variables are shown under their field.
 */
@Component({
  selector: 'app-template-edit-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    RouterLinkActive,
    MatButton,
    MatError,
    MatExpansionModule,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatProgressBar,
    TranslatePipe,
    FieldError,
    FormAlert,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './template-edit-page.html',
  styleUrl: './template-edit-page.scss',
})
export class TemplateEditPage {
  /** Route parameters. */
  readonly name = input.required<string>();
  readonly locale = input.required<string>();

  private readonly api = inject(TemplatesApi);
  private readonly translate = inject(TranslateService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly language = inject(LanguageStore);

  protected readonly form = inject(NonNullableFormBuilder).group({
    subject: ['', [Validators.required, Validators.maxLength(200)]],
    body: ['', Validators.required],
    actionLabel: ['', Validators.maxLength(80)],
  });

  protected readonly info = signal<MailTemplateInfo | null>(null);
  protected readonly current = signal<MailTemplateText | null>(null);
  protected readonly versions = signal<MailTemplateText[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);

  protected readonly preview = signal<MailPreview | null>(null);
  protected readonly previewPending = signal(false);
  protected readonly previewProblem = signal<string | null>(null);
  protected readonly textErrors = signal<TextErrors>(NO_ERRORS);
  protected readonly hasTextErrors = computed(() => TEXT_FIELDS.some((f) => this.textErrors()[f].length > 0));
  /** The text the shown errors belong to: saving exactly that text again is pointless. */
  private checkedText: string | null = null;

  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected readonly direction = computed(() => mailDirection(this.locale()));
  protected readonly previewHtml = computed<SafeHtml | null>(() => {
    const html = this.preview()?.html;
    // Trusted only as the srcdoc of an iframe with an empty sandbox (see the mail detail page).
    return html ? this.sanitizer.bypassSecurityTrustHtml(html) : null;
  });

  /** Which field a variable goes into: the last one that had the focus, the text by default. */
  private target: TextField = 'body';
  private readonly subjectInput = viewChild<ElementRef<HTMLInputElement>>('subjectInput');
  private readonly bodyInput = viewChild<ElementRef<HTMLTextAreaElement>>('bodyInput');
  private readonly actionLabelInput = viewChild<ElementRef<HTMLInputElement>>('actionLabelInput');

  protected readonly matchers: Record<TextField, ErrorStateMatcher> = {
    subject: this.matcherFor('subject'),
    body: this.matcherFor('body'),
    actionLabel: this.matcherFor('actionLabel'),
  };

  constructor() {
    const params = computed<Params>(() => ({ name: this.name() as MailTemplateName, locale: this.locale() as MailLocale }));
    // A new template or language starts over; its previews then follow the form until the next change.
    toObservable(params)
      .pipe(
        switchMap((p) => this.load(p).pipe(switchMap(() => this.previews(p)))),
        takeUntilDestroyed(),
      )
      .subscribe();
  }

  protected readonly exampleVariable = '{{name}}';

  protected placeholder(variable: string): string {
    return `{{${variable}}}`;
  }

  protected focused(field: TextField): void {
    this.target = field;
  }

  /** Puts `{{variable}}` where the cursor was (replacing a selection) and returns the focus there. */
  protected insert(variable: string): void {
    const field = this.target;
    const element = { subject: this.subjectInput, body: this.bodyInput, actionLabel: this.actionLabelInput }[field]()?.nativeElement;
    const control = this.form.controls[field];
    if (!element) return;
    const value = control.value;
    const start = element.selectionStart ?? value.length;
    const end = element.selectionEnd ?? start;
    const token = this.placeholder(variable);
    control.setValue(value.slice(0, start) + token + value.slice(end));
    control.markAsDirty();
    element.focus();
    element.setSelectionRange(start + token.length, start + token.length);
  }

  protected loadVersion(version: MailTemplateText): void {
    this.form.setValue({ subject: version.subject, body: version.body, actionLabel: version.actionLabel ?? '' });
    this.form.markAsDirty();
    this.saveError.set(null);
    this.notice.set(this.translate.instant('admin.templates.edit.loaded', { version: version.version }) as string);
  }

  protected save(): void {
    this.notice.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const text = this.textToSave();
    if (this.hasTextErrors() && this.checkedText === JSON.stringify(text)) {
      this.saveError.set(this.translate.instant('admin.templates.edit.fixErrors') as string);
      this.focusFirstTextError();
      return;
    }
    const { name, locale } = { name: this.name() as MailTemplateName, locale: this.locale() as MailLocale };
    this.saving.set(true);
    this.saveError.set(null);
    this.api
      .save(name, locale, text)
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (saved) => {
          this.current.set(saved);
          this.versions.update((list) => [saved, ...list.filter((v) => v.version !== saved.version)]);
          this.info.update((info) =>
            info ? { ...info, locales: info.locales.map((l) => (l.locale === saved.locale ? { ...l, version: saved.version, customised: saved.customised } : l)) } : info,
          );
          this.form.reset({ subject: saved.subject, body: saved.body, actionLabel: saved.actionLabel ?? '' }, { emitEvent: false });
          this.snackBar.open(this.translate.instant('admin.templates.edit.saved', { version: saved.version }) as string, this.translate.instant('common.close') as string, {
            duration: 8000,
          });
        },
        error: (e: unknown) => {
          const problem = toApiProblem(e, this.translate);
          const { byField, other } = sortErrors(problem.fieldErrors);
          if (problem.fieldErrors.length) {
            this.textErrors.set(byField);
            this.checkedText = JSON.stringify(text);
            this.focusFirstTextError();
          }
          this.saveError.set([problem.message, ...other].join(' '));
        },
      });
  }

  private load(p: Params): Observable<unknown> {
    this.loading.set(true);
    this.loadError.set(null);
    this.saveError.set(null);
    this.notice.set(null);
    this.textErrors.set(NO_ERRORS);
    this.preview.set(null);
    this.previewProblem.set(null);
    return forkJoin({ all: this.api.list(), text: this.api.get(p.name, p.locale), versions: this.api.versions(p.name, p.locale) }).pipe(
      tap(({ all, text, versions }) => {
        this.info.set(all.find((t) => t.name === p.name) ?? null);
        this.current.set(text);
        this.versions.set(versions);
        this.form.reset({ subject: text.subject, body: text.body, actionLabel: text.actionLabel ?? '' }, { emitEvent: false });
        this.loading.set(false);
      }),
      catchError((e: unknown) => {
        this.loadError.set(toApiProblem(e, this.translate).message);
        this.info.set(null);
        this.current.set(null);
        this.loading.set(false);
        return EMPTY;
      }),
    );
  }

  /** A preview now, then one each time typing pauses; a newer request cancels the older one. */
  private previews(p: Params): Observable<unknown> {
    return merge(of(null), this.form.valueChanges.pipe(debounceTime(PREVIEW_DELAY_MS))).pipe(
      map(() => this.textToSave()),
      tap(() => this.previewPending.set(true)),
      switchMap((text) =>
        this.api.preview(p.name, p.locale, text).pipe(
          map((preview): PreviewOutcome => ({ preview, errors: NO_ERRORS, general: null })),
          catchError((e: unknown) => {
            const problem = toApiProblem(e, this.translate);
            const { byField, other } = sortErrors(problem.fieldErrors);
            const general = problem.fieldErrors.length === 0 || other.length > 0 ? [problem.message, ...other].join(' ') : null;
            return of<PreviewOutcome>({ preview: null, errors: byField, general });
          }),
          tap((outcome) => {
            this.checkedText = JSON.stringify(text);
            this.textErrors.set(outcome.errors);
            this.previewProblem.set(outcome.general);
            // With mistakes the last good preview stays, marked as out of date.
            if (outcome.preview) this.preview.set(outcome.preview);
            this.previewPending.set(false);
            if (!this.hasTextErrors()) this.saveError.set(null);
          }),
        ),
      ),
    );
  }

  private textToSave(): SaveMailTemplate {
    const { subject, body, actionLabel } = this.form.getRawValue();
    return { subject, body, actionLabel: actionLabel.trim() ? actionLabel : null };
  }

  private focusFirstTextError(): void {
    const field = TEXT_FIELDS.find((f) => this.textErrors()[f].length > 0);
    if (!field) return;
    ({ subject: this.subjectInput, body: this.bodyInput, actionLabel: this.actionLabelInput })[field]()?.nativeElement.focus();
  }

  /** A field shows an error for the server's findings as well as for its own validators. */
  private matcherFor(field: TextField): ErrorStateMatcher {
    return {
      isErrorState: (control: AbstractControl | null) =>
        this.textErrors()[field].length > 0 || (!!control && control.invalid && (control.dirty || control.touched)),
    };
  }
}
