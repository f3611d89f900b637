/**
 * A review with an on-site week across the end-of-March clock change (GMT until Sunday 29 March 2026, BST after),
 * and a hand-made on-site plan of it: times below are UTC, so 08:00Z on 30 March is 09:00 local.
 */
import { parseReviewFile } from '../../src/domain/review-file/parse-review-file.js';
import type { OnSitePlan } from '../../src/domain/on-site/on-site.js';
import type { Review } from '../../src/domain/shared/review.js';

export const TIMETABLE_REVIEW = `
review:
  name: Testshire SEND Peer Challenge
  timeZone: Europe/London
  organiser: peerreview@testshire.example
  base: Town Hall, Testshire
  projectTeam: [alex.rowan@testshire.example]
themes:
  - { id: leadership, title: Leadership and governance }
  - { id: coproduction, title: Co-production with families }
  - { id: provision, title: Quality of provision }
  - { id: adulthood, title: Preparing for adulthood }
peers:
  - { email: deb.austin@peers.example, name: Deb Austin, role: teamLead, themes: [leadership] }
  - { email: jenny.ellis@peers.example, name: Jenny Ellis, role: peer, themes: [coproduction] }
  - { email: omar.khan@peers.example, name: Omar Khan, role: challengeManager, themes: [provision] }
  - { email: siobhan.oneill@peers.example, name: "Siobhán O'Neill", role: peer, themes: [provision] }
  - { email: rita.reviewer@peers.example, name: Rita Reviewer, role: caseReviewer }
people:
  - { email: alex.rowan@testshire.example, name: Alex Rowan }
  - { email: sam.worker@testshire.example, name: Sam Worker }
  - { email: director@testshire.example, name: Dana Director }
onSite:
  days:
    - { date: 2026-03-26, start: "08:30", end: "18:00" }
    - { date: 2026-03-27, start: "08:30", end: "18:00" }
    - { date: 2026-03-30, start: "08:30", end: "18:00" }
    - { date: 2026-03-31, start: "08:30", end: "16:00" }
  streams: 2
  fixed:
    - { title: Council overview presentation, kind: presentation, date: 2026-03-26, start: "09:00", end: "10:00",
        attendees: [director@testshire.example], allPeers: true, location: Council chamber }
    - { title: Lunch, kind: break, daily: true, start: "12:30", end: "13:15", allPeers: true }
  sessions:
    - { id: dcs, title: Meeting with the Director of Children's Services, kind: interview,
        attendees: [director@testshire.example], themes: [leadership], location: Town Hall room 2 }
    - { id: icb, title: Meeting with the ICB SEND lead, kind: interview, attendees: [sam.worker@testshire.example], themes: [provision] }
    - { id: parents, title: Focus group with parent carers, kind: focusGroup, attendees: [], themes: [coproduction] }
    - { id: hub-visit, title: Visit to Oak Hill special school, kind: siteVisit, minutes: 90, travelMinutes: 30,
        attendees: [], themes: [provision], setting: specialSchool, location: Oak Hill School }
    - { id: sencos, title: SENCo focus group, kind: focusGroup, attendees: [], themes: [provision], online: true }
    - { id: youth, title: Youth forum, kind: focusGroup, attendees: [], themes: [coproduction], date: 2026-03-31 }
`;

export const timetableReview = (): Review => {
  const parsed = parseReviewFile(TIMETABLE_REVIEW);
  if (!parsed.ok) throw new Error(`fixture invalid: ${(parsed.details ?? []).join('; ')}`);
  return parsed.value;
};

const ALL_PEERS = ['deb.austin@peers.example', 'jenny.ellis@peers.example', 'omar.khan@peers.example', 'siobhan.oneill@peers.example'];

const band = (start: string, end: string) => ({ start, end });

export const handMadePlan = (): OnSitePlan => ({
  placed: [
    { sessionId: 'dcs', start: '2026-03-26T10:15:00.000Z', end: '2026-03-26T11:15:00.000Z', band: band('2026-03-26T10:15:00.000Z', '2026-03-26T11:15:00.000Z'),
      stream: 'A', peers: ['deb.austin@peers.example', 'jenny.ellis@peers.example'] },
    { sessionId: 'icb', start: '2026-03-26T10:15:00.000Z', end: '2026-03-26T11:15:00.000Z', band: band('2026-03-26T10:15:00.000Z', '2026-03-26T11:15:00.000Z'),
      stream: 'B', peers: ['omar.khan@peers.example', 'siobhan.oneill@peers.example'] },
    { sessionId: 'hub-visit', start: '2026-03-26T14:00:00.000Z', end: '2026-03-26T15:30:00.000Z', band: band('2026-03-26T13:30:00.000Z', '2026-03-26T16:00:00.000Z'),
      stream: 'A', peers: ['omar.khan@peers.example', 'siobhan.oneill@peers.example'] },
    { sessionId: 'parents', start: '2026-03-26T13:30:00.000Z', end: '2026-03-26T15:00:00.000Z', band: band('2026-03-26T13:30:00.000Z', '2026-03-26T16:00:00.000Z'),
      stream: 'B', peers: ['deb.austin@peers.example', 'jenny.ellis@peers.example'] },
    { sessionId: 'sencos', start: '2026-03-30T08:00:00.000Z', end: '2026-03-30T09:30:00.000Z', band: band('2026-03-30T08:00:00.000Z', '2026-03-30T09:30:00.000Z'),
      stream: 'A', peers: ['jenny.ellis@peers.example', 'siobhan.oneill@peers.example'] },
  ],
  fixed: [
    { title: 'Council overview presentation', kind: 'presentation', start: '2026-03-26T09:00:00.000Z', end: '2026-03-26T10:00:00.000Z',
      peers: ALL_PEERS, attendees: ['director@testshire.example'], location: 'Council chamber' },
    ...[
      ['2026-03-26T12:30', '2026-03-26T13:15'],
      ['2026-03-27T12:30', '2026-03-27T13:15'],
      ['2026-03-30T11:30', '2026-03-30T12:15'],
      ['2026-03-31T11:30', '2026-03-31T12:15'],
    ].map(([start, end]) => ({ title: 'Lunch', kind: 'break', start: `${start}:00.000Z`, end: `${end}:00.000Z`, peers: ALL_PEERS, attendees: [] })),
  ],
  unplaced: [{ sessionId: 'youth', reason: 'Jenny Ellis and the youth forum are never free together on Tuesday 31 March.' }],
  coverage: {
    themesUncovered: ['adulthood'],
    essentialVisits: [
      { need: 'Special school', settings: ['specialSchool'], present: true },
      { need: 'Mainstream primary school', settings: ['primary'], present: false },
    ],
  },
});
