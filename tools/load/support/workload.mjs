// The mixed workload: what coordinators, volunteers and invitees do on a working day, each route at a fixed rate
// (requests per second at --scale 1), so the soak compares like with like from the first minute to the last.
// Every request is valid: any 4xx in the result is a defect of the workload or the server, never expected.

const berlinDay = (offsetDays = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + offsetDays * 86_400_000));
const json = (headers) => ({ ...headers, 'content-type': 'application/json' });

/** Round robin over a list, shared by all connections of a route. */
function cycle(list) {
  let i = 0;
  return () => list[i++ % list.length];
}

export function routes(data) {
  const coordinator = cycle(data.coordinators);
  const volunteer = cycle(data.volunteers);
  const contact = cycle(data.contacts);
  const token = cycle(data.rsvpTokens);
  const municipality = cycle(data.municipalities);
  // Entries the load logs are decided later by the coordinators; the seeded waiting ones fill in until then.
  const logged = [];
  let seeded = 0;
  const waiting = (n) => {
    const ids = logged.splice(0, n);
    while (ids.length < n && seeded < data.submitted.length) ids.push(data.submitted[seeded++]);
    return ids.length ? ids : [data.submitted[0]];
  };
  let k = 0;
  let page = 0;
  const nextPage = (pages) => 1 + (page++ % pages);
  const twoYears = { from: berlinDay(-729), to: berlinDay() };
  const reports = cycle(['hours', 'volunteers', 'sponsorships']);
  const views = cycle(['running', 'waiting', 'ending_soon', 'all']);
  const volunteerFilters = cycle(['status=active&sort=lastName', 'sort=createdAt&direction=desc', 'q=Name%201', 'municipalityId=']);
  const answers = cycle(['accept', 'decline']);

  const get = (name, rate, who, path) => ({ name, rate, method: 'GET', setup: () => ({ headers: who().headers, path: path() }) });

  return [
    // Volunteers: every page load checks the session; the start page shows their totals; "my hours" the list.
    get('GET auth/session', 8, volunteer, () => '/api/v1/auth/session'),
    get('GET hours/mine/totals', 6, volunteer, () => '/api/v1/hours/mine/totals'),
    get('GET hours/mine', 6, volunteer, () => '/api/v1/hours/mine?page=1&pageSize=20'),
    {
      name: 'POST hours',
      rate: 10,
      method: 'POST',
      // Volunteer i mod V on day (i div V) of the last two years: a few entries per day at most, never 24 h.
      setup: () => {
        const i = k++;
        const s = data.volunteers[i % data.volunteers.length];
        const day = berlinDay(-(1 + (Math.floor(i / data.volunteers.length) % 700)));
        return { headers: json(s.headers), path: '/api/v1/hours', body: JSON.stringify({ activityDate: day, minutes: 15 * (1 + (i % 8)), activity: 'Lernpatenschaft', note: 'Hausaufgaben Mathe' }) };
      },
      onResponse: (status, body) => {
        if (status === 201) logged.push(JSON.parse(body).id);
      },
    },
    // Coordinators: the lists with pagination and filters, the dashboard, the approval queue and decisions.
    get('GET volunteers', 10, coordinator, () => {
      const filter = volunteerFilters();
      return `/api/v1/volunteers?page=${nextPage(20)}&pageSize=25&${filter === 'municipalityId=' ? `municipalityId=${municipality()}` : filter}`;
    }),
    get('GET hours (queue)', 6, coordinator, () => `/api/v1/hours?status=submitted&page=${nextPage(20)}&pageSize=50&sort=activityDate&direction=desc`),
    get('GET sponsorships', 5, coordinator, () => `/api/v1/sponsorships?view=${views()}&page=${nextPage(5)}&pageSize=25`),
    get('GET dashboard/today', 4, coordinator, () => '/api/v1/dashboard/today'),
    get('GET events', 1, coordinator, () => '/api/v1/events?page=1&pageSize=20'),
    get('GET reports/:name', 1, coordinator, () => `/api/v1/reports/${reports()}?from=${twoYears.from}&to=${twoYears.to}`),
    {
      name: 'POST hours/decisions (approve)',
      rate: 3,
      method: 'POST',
      setup: () => ({ headers: json(coordinator().headers), path: '/api/v1/hours/decisions', body: JSON.stringify({ ids: waiting(10), decision: 'approve' }) }),
    },
    {
      // A rejection mails the volunteer (outbox → queue → worker → SMTP).
      name: 'POST hours/decisions (reject)',
      rate: 1,
      method: 'POST',
      setup: () => ({ headers: json(coordinator().headers), path: '/api/v1/hours/decisions', body: JSON.stringify({ ids: waiting(2), decision: 'reject', reason: 'Bitte Datum prüfen.' }) }),
    },
    {
      // Mails an organisation contact a capability link.
      name: 'POST approval-links',
      rate: 1,
      method: 'POST',
      setup: () => {
        const c = contact();
        return { headers: json(coordinator().headers), path: `/api/v1/organisations/${c.organisationId}/approval-links`, body: JSON.stringify({ contactId: c.contactId }) };
      },
    },
    // Invitees without an account: open the RSVP page, answer (each answer mails a confirmation).
    { name: 'GET public/rsvp', rate: 3, method: 'GET', setup: () => ({ headers: {}, path: `/api/v1/public/rsvp?token=${token()}` }) },
    {
      name: 'POST public/rsvp',
      rate: 3,
      method: 'POST',
      setup: () => ({ headers: { 'content-type': 'application/json' }, path: '/api/v1/public/rsvp', body: JSON.stringify({ token: token(), answer: answers() }) }),
    },
  ];
}
