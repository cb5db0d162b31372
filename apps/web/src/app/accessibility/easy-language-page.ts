import { ChangeDetectionStrategy, Component } from '@angular/core';

/** TODO(helper): Leichte Sprache — what Miteinander is, in easy German. */
@Component({
  selector: 'app-easy-language-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1 lang="de">Leichte Sprache</h1>`,
})
export class EasyLanguagePage {}
