import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthStore } from '../core/auth/auth-store';
import { ChangePasswordForm } from './change-password-form';
import { MailNotifications } from './mail-notifications';
import { ProfileDetailsForm } from './profile-details-form';

@Component({
  selector: 'app-profile-page',
  imports: [MatCard, MatCardContent, TranslatePipe, ChangePasswordForm, MailNotifications, ProfileDetailsForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-narrow">
      <h1>{{ 'profile.heading' | translate }}</h1>
      @if (auth.user(); as user) {
        <mat-card appearance="outlined">
          <mat-card-content>
            <h2>{{ 'profile.account' | translate }}</h2>
            <dl class="facts">
              <dt>{{ 'profile.email' | translate }}</dt>
              <dd>{{ user.email }}</dd>
              <dt>{{ 'profile.roles' | translate }}</dt>
              <dd>
                @for (role of user.roles; track role; let last = $last) {
                  {{ 'roles.' + role | translate }}{{ last ? '' : ', ' }}
                }
              </dd>
            </dl>
          </mat-card-content>
        </mat-card>
        <mat-card appearance="outlined">
          <mat-card-content>
            <h2>{{ 'profile.details' | translate }}</h2>
            <app-profile-details-form [user]="user" />
          </mat-card-content>
        </mat-card>
        <mat-card appearance="outlined">
          <mat-card-content>
            <h2>{{ 'profile.password.heading' | translate }}</h2>
            <app-change-password-form [email]="user.email" />
          </mat-card-content>
        </mat-card>
        <mat-card appearance="outlined" id="mail-notifications">
          <mat-card-content>
            <h2>{{ 'mailPreferences.profileHeading' | translate }}</h2>
            <app-mail-notifications />
          </mat-card-content>
        </mat-card>
      }
    </div>
  `,
  styles: `
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.5rem 1.5rem; margin: 0; }
    dt { font-weight: 500; }
    dd { margin: 0; overflow-wrap: anywhere; }
  `,
})
export class ProfilePage {
  protected readonly auth = inject(AuthStore);
}
