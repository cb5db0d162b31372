/** Machine-readable error codes returned in every error body as `code`. */
export enum ErrorCode {
  Validation = 'VALIDATION',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  /** An upload whose content (by its first bytes) is not one of the accepted file types. */
  UnsupportedFileType = 'UNSUPPORTED_FILE_TYPE',
  MalformedBody = 'MALFORMED_BODY',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  CsrfInvalid = 'CSRF_INVALID',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  EmailNotVerified = 'EMAIL_NOT_VERIFIED',
  AccountDeactivated = 'ACCOUNT_DEACTIVATED',
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
  TokenInvalid = 'TOKEN_INVALID',
  EmailTaken = 'EMAIL_TAKEN',
  LastAdmin = 'LAST_ADMIN',
  TemplateInvalid = 'TEMPLATE_INVALID',
  NotResendable = 'NOT_RESENDABLE',
  /** A lifecycle move that is not possible from the current state; the body names the allowed next states. */
  TransitionNotAllowed = 'TRANSITION_NOT_ALLOWED',
  /** Not possible in the record's current state (e.g. a check-in before the trial started). */
  StateConflict = 'STATE_CONFLICT',
  /** Not possible now for a reason the message names (e.g. the year's card quota is used up). */
  NotPossibleNow = 'NOT_POSSIBLE_NOW',
  Internal = 'INTERNAL',
}

export interface FieldError {
  field: string;
  message: string;
}

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  errors?: FieldError[];
  /** With TRANSITION_NOT_ALLOWED: the states that may follow the current one (machine-readable). */
  allowedNext?: string[];
}
