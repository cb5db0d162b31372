import { ChangeDetectionStrategy, Component, signal } from '@angular/core';

/** The smallest useful Angular app: one standalone component with a signal and an event binding. */
@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1>Hallo</h1>
    <button type="button" (click)="count.set(count() + 1)">{{ count() }}</button>`,
})
export class Hello {
  protected readonly count = signal(0);
}
