import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** TODO(helper): the accessibility statement (Erklärung zur Barrierefreiheit) with a feedback form. */
@Component({
  selector: 'app-accessibility-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<h1>{{ 'accessibility.title' | translate }}</h1>`,
})
export class AccessibilityPage {}
