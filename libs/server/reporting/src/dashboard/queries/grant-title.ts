/** "MP-2026-0007 Sprachcafé": the reference and the project's title, as the staff pages show them. */
export const GRANT_TITLE_SQL = `concat_ws(' ', a.reference, NULLIF(a.data->>'title', ''))`;
