/** What someone is in a review, for help and for who may read what. */
export interface Audience {
  projectTeam: boolean;
  /** On the peer team (any role, shadows included). */
  peer: boolean;
  /** The team lead or the challenge manager: they receive concerns and read everything. */
  lead: boolean;
  /** The challenge manager alone may purge the notes. */
  challengeManager: boolean;
  caseReviewer: boolean;
}
