export type { CaseFormRepository, Concern, ConcernRepository, Download, DownloadRepository, NewNote, NoteChange, NoteRepository, PurgeRecord, PurgeRepository, StoredCaseForm } from './evidence-ports.js';
export { SendRefused } from './messenger-port.js';
export type { AppInstaller, CardJson, ConcernNotice, DeclineNotice, Installed, InstalledChat, InviteNotice, Mailer, Messenger, Notice, ReminderNotice, SessionPrompt } from './messenger-port.js';
export { Outage } from './outage.js';
export type { OutageSystem } from './outage.js';
export type { Planned, Planner } from './planner-port.js';
export type { AnswerRecorded, Booking, ReviewSummary, BookingClaim, BookingClaimRepository, BookingIntent, BookingRepository, BookingStatus, CalendarEvent, CalendarPort, CaseReviewsProposal, CardLocation, EventResponses, Invitation, InvitationRepository, Log, NewEvent, NewProposal, OnSiteProposal, PeopleRepository, Proposal, ProposalPlan, ProposalRepository, ProposalStatus, ReviewRepository, RunLock, Store, StoredReview } from './ports.js';
export type { BookingProgress, DeclineTold, DigestSession, MySessions, Reach, ReviewDigest, ReviewStatus, SessionStatus } from './read-models.js';
export type { MessageKind, MessagePayload, MessageQueue, MessageRepository, MessageState, OutboundMessage, QueuedJob, RemindersInChat, SendLog, StoredMessage } from './outbox-ports.js';
