/** One place for what the server under test is started with and what the tests sign in with. */
export const PORT = 3210;
export const BASE_URL = `http://localhost:${PORT}`;
export const ADMIN_EMAIL = 'admin@miteinander.local';
export const ADMIN_PASSWORD = process.env['ADMIN_PASSWORD'] ?? 'E2e-Admin-Password-2026';
