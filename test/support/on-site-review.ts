/**
 * A review with a big on-site week for booking tests: 60 sessions (interviews, a few online, site visits with
 * travel) over four days in four streams, ten peers, and a daily lunch with no attendees (so not an event).
 */
export const ON_SITE_ORGANISER = 'peerreview@testshire.example';
export const ON_SITE_TEAM = 'alex.rowan@testshire.example';

const PEERS = ['Ada Birch', 'Ben Cole', 'Cat Dale', 'Dan Egan', 'Eve Ford', 'Fay Gray', 'Gus Hart', 'Hal Ives', 'Ivy Jones', 'Jo Kerr'];

export const peerEmail = (name: string): string => `${name.toLowerCase().replace(' ', '.')}@peers.example`;

export const onSiteReview = (sessions = 60): string => {
  const lines = [
    'review:',
    '  name: Testshire On-site Week',
    '  timeZone: Europe/London',
    `  organiser: ${ON_SITE_ORGANISER}`,
    '  base: Town Hall, Testshire',
    `  projectTeam: [${ON_SITE_TEAM}]`,
    'themes:',
    '  - { id: leadership, title: Leadership and governance }',
    '  - { id: provision, title: Provision }',
    'peers:',
    ...PEERS.map((name, n) => `  - { email: ${peerEmail(name)}, name: ${name}, role: ${n === 0 ? 'teamLead' : 'peer'}, themes: [leadership] }`),
    'people:',
    `  - { email: ${ON_SITE_TEAM}, name: Alex Rowan }`,
    'onSite:',
    '  streams: 4',
    '  days:',
    ...['2026-06-15', '2026-06-16', '2026-06-17', '2026-06-18'].map((date) => `    - { date: ${date}, start: "08:00", end: "18:00" }`),
    '  fixed:',
    '    - { title: Lunch, kind: break, daily: true, start: "12:30", end: "13:15", allPeers: true }',
    '  sessions:',
    ...Array.from({ length: sessions }, (_, n) => sessionLine(n)),
  ];
  return `${lines.join('\n')}\n`;
};

const sessionLine = (n: number): string => {
  const id = `s${String(n + 1).padStart(2, '0')}`;
  const theme = n % 2 === 0 ? 'leadership' : 'provision';
  if (n % 10 === 3) {
    return `    - { id: ${id}, title: Site visit ${n + 1}, kind: siteVisit, minutes: 60, travelMinutes: 15, location: School ${n + 1}, attendees: [head${n + 1}@schools.example], themes: [${theme}] }`;
  }
  const online = n % 5 === 0 ? ', online: true' : '';
  return `    - { id: ${id}, title: Interview ${n + 1}, kind: interview, attendees: [staff${n + 1}@testshire.example], themes: [${theme}]${online} }`;
};
