/** Longest feedback message the accessibility form accepts. */
export const ACCESSIBILITY_FEEDBACK_MAX_LENGTH = 4000;

/** POST /accessibility/feedback: a report of a barrier, without an account. */
export interface AccessibilityFeedbackRequest {
  /** Which page the barrier is on (a path or the page's name, as the person knows it). */
  page: string;
  message: string;
  /** Only when the person wants an answer. */
  email?: string;
  /** Honeypot: people leave it empty (it is hidden); form-filling bots do not. */
  website?: string;
}

export interface AccessibilityFeedbackReceipt {
  status: 'received';
}
