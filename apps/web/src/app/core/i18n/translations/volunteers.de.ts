/** German texts of the volunteers area (owned by that area; en must have the same shape). */
export const volunteersDe = {
  placeholder: '',
};
