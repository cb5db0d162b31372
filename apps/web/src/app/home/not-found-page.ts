import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-narrow">
      <h1>{{ 'notFound.heading' | translate }}</h1>
      <p>{{ 'notFound.text' | translate }}</p>
      <p><a routerLink="/">{{ 'notFound.back' | translate }}</a></p>
    </div>
  `,
})
export class NotFoundPage {}
