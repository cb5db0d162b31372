import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** TODO(helper): filters, one section per report (chart + table), the evaluation export with progress. */
@Component({
  selector: 'mit-reports-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<h1>{{ 'reports.title' | translate }}</h1>`,
})
export class ReportsPage {}
