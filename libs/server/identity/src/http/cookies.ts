export const SESSION_COOKIE = 'mit_session';
/** Readable by the web app, which echoes it in the X-XSRF-TOKEN header (Angular's built-in convention). */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';
