import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatDivider } from '@angular/material/divider';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { EventView } from '@miteinander/contracts';
import { filter, finalize, map, switchMap } from 'rxjs';
import { toApiProblem } from '../../../core/api/api-problem';
import { FormAlert } from '../../../core/forms/form-alert';
import { ConfirmDialog, type ConfirmDialogData } from '../../../hours/shared/confirm-dialog';
import { EventsApi } from '../../shared/events-api';
import { InvitationBuilder } from './invitation-builder';
import { InvitationList } from './invitation-list';
import { ManualInvitee } from './manual-invitee';

/** The "Einladungsliste" tab: build the list from criteria or by hand, send the invitations, see the answers. */
@Component({
  selector: 'app-event-invitations-tab',
  imports: [MatButton, MatDivider, MatIcon, MatProgressBar, TranslatePipe, FormAlert, InvitationBuilder, InvitationList, ManualInvitee],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let e = event();
    @if (closed()) {
      <p class="muted">{{ (e.status === 'cancelled' ? 'eventsStaff.send.cancelledNote' : 'eventsStaff.send.pastNote') | translate }}</p>
    }
    <app-event-invitation-builder [eventId]="e.id" [closed]="closed()" (added)="listChanged()" />
    <mat-divider />
    <app-event-manual-invitee [eventId]="e.id" [closed]="closed()" (added)="listChanged()" />
    <mat-divider />

    <section aria-labelledby="send-heading">
      <h2 id="send-heading">{{ 'eventsStaff.send.heading' | translate }}</h2>
      <p class="muted">{{ 'eventsStaff.send.intro' | translate }}</p>
      <app-form-alert [message]="sendError()" />
      <div class="progress-slot">
        @if (sending()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'eventsStaff.send.sending' | translate" />
        }
      </div>
      <p class="visually-hidden" aria-live="polite">{{ sending() ? ('eventsStaff.send.sending' | translate) : '' }}</p>
      <button mat-flat-button type="button" [disabled]="sending() || closed() || pending() === 0" (click)="send()">
        <mat-icon aria-hidden="true">send</mat-icon>
        {{ 'eventsStaff.send.button' | translate: { count: pending() } }}
      </button>
    </section>
    <mat-divider />

    <section aria-labelledby="list-heading">
      <h2 id="list-heading">{{ 'eventsStaff.invitationList.heading' | translate }}</h2>
      <app-event-invitation-list [eventId]="e.id" [refresh]="refresh()" [closed]="closed()" (changed)="rowChanged()" />
    </section>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 1.5rem;
      padding-block: 1rem;
    }
    h2 {
      margin-block-start: 0;
    }
  `,
})
export class InvitationsTab {
  readonly event = input.required<EventView>();
  /** The list changed: the page loads the counts again. */
  readonly changed = output<void>();

  private readonly api = inject(EventsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  protected readonly refresh = signal(0);
  protected readonly sending = signal(false);
  protected readonly sendError = signal<string | null>(null);
  protected readonly closed = computed(() => this.event().past || this.event().status === 'cancelled');
  private readonly eventId = computed(() => this.event().id);

  /** Who is on the list without an invitation yet: asked from the list itself, so it is exact. */
  private readonly waiting = rxResource({
    params: () => ({ id: this.eventId(), refresh: this.refresh() }),
    stream: ({ params }) => this.api.invitations(params.id, { status: 'listed', page: 1, pageSize: 1 }).pipe(map((page) => page.total)),
  });
  protected readonly pending = computed(() => (this.waiting.hasValue() ? this.waiting.value() : 0));

  protected listChanged(): void {
    this.refresh.update((n) => n + 1);
    this.changed.emit();
  }

  protected rowChanged(): void {
    this.waiting.reload();
    this.changed.emit();
  }

  protected send(): void {
    const count = this.pending();
    const t = (key: string, params: Record<string, unknown> = {}) => this.translate.instant(key, params) as string;
    const data: ConfirmDialogData = {
      title: t('eventsStaff.send.confirmTitle', { count }),
      text: t(count === 1 ? 'eventsStaff.send.confirmTextOne' : 'eventsStaff.send.confirmText', { count, title: this.event().title }),
      confirm: t('eventsStaff.send.confirm'),
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '30rem', maxWidth: '95vw' })
      .afterClosed()
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.sending.set(true);
          this.sendError.set(null);
          return this.api.sendInvitations(this.eventId()).pipe(finalize(() => this.sending.set(false)));
        }),
      )
      .subscribe({
        next: (result) => {
          this.snackBar.open(t(result.sent === 1 ? 'eventsStaff.send.sentOne' : 'eventsStaff.send.sent', { count: result.sent }), t('common.close'), { duration: 6000 });
          this.listChanged();
        },
        error: (e: unknown) => {
          this.sendError.set(toApiProblem(e, this.translate).message);
          this.listChanged();
        },
      });
  }
}
