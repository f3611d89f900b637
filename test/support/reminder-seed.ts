/**
 * Many people, each with a chat with the bot and an invitation (card sent) to a session 23 h 50 min from now, in a
 * review whose policy reminds 24 hours before at any hour: every one of them is due a reminder at once. Written
 * straight into the store, as a booking would leave it; for the outbox's tests and its benchmark.
 */
import { randomUUID } from 'node:crypto';
import { parseReviewFile } from '../../src/domain/review-file/index.js';
import type { CalendarPort, Store } from '../../src/services/ports/index.js';
import { user } from './bot-harness.js';
import type { TeamsUser } from './connector-server.js';

const REVIEW = `
review:
  name: Twinshire SEND Peer Challenge
  timeZone: Europe/London
  organiser: peerreview@twinshire.example
  base: Town Hall, Twinshire
  projectTeam: [lead@twinshire.example]
reminders:
  noReply: [PT24H]
  joiningDetails: false
  digest: false
  workingHours: { start: "00:00", end: "24:00", days: [mon, tue, wed, thu, fri, sat, sun] }
themes:
  - { id: leadership, title: Leadership and governance }
peers:
  - { email: rita.reviewer@peers.example, name: Rita Reviewer, role: caseReviewer }
people:
  - { email: lead@twinshire.example, name: Lee Lead }
caseReviews:
  days: [ { date: 2026-12-04, start: "09:00", end: "12:00" } ]
  minutes: 60
  cases:
    - { id: C01, caseWorker: lead@twinshire.example }
`;

export interface Seeded {
  reviewId: string;
  people: TeamsUser[];
  /** Each person's invitation, in the order of `people`. */
  invitationIds: string[];
}

/** With `calendar`, each session is an event in it (an answer is then written there, as after a real booking). */
export const seedReminders = async (store: Store, serviceUrl: string, sessions: number, perSession: number, calendar?: CalendarPort): Promise<Seeded> => {
  const parsed = parseReviewFile(REVIEW);
  if (!parsed.ok) throw new Error(parsed.message);
  const stored = await store.reviews.save(parsed.value, 'lead@twinshire.example');
  const proposal = await store.proposals.create({ revision: 1, reviewId: stored.id, kind: 'caseReviews', plan: { placed: [], unplaced: [] }, createdBy: 'lead@twinshire.example' });
  // The 24-hour reminder was meant for ten minutes ago: due now, and on time.
  const start = new Date(Date.now() + (23 * 60 + 50) * 60_000).toISOString();
  const end = new Date(Date.parse(start) + 3_600_000).toISOString();
  const people = Array.from({ length: sessions * perSession }, (_, n) => user(String(1000 + n), `Person ${n}`, `person.${n}@twinshire.example`));
  const bookings = await store.bookings.recordIntents(
    Array.from({ length: sessions }, (_, s) => ({
      reviewId: stored.id,
      proposalId: proposal.id,
      sessionId: `S${s}`,
      kind: 'caseReview',
      transactionId: randomUUID(),
      subject: `Session ${s}`,
      start,
      end,
      attendees: people.slice(s * perSession, (s + 1) * perSession).map((p) => p.email),
      online: true,
    })),
  );
  const invitationIds = new Map<string, string>();
  for (const booking of bookings) {
    const event = calendar
      ? await calendar.createEvent(parsed.value.organiser, { ...booking, body: '' })
      : { id: randomUUID(), iCalUId: randomUUID(), joinUrl: 'https://teams.local.example/meet/x' };
    await store.bookings.markBooked(booking.id, event);
    for (const invitation of await store.invitations.ensure(stored.id, booking.id, booking.attendees)) {
      // The invite card went out a day ago, and can be updated in place.
      await store.invitations.markCardSent(invitation.id, new Date(Date.now() - 86_400_000).toISOString(), `invite-${invitation.id}`);
      invitationIds.set(invitation.email, invitation.id);
    }
  }
  for (const person of people) {
    await store.people.remember(person.aadObjectId, person.email);
    await store.people.saveConversation(person.email, {
      channelId: 'msteams',
      serviceUrl,
      conversation: { id: `personal-${person.id}`, conversationType: 'personal' },
      user: { id: person.id, aadObjectId: person.aadObjectId },
      bot: { id: 'bot-id', name: 'Convene' },
    });
  }
  return { reviewId: stored.id, people, invitationIds: people.map((p) => invitationIds.get(p.email)!) };
};
