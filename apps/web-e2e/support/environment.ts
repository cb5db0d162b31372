/** One place for what the servers under test are started with and what the tests sign in with. */
/** E2E_PORT moves all three servers (PORT, PORT+1, PORT+15), so two runs on one machine do not meet. */
export const PORT = Number(process.env['E2E_PORT'] ?? 3210);
export const BASE_URL = `http://localhost:${PORT}`;
export const ADMIN_EMAIL = 'admin@miteinander.local';
export const ADMIN_PASSWORD = process.env['ADMIN_PASSWORD'] ?? 'E2e-Admin-Password-2026';

/**
 * A second API that delivers over SMTP to support/refusing-smtp.cjs, for what the captured mailbox
 * cannot show: a message the mail server refused. Its own database; the same admin account.
 */
export const SMTP_API_PORT = PORT + 1;
export const SMTP_BASE_URL = `http://localhost:${SMTP_API_PORT}`;
export const REFUSING_SMTP_PORT = PORT + 15;
/** The refusing SMTP server turns down the first message to each address at this domain. */
export const REFUSED_ONCE_DOMAIN = 'refuse-once.e2e.example';
