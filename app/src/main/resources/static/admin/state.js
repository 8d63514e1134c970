/* What the admin page's sections share: the chosen branch and its catalog, the calendar's day and view. */
export const state = {
  token: sessionStorage.getItem('slotbot.admin.token'),
  branches: [],
  company: null,
  branch: null,
  zone: undefined,
  employees: [],
  services: [],
  categories: [],
  date: null,
  view: null,
  bookings: [],
  selected: null
};
