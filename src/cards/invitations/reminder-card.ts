import type { CardJson, ReminderNotice } from '../../services/ports/index.js';
import { renderCard, VERBS } from '../shared/index.js';
import { sessionAnswerBlock } from './session-answer.js';

const LEAD: Record<ReminderNotice['reminder'], string> = {
  noReply: 'You have not answered this invitation yet. Please answer, so that the project team can plan.',
  joiningDetails: 'Your session is coming up. Here is what you need to join it.',
};

/**
 * A reminder is the invite card with a word on top: it can be answered the same way. Once answered (here or on
 * another card) a reminder to answer is just the session with its answer: it no longer says there is none.
 */
export const reminderCard = ({ review, booking, invitation, reminder }: ReminderNotice): CardJson => {
  const block = sessionAnswerBlock(review, booking, invitation);
  const stillToAnswer = reminder === 'noReply' && invitation.rsvp === 'pending';
  const heading = stillToAnswer ? `Reminder: ${block.title}` : reminder === 'joiningDetails' ? `Joining details: ${block.title}` : block.title;
  const lead = stillToAnswer || reminder === 'joiningDetails' ? LEAD[reminder] : '';
  return renderCard('invite', { reviewName: review.name, heading, lead, several: false, view: 'invite', sessions: [block], verbs: { answer: VERBS.answerInvitation } });
};
