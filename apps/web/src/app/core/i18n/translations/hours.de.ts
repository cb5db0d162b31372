/** German texts of the hours area (owned by that area; en must have the same shape). */
export const hoursDe = {
  placeholder: '',
};
