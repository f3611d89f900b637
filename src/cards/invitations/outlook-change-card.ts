import { sessionTitle } from '../../domain/programme/index.js';
import { namesOf, sessionTime } from '../../domain/shared/index.js';
import type { CardJson, OutlookChangeNotice } from '../../services/ports/index.js';
import { renderCard } from '../shared/index.js';

/** To the project team: a session moved or cancelled in the organiser's calendar, not through Convene, and what follows. */
export const outlookChangeCard = ({ review, booking, change }: OutlookChangeNotice): CardJson => {
  const title = sessionTitle(review, booking.subject);
  const moved = change.kind === 'moved';
  const from = moved ? change.from : booking;
  return renderCard('outlook-change', {
    reviewName: review.name,
    heading: `${moved ? 'Moved' : 'Cancelled'} in Outlook: ${title}`,
    how: `${moved ? 'Its time was changed' : 'It was cancelled or deleted'} in the calendar of ${review.organiser}, not through Convene.`,
    moved,
    from: sessionTime(from.start, from.end, review.timeZone),
    to: moved ? sessionTime(change.to.start, change.to.end, review.timeZone) : '',
    invited: booking.attendees.length > 0 ? namesOf(review, booking.attendees) : 'Nobody',
    after: moved
      ? 'Everyone invited is asked again: their answers are back to pending until they answer the new time.'
      : 'It is no longer in the programme, and nobody is asked to answer it.',
  });
};
