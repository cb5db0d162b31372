/** German texts of the organisations area (owned by that area; en must have the same shape). */
export const organisationsDe = {
  placeholder: '',
};
