import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatCard, MatCardContent, MatCardHeader, MatCardTitle } from '@angular/material/card';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthStore } from '../core/auth/auth-store';
import { OverdueCheckIns } from '../sponsorships/overdue/overdue-check-ins';

/** The first page after sign-in: one card per role, and the work waiting: coordinators see the overdue sponsorship talks. */
@Component({
  selector: 'app-start-page',
  imports: [MatCard, MatCardContent, MatCardHeader, MatCardTitle, TranslatePipe, OverdueCheckIns],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-wide">
      <h1>{{ 'home.welcome' | translate: { name: auth.user()?.displayName } }}</h1>
      <div class="cards">
        @for (role of auth.roles(); track role) {
          <mat-card appearance="outlined">
            <mat-card-header>
              <mat-card-title><h2>{{ 'roles.' + role | translate }}</h2></mat-card-title>
            </mat-card-header>
            <mat-card-content>
              <p>{{ 'home.intro.' + role | translate }}</p>
            </mat-card-content>
          </mat-card>
        }
        @if (auth.hasRole('coordinator')) {
          <mat-card appearance="outlined">
            <mat-card-header>
              <mat-card-title><h2>{{ 'sponsorships.overdue.heading' | translate }}</h2></mat-card-title>
            </mat-card-header>
            <mat-card-content>
              <app-overdue-check-ins />
            </mat-card-content>
          </mat-card>
        }
      </div>
    </div>
  `,
  styles: `
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr));
      gap: 1rem;
    }
    .cards mat-card + mat-card { margin-block-start: 0; }
    h2 { margin: 0; }
  `,
})
export class StartPage {
  protected readonly auth = inject(AuthStore);
}
