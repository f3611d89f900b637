/** A reminder as an email, for someone with no chat with Convene: the session, and how to answer in the calendar. */
import { sessionTitle } from '../../domain/programme/index.js';
import { nameOf, namesOf, sessionTime } from '../../domain/shared/index.js';
import type { ReminderNotice } from '../../services/ports/index.js';

export interface MailText {
  subject: string;
  text: string;
}

export const reminderMail = ({ review, booking, invitation, reminder }: ReminderNotice): MailText => {
  const title = sessionTitle(review, booking.subject);
  const others = booking.attendees.filter((email) => email !== invitation.email);
  const lines = [
    `${review.name}`,
    '',
    reminder === 'noReply' ? `You have not yet answered the invitation to ${title}.` : `Your session ${title} is coming up. Here is what you need to join it.`,
    '',
    `When: ${sessionTime(booking.start, booking.end, review.timeZone)}`,
    `Where: ${booking.online ? 'Microsoft Teams meeting' : (booking.location ?? review.base)}`,
    ...(others.length > 0 ? [`With: ${namesOf(review, others)}`] : []),
    ...(booking.joinUrl ? [`Join: ${booking.joinUrl}`] : []),
    '',
    reminder === 'noReply'
      ? `Please answer with Accept, Tentative or Decline on the calendar invitation from ${nameOf(review, review.organiser)} (${review.organiser}), so that the project team can plan.`
      : `You can still change your answer on the calendar invitation from ${nameOf(review, review.organiser)} (${review.organiser}).`,
  ];
  return { subject: `${reminder === 'noReply' ? 'Reminder' : 'Joining details'}: ${title}`, text: lines.join('\n') };
};
