import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { MailTemplateInfo } from '@miteinander/contracts';
import { toApiProblem } from '../../core/api/api-problem';
import { FormAlert } from '../../core/forms/form-alert';
import { TemplatesApi } from './templates-api';

/** Every email template with its languages and their current versions. */
@Component({
  selector: 'app-templates-list-page',
  imports: [RouterLink, MatIcon, MatProgressBar, MatTableModule, TranslatePipe, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-wide">
      <h1>{{ 'admin.templates.heading' | translate }}</h1>
      <p class="muted">{{ 'admin.templates.intro' | translate }}</p>
      <app-form-alert [message]="error()" />
      <div class="progress-slot">
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        }
      </div>
      <div class="table-scroll">
        <table mat-table [dataSource]="templates()">
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef>{{ 'admin.templates.name' | translate }}</th>
            <td mat-cell *matCellDef="let template">
              <span class="template-name">{{ 'mailTemplates.' + template.name | translate }}</span>
              <code class="muted id">{{ template.name }}</code>
            </td>
          </ng-container>
          <ng-container matColumnDef="audience">
            <th mat-header-cell *matHeaderCellDef>{{ 'admin.templates.audience' | translate }}</th>
            <td mat-cell *matCellDef="let template">{{ 'admin.templates.audiences.' + template.audience | translate }}</td>
          </ng-container>
          <ng-container matColumnDef="mandatory">
            <th mat-header-cell *matHeaderCellDef>{{ 'admin.templates.mandatory' | translate }}</th>
            <td mat-cell *matCellDef="let template">
              @if (template.mandatory) {
                <span class="flag"><mat-icon aria-hidden="true">lock</mat-icon>{{ 'admin.templates.mandatoryYes' | translate }}</span>
              } @else {
                {{ 'admin.templates.mandatoryNo' | translate }}
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="locales">
            <th mat-header-cell *matHeaderCellDef>{{ 'admin.templates.languages' | translate }}</th>
            <td mat-cell *matCellDef="let template">
              <ul class="locales">
                @for (l of template.locales; track l.locale) {
                  <li>
                    <a [routerLink]="[template.name, l.locale]"
                      >{{ 'mailLanguages.' + l.locale | translate }}<span class="visually-hidden"> – {{ 'mailTemplates.' + template.name | translate }}</span></a
                    >
                    <span class="muted">
                      · {{ 'admin.templates.version' | translate: { version: l.version } }}
                      · {{ (l.customised ? 'admin.templates.customised' : 'admin.templates.standard') | translate }}
                    </span>
                  </li>
                }
              </ul>
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
          <tr class="mat-mdc-row" *matNoDataRow>
            <td class="mat-mdc-cell empty" [attr.colspan]="columns.length">
              @if (!loading()) {
                {{ 'admin.table.empty' | translate }}
              }
            </td>
          </tr>
        </table>
      </div>
    </div>
  `,
  styles: `
    .template-name { display: block; font-weight: 500; }
    .locales { margin: 0; padding: 0; list-style: none; }
    .locales li { padding-block: 0.125rem; white-space: nowrap; }
    .flag { display: inline-flex; gap: 0.25rem; align-items: center; }
    td { vertical-align: top; padding-block: 0.5rem; }
  `,
})
export class TemplatesListPage {
  private readonly api = inject(TemplatesApi);
  private readonly translate = inject(TranslateService);

  protected readonly columns = ['name', 'audience', 'mandatory', 'locales'];
  protected readonly templates = signal<MailTemplateInfo[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.api.list().subscribe({
      next: (templates) => {
        this.templates.set(templates);
        this.loading.set(false);
      },
      error: (e: unknown) => {
        this.error.set(toApiProblem(e, this.translate).message);
        this.loading.set(false);
      },
    });
  }
}
