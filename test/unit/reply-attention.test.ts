import { describe, expect, it } from 'vitest';
import { attentionOf, NO_REPLY_DAYS, repliesByDay, type Reply, type SessionReplies } from '../../src/domain/invitations/index.js';
import { statusCard } from '../../src/cards/invitations/index.js';
import type { ReviewStatus } from '../../src/services/ports/index.js';
import { bookingOf, demoStored, invitationOf } from '../support/demo-data.js';
import { cardText } from '../support/teams-client.js';

const reply = (email: string, rsvp: Reply['rsvp'], reason?: string): Reply => ({ email, rsvp, ...(reason ? { reason } : {}) });
// Monday 2 February 2026, 09:00–10:00 in London (GMT, so the same in UTC).
const session = (...replies: Reply[]): SessionReplies => ({ start: '2026-02-02T09:00:00.000Z', end: '2026-02-02T10:00:00.000Z', replies });

describe('which sessions need the project team’s attention', () => {
  const silent = session(reply('a@x.example', 'pending'), reply('b@x.example', 'accepted'));

  it('a decline always does, however far off the session is', () => {
    const declined = session(reply('a@x.example', 'declined', 'On leave'), reply('b@x.example', 'pending'));
    expect(attentionOf(declined, '2026-01-01T09:00:00.000Z')).toEqual({ declined: [reply('a@x.example', 'declined', 'On leave')], noReply: [] });
  });

  it(`silence does only within ${NO_REPLY_DAYS} days of the start, to the minute`, () => {
    expect(attentionOf(silent, '2026-01-31T08:59:00.000Z')).toBeUndefined();
    expect(attentionOf(silent, '2026-01-31T09:00:00.000Z')).toEqual({ declined: [], noReply: [reply('a@x.example', 'pending')] });
    expect(attentionOf(silent, '2026-02-02T09:30:00.000Z')?.noReply).toHaveLength(1);
  });

  it('a session that is over never does, declined or silent', () => {
    const both = session(reply('a@x.example', 'declined'), reply('b@x.example', 'pending'));
    expect(attentionOf(both, '2026-02-02T10:00:00.000Z')).toBeUndefined();
  });

  it('nor does a session where everyone answered yes or maybe', () => {
    expect(attentionOf(session(reply('a@x.example', 'accepted'), reply('b@x.example', 'tentative')), '2026-02-02T08:00:00.000Z')).toBeUndefined();
  });
});

describe('replies counted per day', () => {
  it('groups by the local day, in time order, across midnight UTC', () => {
    // 23:30 UTC on 30 March is 00:30 BST on the 31st: a day of its own in London.
    const late = { start: '2026-03-30T23:30:00.000Z', end: '2026-03-31T00:30:00.000Z', replies: [reply('a@x.example', 'declined')] };
    const early = { start: '2026-03-30T08:00:00.000Z', end: '2026-03-30T09:00:00.000Z', replies: [reply('a@x.example', 'accepted'), reply('b@x.example', 'pending')] };
    expect(repliesByDay([late, early], 'Europe/London')).toEqual([
      { date: '2026-03-30', sessions: 1, invitations: 2, answered: 1, declined: 0, noReply: 1 },
      { date: '2026-03-31', sessions: 1, invitations: 1, answered: 1, declined: 1, noReply: 0 },
    ]);
  });
});

describe('the status card says “nothing needs your attention” only when it is true', () => {
  const booking = bookingOf('C01');
  const alex = invitationOf(booking, 'alex.rowan@shropshire.example');
  const status = (rsvp: Reply['rsvp']): ReviewStatus => {
    const invitations = booking.attendees.map((email) => ({ ...invitationOf(booking, email), rsvp: email === alex.email ? rsvp : ('accepted' as const) }));
    return { stored: demoStored, sessions: [{ booking, invitations }] };
  };
  const before = '2026-01-13T18:00:00.000Z';
  const after = '2026-01-15T18:00:00.000Z';

  it('names a decline of a session to come', () => {
    const text = cardText(statusCard(status('declined'), { now: before }));
    expect(text).toContain('Declined: Alex Rowan');
    expect(text).not.toMatch(/Nothing needs your attention/);
  });

  it('says the sessions are over rather than that nobody declined', () => {
    const text = cardText(statusCard(status('declined'), { now: after }));
    expect(text).toContain('Every booked session is over: nothing needs your attention.');
    expect(text).not.toMatch(/nobody has declined|no session to come has a decline/);
  });

  it('says nothing needs attention when everyone to come has answered yes', () => {
    expect(cardText(statusCard(status('accepted'), { now: before }))).toContain('Nothing needs your attention: no session to come has a decline');
  });

  it('points to a 1:1 chat for the replies page when it has no link, and offers the page when it has', () => {
    expect(cardText(statusCard(status('accepted'), { now: before }))).toContain('send **status** in a 1:1 chat with Convene for its link');
    const linked = statusCard(status('accepted'), { now: before, repliesUrl: 'https://convene.example/replies' });
    expect(cardText(linked)).not.toContain('1:1 chat');
    expect(JSON.stringify(linked)).toContain('"title":"Open the replies page","url":"https://convene.example/replies"');
  });
});
