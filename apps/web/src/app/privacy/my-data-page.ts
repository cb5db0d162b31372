import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** TODO(helper): a person's own data: download (JSON, PDF), request erasure, consents. */
@Component({
  selector: 'app-my-data-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<h1>{{ 'privacy.title' | translate }}</h1>`,
})
export class MyDataPage {}
