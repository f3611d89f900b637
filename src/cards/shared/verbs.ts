/** Card action verbs, shared by the card builders and the bot's routes. */
export const VERBS = {
  confirmProposal: 'proposal.confirm',
  cancelProposal: 'proposal.cancel',
  answerInvitation: 'invitation.answer',
  previewNote: 'note.preview',
  editNote: 'note.edit',
  saveNote: 'note.save',
  correctNote: 'note.correct',
  deleteNote: 'note.delete',
  saveCaseForm: 'caseForm.save',
  remindNow: 'reminders.remindNow',
  sendAgain: 'reminders.sendAgain',
  savePolicy: 'reminders.savePolicy',
  importHeld: 'review.importHeld',
  importHeldCancelling: 'review.importHeldCancelling',
  dropHeld: 'review.dropHeld',
  chooseReview: 'review.choose',
} as const;
