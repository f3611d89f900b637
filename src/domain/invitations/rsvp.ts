export const RSVPS = ['pending', 'accepted', 'tentative', 'declined'] as const;
export type Rsvp = (typeof RSVPS)[number];

/** An answer a person can give; `pending` is only the state before one. */
export type RsvpAnswer = Exclude<Rsvp, 'pending'>;
export const RSVP_ANSWERS: readonly RsvpAnswer[] = ['accepted', 'tentative', 'declined'];

export const isRsvpAnswer = (value: unknown): value is RsvpAnswer =>
  typeof value === 'string' && (RSVP_ANSWERS as readonly string[]).includes(value);

export interface RsvpCounts {
  pending: number;
  accepted: number;
  tentative: number;
  declined: number;
}

export const countRsvps = (rsvps: readonly Rsvp[]): RsvpCounts => {
  const counts: RsvpCounts = { pending: 0, accepted: 0, tentative: 0, declined: 0 };
  for (const rsvp of rsvps) counts[rsvp] += 1;
  return counts;
};

/**
 * An answer given in Outlook shows on the calendar event. We adopt it only while our record is
 * still pending: an answer given on the card was written to the calendar too, so the two agree.
 */
export const answerFromCalendar = (ours: Rsvp, calendar: Rsvp): RsvpAnswer | undefined =>
  ours === 'pending' && calendar !== 'pending' ? calendar : undefined;
