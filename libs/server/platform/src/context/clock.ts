import { Injectable } from '@nestjs/common';

/**
 * "Now" for rules that depend on the date (RSVP deadlines, reminders, event days). Production reads the system
 * time; integration tests move it (`set`, `advance`) to check what happens next week without waiting.
 */
@Injectable()
export class Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  /** Tests: stop the clock at this instant. */
  set(instant: Date | string): void {
    this.fixed = new Date(instant);
  }

  /** Tests: move a stopped (or the real) clock forward. */
  advance(ms: number): void {
    this.fixed = new Date(this.now().getTime() + ms);
  }

  /** Back to the system time. */
  reset(): void {
    this.fixed = null;
  }
}
