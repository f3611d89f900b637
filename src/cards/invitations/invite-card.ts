import type { Review } from '../../domain/shared/index.js';
import type { Booking, CardJson, Invitation, MySessions } from '../../services/ports/index.js';
import { renderCard } from '../shared/index.js';
import { VERBS } from '../shared/index.js';
import { type AnswerBlockOptions, sessionAnswerBlock } from './session-answer.js';

/** Where an answer was given, so that the card it came from is the card that is refreshed. */
export type AnswerView = 'invite' | 'mySessions';

/** The invite card: what, when, where, with whom, and the person's answer with a way to change it. */
export const inviteCard = (review: Review, booking: Booking, invitation: Invitation, options: AnswerBlockOptions = {}): CardJson => {
  const block = sessionAnswerBlock(review, booking, invitation, options);
  return renderCard('invite', { reviewName: review.name, heading: block.title, lead: '', several: false, view: 'invite', sessions: [block], verbs: { answer: VERBS.answerInvitation } });
};

/** `my sessions`: each of the asker's sessions in the invite card's own look, answerable from here. */
export const mySessionsCard = ({ stored, sessions }: MySessions, options: AnswerBlockOptions & { answered?: string } = {}): CardJson =>
  renderCard('invite', {
    reviewName: stored.review.name,
    heading: 'Your sessions',
    lead: '',
    several: true,
    view: 'mySessions',
    sessions: sessions.map(({ booking, invitation }) =>
      sessionAnswerBlock(stored.review, booking, invitation, invitation.id === options.answered ? options : {}),
    ),
    verbs: { answer: VERBS.answerInvitation },
  });
