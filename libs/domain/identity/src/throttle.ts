/** Sliding lock-out for sign-in attempts: after `max` failures within `windowMs`, wait until the window ends. */
export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
}

export function isThrottled(state: ThrottleState | null, now: Date, max: number, windowMs: number): boolean {
  if (!state) return false;
  if (now.getTime() - state.windowStartedAt.getTime() >= windowMs) return false;
  return state.failures >= max;
}

export function retryAfterSeconds(state: ThrottleState, now: Date, windowMs: number): number {
  return Math.max(1, Math.ceil((state.windowStartedAt.getTime() + windowMs - now.getTime()) / 1000));
}
