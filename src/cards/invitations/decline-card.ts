import { declineWords } from '../../domain/declines/index.js';
import { sessionTitle } from '../../domain/programme/index.js';
import { nameOf, namesOf, sessionTime } from '../../domain/shared/index.js';
import type { CardJson, DeclineNotice } from '../../services/ports/index.js';
import { renderCard, VERBS } from '../shared/index.js';

/** To the project team: who declined which session, who is still invited, and what they can do about it in one click. */
export const declineCard = ({ review, booking, invitation, choices }: DeclineNotice): CardJson => {
  const others = booking.attendees.filter((email) => email !== invitation.email);
  const who = nameOf(review, invitation.email);
  const words = choices && declineWords({ review, session: choices.session, decliner: invitation.email, alternatives: choices.alternatives, replacements: choices.replacements });
  return renderCard('decline', {
    reviewName: review.name,
    title: sessionTitle(review, booking.subject),
    who,
    when: sessionTime(booking.start, booking.end, review.timeZone),
    reason: invitation.reason ?? 'None given',
    still: others.length > 0 ? `Still invited: ${namesOf(review, others)}.` : 'Nobody else is invited to this session.',
    settle: choices !== undefined,
    alternatives: (choices?.alternatives ?? []).map((a, n) => ({ title: words!.alternatives[n]!, value: a.start })),
    firstAlternative: choices?.alternatives[0]?.start ?? '',
    noAlternative: choices && choices.alternatives.length === 0 ? words!.alternatives[0]! : '',
    replacements: (choices?.replacements ?? []).map((r, n) => ({ title: words!.replacements[n]!, value: r.email })),
    firstReplacement: choices?.replacements[0]?.email ?? '',
    noReplacement: choices && choices.replacements.length === 0 ? words!.replacements[0]! : '',
    keepTitle: `Keep it without ${who}`,
    invitationId: invitation.id,
    verb: VERBS.settleDecline,
  });
};
