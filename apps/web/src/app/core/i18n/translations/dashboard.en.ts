import type { dashboardDe } from './dashboard.de';

export const dashboardEn: typeof dashboardDe = {
  intro: 'This is what is waiting for you today. The most urgent entries come first.',
  loading: 'Loading today’s tasks …',
  retry: 'Load again',
  showAll: 'Show all ({{count}})',
  openList: 'Open the list',
  queues: {
    overdueCheckIns: 'Overdue check-ins (sponsorships)',
    waitingRequests: 'Waiting requests',
    hoursToApprove: 'Hours to approve',
    cardApplications: 'Volunteer card: applications',
    grantPrecheck: 'Micro-projects: pre-check',
    grantReportsOverdue: 'Overdue spending reports',
    upcomingEvents: 'Upcoming events',
    failedMails: 'Failed emails',
  },
  allClear: {
    overdueCheckIns: 'All clear: no check-in is overdue.',
    waitingRequests: 'All clear: no request is waiting for a match.',
    hoursToApprove: 'All clear: no hours are waiting for approval.',
    cardApplications: 'All clear: no volunteer card application is open.',
    grantPrecheck: 'All clear: no application is waiting for the pre-check.',
    grantReportsOverdue: 'All clear: no spending report is overdue.',
    upcomingEvents: 'No event is planned at the moment.',
    failedMails: 'All clear: no email has failed.',
  },
};
