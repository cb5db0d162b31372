/** The API is served from the same origin as the app. */
export const API = '/api/v1';
