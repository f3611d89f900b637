import { describe, expect, it } from 'vitest';
import type { OnSiteSession } from '../../src/domain/on-site/on-site.js';
import { bookedBusy, heldSessions } from '../../src/services/on-site/booked-busy.js';
import type { Booking } from '../../src/services/ports/index.js';

const at = (time: string) => `2026-06-16T${time}:00.000Z`;
const span = (start: string, end: string) => ({ start: at(start), end: at(end) });

const visit: OnSiteSession = {
  id: 'visit',
  title: 'School visit',
  kind: 'siteVisit',
  attendees: ['head@oak.example'],
  themes: [],
  minutes: 60,
  travelMinutes: 30,
  online: false,
  peers: 2,
  priority: 1,
};
/** A booking from 09:00 to 10:00. */
const booking = (sessionId: string, attendees: string[], status: Booking['status']): Booking => ({
  id: sessionId,
  reviewId: 'r',
  proposalId: 'p',
  sessionId,
  kind: 'x',
  transactionId: 't',
  subject: 's',
  start: at('09:00'),
  end: at('10:00'),
  attendees,
  online: false,
  status,
});

describe('the time bookings hold', () => {
  it('holds a site visit’s peers for the travel either side, its attendees only for the event', () => {
    const busy = bookedBusy([visit], [booking('visit', ['head@oak.example', 'ann@peers.example'], 'booked')]);
    expect(busy.get('head@oak.example')).toEqual([span('09:00', '10:00')]);
    expect(busy.get('ann@peers.example')).toEqual([span('08:30', '10:30')]);
  });

  it('holds the people of a failed booking, which is in no calendar until Finish booking', () => {
    const busy = bookedBusy([visit], [booking('C01', ['rita@peers.example'], 'failed')]);
    expect(busy.get('rita@peers.example')).toEqual([span('09:00', '10:00')]);
  });
});

describe('the sessions bookings hold', () => {
  it('holds an on-site session’s stream for its travel too, and leaves out bookings of cases and fixed items', () => {
    const held = heldSessions([visit], [booking('visit', ['ann@peers.example'], 'booked'), booking('C01', ['rita@peers.example'], 'booked')]);
    expect(held).toEqual([{ title: 'School visit', ...span('08:30', '10:30') }]);
  });
});
