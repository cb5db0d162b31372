import type { reportsDe } from './reports.de';

export const reportsEn: typeof reportsDe = {
  title: 'Reports and evaluation',
  intro: 'Figures from the current data for a period and a municipality. Every chart is also shown as a table below it. Figures about fewer than 3 people are hidden as “< 3”.',
  filters: {
    label: 'Period and municipality',
    period: 'Period',
    from: 'From',
    to: 'To',
    municipality: 'Municipality',
    allMunicipalities: 'All municipalities',
    errors: {
      required: 'Please enter a date.',
      date: 'Please enter a valid date.',
      order: 'The end must not be before the start.',
    },
  },
  presets: {
    currentYear: 'This year',
    previousYear: 'Last year',
    lastTwoYears: 'Last 2 calendar years',
    last12Months: 'Last 12 months',
    custom: 'Custom period',
  },
  tabsLabel: 'Reports',
  tabs: {
    volunteers: 'Volunteers',
    sponsorships: 'Sponsorships',
    hours: 'Hours',
    cards: 'Honorary card',
    grants: 'Micro-projects',
    events: 'Events',
  },
  loading: 'Loading report',
  retry: 'Load again',
  noTables: 'There are no figures for this report yet.',
  rowHeader: {
    month: 'Month',
    municipality: 'Municipality',
    area: 'Area',
    field: 'Field of action',
    other: 'Group',
  },
  chart: {
    label: 'Chart: {{title}}. All values are in the table below.',
    suppressedNote: 'Values below 3 are marked “< 3” in the table only.',
  },
  table: {
    caption: 'Table: {{title}}',
    suppressed: 'fewer than 3 people',
    empty: 'There are no data on this for the chosen period.',
    csv: 'Table as CSV',
  },
  units: {
    hours: 'h',
    day: 'day',
    days: 'days',
    months: 'months',
  },
};
