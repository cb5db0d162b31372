import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCard, MatCardContent, MatCardHeader, MatCardTitle } from '@angular/material/card';
import { TranslatePipe } from '@ngx-translate/core';
import type { Role } from '@miteinander/contracts';
import { AuthStore } from '../core/auth/auth-store';
import { WorkQueues } from './dashboard/work-queues';

/** Staff roles see the work queues instead of an intro card: the queues are what their day starts with. */
const STAFF_ROLES: readonly Role[] = ['coordinator', 'admin'];

/**
 * The first page after sign-in. Coordinators and admins see what waits for them today (one card per work queue);
 * every other role keeps its short intro card, so the page stays light for volunteers, applicants and reviewers.
 */
@Component({
  selector: 'app-start-page',
  imports: [MatCard, MatCardContent, MatCardHeader, MatCardTitle, TranslatePipe, WorkQueues],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-wide">
      <h1>{{ 'home.welcome' | translate: { name: auth.user()?.displayName } }}</h1>
      @if (introRoles().length) {
        <div class="cards">
          @for (role of introRoles(); track role) {
            <mat-card appearance="outlined">
              <mat-card-header>
                <mat-card-title><h2>{{ 'roles.' + role | translate }}</h2></mat-card-title>
              </mat-card-header>
              <mat-card-content>
                <p>{{ 'home.intro.' + role | translate }}</p>
              </mat-card-content>
            </mat-card>
          }
        </div>
      }
      @if (isStaff()) {
        <div class="today">
          <p class="muted">{{ 'dashboard.intro' | translate }}</p>
          <app-work-queues />
        </div>
      }
    </div>
  `,
  styles: `
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
      gap: 1rem;
    }
    .cards mat-card + mat-card { margin-block-start: 0; }
    .cards + .today { margin-block-start: 1.5rem; }
    .today > p { margin-block: 0 0.5rem; }
    h2 { margin: 0; }
  `,
})
export class StartPage {
  protected readonly auth = inject(AuthStore);

  protected readonly isStaff = computed(() => this.auth.roles().some((r) => STAFF_ROLES.includes(r)));
  protected readonly introRoles = computed(() => this.auth.roles().filter((r) => !STAFF_ROLES.includes(r)));
}
