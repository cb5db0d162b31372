import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** TODO(helper): the coordinators' list of data-protection requests with their deadlines. */
@Component({
  selector: 'app-privacy-requests-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<h1>{{ 'privacy.title' | translate }}</h1>`,
})
export class PrivacyRequestsPage {}
