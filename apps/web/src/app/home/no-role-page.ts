import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

/** Signed in, but nobody has granted a role yet: say so kindly and who can help. */
@Component({
  selector: 'app-no-role-page',
  imports: [MatCard, MatCardContent, MatIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-narrow">
      <mat-card appearance="outlined">
        <mat-card-content>
          <h1><mat-icon aria-hidden="true">hourglass_empty</mat-icon> {{ 'home.noRole.heading' | translate }}</h1>
          <p>{{ 'home.noRole.text' | translate }}</p>
        </mat-card-content>
      </mat-card>
    </div>
  `,
  styles: `h1 { display: flex; align-items: center; gap: 0.5rem; }`,
})
export class NoRolePage {}
