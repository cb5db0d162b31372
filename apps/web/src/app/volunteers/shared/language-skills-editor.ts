import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators, type ValidatorFn } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { LANGUAGE_LEVELS, type LanguageLevel, type LanguageSkill } from '@miteinander/contracts';
import { LanguageStore } from '../../core/i18n/language-store';
import { FieldMessage } from './field-message';
import { languageName, languageOptions } from './language-codes';
import { trackControl } from './track-control';

/** A new row starts empty: language and level are both chosen, never assumed. */
export type LanguageSkillGroup = FormGroup<{ code: FormControl<string>; level: FormControl<LanguageLevel | ''> }>;
export type LanguageSkillsArray = FormArray<LanguageSkillGroup>;

export function languageSkillGroup(skill: LanguageSkill | null = null): LanguageSkillGroup {
  return new FormGroup({
    code: new FormControl(skill?.code ?? '', { nonNullable: true, validators: Validators.required }),
    level: new FormControl<LanguageLevel | ''>(skill?.level ?? '', { nonNullable: true, validators: Validators.required }),
  });
}

/** The rows as the API takes them (a valid form has no empty cells). */
export function languageSkillsOf(array: LanguageSkillsArray): LanguageSkill[] {
  return array.getRawValue().flatMap((row) => (row.code && row.level ? [{ code: row.code, level: row.level }] : []));
}

/** Named like the API's field, so the server's errors ("languages.0.level") land on the right control. */
export function languageSkillsArray(skills: readonly (LanguageSkill | null)[] = [], validators: ValidatorFn | null = null): LanguageSkillsArray {
  return new FormArray(
    skills.map((skill) => languageSkillGroup(skill)),
    validators,
  );
}

/** Replaces the rows with the stored languages (after loading or saving). */
export function resetLanguageSkills(array: LanguageSkillsArray, skills: readonly LanguageSkill[]): void {
  array.clear({ emitEvent: false });
  for (const skill of skills) array.push(languageSkillGroup(skill), { emitEvent: false });
  array.updateValueAndValidity();
}

/** Languages with their level: one row per language, rows added and removed with buttons. */
@Component({
  selector: 'app-language-skills-editor',
  imports: [ReactiveFormsModule, MatButton, MatError, MatFormField, MatIcon, MatIconButton, MatLabel, MatOption, MatSelect, TranslatePipe, FieldMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="languages">
      <legend>{{ 'volunteers.languages.legend' | translate }}</legend>
      @if (array().length === 0) {
        <p class="muted">{{ 'volunteers.languages.empty' | translate }}</p>
      }
      @for (row of array().controls; track row; let i = $index) {
        <div class="row">
          <mat-form-field class="code">
            <mat-label>{{ 'volunteers.languages.language' | translate }}</mat-label>
            <mat-select class="code-select" [formControl]="row.controls.code" required>
              @for (option of optionsFor(i); track option.code) {
                <mat-option [value]="option.code">{{ option.name }}</mat-option>
              }
            </mat-select>
            <mat-error><app-field-message [errors]="row.controls.code.errors" /></mat-error>
          </mat-form-field>
          <mat-form-field class="level">
            <mat-label>{{ 'volunteers.languages.level' | translate }}</mat-label>
            <mat-select [formControl]="row.controls.level" required>
              @for (level of levels; track level) {
                <mat-option [value]="level">{{ 'volunteers.levels.' + level | translate }}</mat-option>
              }
            </mat-select>
            <mat-error><app-field-message [errors]="row.controls.level.errors" /></mat-error>
          </mat-form-field>
          <button
            mat-icon-button
            type="button"
            class="remove"
            [disabled]="array().disabled"
            [attr.aria-label]="
              row.controls.code.value
                ? ('volunteers.languages.remove' | translate: { language: nameOf(row.controls.code.value) })
                : ('volunteers.languages.removeUnnamed' | translate)
            "
            (click)="remove(i)"
          >
            <mat-icon aria-hidden="true">delete</mat-icon>
          </button>
        </div>
      }
      @if (array().errors && (array().touched || array().dirty)) {
        <p class="list-error" role="alert">
          <app-field-message [errors]="array().errors" [overrides]="{ minlength: 'volunteers.languages.required' }" />
        </p>
      }
      <button mat-stroked-button type="button" [disabled]="array().disabled" (click)="add()">
        <mat-icon aria-hidden="true">add</mat-icon>
        {{ 'volunteers.languages.add' | translate }}
      </button>
    </fieldset>
  `,
  styles: `
    .languages {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
      min-inline-size: 0;
    }
    legend {
      padding: 0;
      margin-block-end: 0.5rem;
      font: var(--mat-sys-title-medium);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
      align-items: flex-start;
    }
    .code { flex: 1 1 10rem; }
    .level { flex: 1 1 12rem; }
    .remove { margin-block-start: 0.5rem; }
    .list-error {
      margin-block: 0 0.5rem;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class LanguageSkillsEditor {
  readonly array = input.required<LanguageSkillsArray>();

  private readonly language = inject(LanguageStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly value = trackControl(this.array);
  protected readonly levels = LANGUAGE_LEVELS;
  private readonly allOptions = computed(() => languageOptions(this.language.current(), this.value().map((row) => row.code ?? '')));

  /** Each language once: a row offers the languages no other row has taken. */
  protected optionsFor(index: number): { code: string; name: string }[] {
    const taken = new Set(this.value().flatMap((row, i) => (i === index || !row.code ? [] : [row.code])));
    return this.allOptions().filter((option) => !taken.has(option.code));
  }

  protected nameOf(code: string): string {
    return languageName(code, this.language.current());
  }

  protected add(): void {
    this.array().push(languageSkillGroup());
    this.array().markAsDirty();
    // Keyboard and screen-reader users continue in the new row's language field.
    afterNextRender(
      () => {
        const selects = this.host.nativeElement.querySelectorAll<HTMLElement>('mat-select.code-select');
        selects.item(selects.length - 1)?.focus();
      },
      { injector: this.injector },
    );
  }

  protected remove(index: number): void {
    this.array().removeAt(index);
    this.array().markAsDirty();
  }
}
