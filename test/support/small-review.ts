/** A small review for integration tests: 3 cases on one day, a project team member who is also a case worker. */
export const SMALL_REVIEW = `
review:
  name: Testshire SEND Peer Challenge
  timeZone: Europe/London
  organiser: peerreview@testshire.example
  base: Town Hall, Testshire
  projectTeam: [alex.rowan@testshire.example]
themes:
  - { id: leadership, title: Leadership and governance }
peers:
  - { email: rita.reviewer@peers.example, name: Rita Reviewer, role: caseReviewer }
  - { email: tom.reviewer@peers.example, name: Tom Reviewer, role: caseReviewer }
people:
  - { email: alex.rowan@testshire.example, name: Alex Rowan }
  - { email: sam.worker@testshire.example, name: Sam Worker }
caseReviews:
  days: [ { date: 2026-01-14, start: "09:00", end: "12:00" } ]
  minutes: 60
  cases:
    - { id: C01, caseWorker: alex.rowan@testshire.example, categories: [lookedAfter] }
    - { id: C02, caseWorker: sam.worker@testshire.example, categories: [childInNeed] }
    - { id: C03, caseWorker: sam.worker@testshire.example, reviewer: rita.reviewer@peers.example }
busy:
  tom.reviewer@peers.example:
    - { start: "2026-01-14T09:00", end: "2026-01-14T10:00" }
`;
