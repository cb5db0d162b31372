import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { GrantVersionDiff } from '@miteinander/contracts';
import { finalize } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { LanguageStore } from '../../../core/i18n/language-store';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { GrantsApi } from '../../shared/grants-api';
import { fieldLabel, valueText } from '../shared/field-label';

/** The submitted versions of an application, and what changed between two of them (field, before, after). */
@Component({
  selector: 'app-grant-version-history',
  imports: [FormsModule, MatButton, MatCard, MatCardContent, MatFormField, MatIcon, MatLabel, MatOption, MatProgressBar, MatSelect, TranslatePipe, FormAlert, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let lang = language.current();
    <mat-card appearance="outlined">
      <mat-card-content>
        <h2 id="versions-heading">{{ 'grantsStaff.versions.heading' | translate }}</h2>
        <div class="progress-slot">
          @if (versions.isLoading() || comparing()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <app-form-alert [message]="error()" />
        @if (versions.hasValue()) {
          @let list = versions.value();
          @if (!list.length) {
            <p class="muted">{{ 'grantsStaff.versions.none' | translate }}</p>
          } @else {
            <ol class="versions">
              @for (v of list; track v.version) {
                <li>{{ 'grantsStaff.versions.item' | translate: { version: v.version, date: (v.submittedAt | localDate: lang) } }}</li>
              }
            </ol>
            @if (list.length > 1) {
              <form class="compare" (ngSubmit)="compare()">
                <mat-form-field>
                  <mat-label>{{ 'grantsStaff.versions.from' | translate }}</mat-label>
                  <mat-select [(ngModel)]="from" name="from">
                    @for (v of list; track v.version) {
                      <mat-option [value]="v.version">{{ 'grantsStaff.versions.version' | translate: { version: v.version } }}</mat-option>
                    }
                  </mat-select>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'grantsStaff.versions.to' | translate }}</mat-label>
                  <mat-select [(ngModel)]="to" name="to">
                    @for (v of list; track v.version) {
                      <mat-option [value]="v.version">{{ 'grantsStaff.versions.version' | translate: { version: v.version } }}</mat-option>
                    }
                  </mat-select>
                </mat-form-field>
                <button mat-stroked-button type="submit" [disabled]="comparing() || from() === to()">
                  <mat-icon aria-hidden="true">compare_arrows</mat-icon>
                  {{ 'grantsStaff.versions.compare' | translate }}
                </button>
              </form>
            }
          }
        }
        @if (diff(); as d) {
          <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'grantsStaff.versions.diffCaption' | translate: { from: d.from, to: d.to }">
            <table class="plain">
              <caption>{{ 'grantsStaff.versions.diffCaption' | translate: { from: d.from, to: d.to } }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'grantsStaff.versions.field' | translate }}</th>
                  <th scope="col">{{ 'grantsStaff.versions.before' | translate }}</th>
                  <th scope="col">{{ 'grantsStaff.versions.after' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (c of d.changes; track c.field) {
                  <tr>
                    <th scope="row">{{ label(c.field) }}</th>
                    <td class="before">{{ text(c.before) }}</td>
                    <td class="after">{{ text(c.after) }}</td>
                  </tr>
                } @empty {
                  <tr>
                    <td colspan="3" class="muted">{{ 'grantsStaff.versions.noChanges' | translate }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h2 {
      margin-block-start: 0;
    }
    .versions {
      margin-block: 0 1rem;
      padding-inline-start: 1.5rem;
    }
    .compare {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: flex-start;
      mat-form-field {
        flex: 1 1 10rem;
      }
      button {
        margin-block-start: 0.5rem;
      }
    }
    table.plain {
      inline-size: 100%;
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font: var(--mat-sys-title-small);
      padding-block-end: 0.5rem;
    }
    table.plain th,
    table.plain td {
      padding-block: 0.375rem;
      padding-inline: 0.5rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      vertical-align: top;
      overflow-wrap: anywhere;
      white-space: pre-wrap;
    }
    tbody th {
      font-weight: 500;
    }
    .before {
      text-decoration: line-through;
      text-decoration-color: var(--mat-sys-error);
    }
  `,
})
export class GrantVersionHistory {
  readonly applicationId = input.required<string>();
  /** The application's current version: the list loads again when it changes. */
  readonly version = input.required<number>();

  private readonly api = inject(GrantsApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageStore);

  protected readonly versions = rxResource({
    params: () => ({ id: this.applicationId(), version: this.version() }),
    stream: ({ params }) => this.api.versions(params.id),
  });
  protected readonly from = signal<number | null>(null);
  protected readonly to = signal<number | null>(null);
  protected readonly diff = signal<GrantVersionDiff | null>(null);
  protected readonly comparing = signal(false);
  private readonly compareError = signal<string | null>(null);
  protected readonly error = computed(() => {
    const e = this.versions.error();
    if (e) return toApiProblem(e, this.translate).message;
    return this.compareError();
  });

  constructor() {
    // By default compare the last two versions: that is what changed in the latest revision.
    effect(() => {
      if (!this.versions.hasValue()) return;
      const numbers = this.versions.value().map((v) => v.version).sort((a, b) => a - b);
      if (numbers.length < 2) return;
      this.from.set(numbers[numbers.length - 2]!);
      this.to.set(numbers[numbers.length - 1]!);
    });
  }

  protected compare(): void {
    const from = this.from();
    const to = this.to();
    if (from === null || to === null || from === to) return;
    this.comparing.set(true);
    this.compareError.set(null);
    this.api
      .versionDiff(this.applicationId(), Math.min(from, to), Math.max(from, to))
      .pipe(finalize(() => this.comparing.set(false)))
      .subscribe({
        next: (diff) => this.diff.set(diff),
        error: (e: unknown) => this.compareError.set(toApiProblem(e, this.translate).message),
      });
  }

  protected label(field: string): string {
    return fieldLabel(field, this.translate);
  }

  protected text(value: unknown): string {
    return valueText(value);
  }
}
