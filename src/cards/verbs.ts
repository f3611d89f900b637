/** Card action verbs, shared by the card builders and the bot's routes. */
export const VERBS = {
  confirmProposal: 'proposal.confirm',
  cancelProposal: 'proposal.cancel',
  answerInvitation: 'invitation.answer',
} as const;
