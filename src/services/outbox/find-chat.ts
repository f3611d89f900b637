/**
 * The chat of someone Convene keeps none for. Convene is installed for them where the tenant allows it; a new
 * installation's chat is announced by Teams within seconds (its conversationUpdate), so the message waits for that
 * once. Where Convene was installed already (by an admin, or earlier: Teams announces nothing), or the announcement
 * did not come, Graph names the installation's chat, which is kept as theirs: the messages after need no Graph.
 */
import { MAX_ATTEMPTS, retryDelayMs } from '../../domain/outbox/index.js';
import { Outage, type AppInstaller, type Log, type Messenger, type PeopleRepository, type StoredMessage } from '../ports/index.js';

/** Teams announces the chat of a new installation within seconds; the message is tried again after this long. */
const INSTALL_WAIT_MS = 3_000;
const WAITING_FOR_INSTALL = 'waiting for Teams to install Convene for them';
/** Enough of the chats kept last to find one in the tenant of a chat Graph names: they give its Teams address. */
const KEPT_LOOKED_AT = 50;

export type ChatFound =
  | { reference: unknown }
  /** Not yet: the message is tried again at `retryAt` (ms); `reason` says why. */
  | { retryAt: number; reason: string }
  /** Teams could not be reached, try after try. */
  | { failed: string }
  /** Not in Teams: the tenant does not allow it, or they are not in it (a guest, another council). */
  | { none: true };

export interface FindChatDeps {
  /** Without it (no Graph, or no catalog id) nobody can be reached who has not opened Convene. */
  installer?: AppInstaller;
  messenger: Messenger;
  people: PeopleRepository;
  log: Log;
  wallClock: () => number;
  random: () => number;
}

const NONE: ChatFound = { none: true };
const SYSTEM_WORDS = { teams: 'Teams', database: 'its database' } as const;

export const findChat = async (deps: FindChatDeps, message: StoredMessage): Promise<ChatFound> => {
  const { installer, log, wallClock } = deps;
  if (!installer) return NONE;
  try {
    if (message.reason !== WAITING_FOR_INSTALL) {
      const installed = await installer.installFor(message.recipient);
      if (installed === 'notAllowed') return NONE;
      // Teams' own announcement is the better address (its conversation, the person's Teams id): worth a moment.
      if (installed === 'installed') return { retryAt: wallClock() + INSTALL_WAIT_MS, reason: WAITING_FOR_INSTALL };
    }
    return await installedChat(deps, installer, message.recipient);
  } catch (error) {
    if (!(error instanceof Outage)) throw error;
    // The cause's status only: Graph's words and addresses name the person.
    const status = (error.cause as { statusCode?: unknown } | undefined)?.statusCode;
    log.warn({ outage: error.system, statusCode: status }, 'outage: a chat for a message could not be found');
    const reason = `Convene could not reach ${SYSTEM_WORDS[error.system]} just now (${typeof status === 'number' ? `it answered ${status}` : 'no answer'})`;
    const delay = retryDelayMs(message.attempts, undefined, deps.random());
    return delay === undefined ? { failed: `${reason}, ${MAX_ATTEMPTS} times` } : { retryAt: wallClock() + delay, reason };
  }
};

const installedChat = async ({ messenger, people, log }: FindChatDeps, installer: AppInstaller, email: string): Promise<ChatFound> => {
  const chat = await installer.chatFor(email);
  if (!chat) return NONE;
  const reference = messenger.referenceFor(chat, await people.latestConversations(KEPT_LOOKED_AT));
  if (!reference) {
    log.warn({ tenant: chat.tenantId }, 'no chat kept in the tenant of an installed chat: its Teams address is unknown');
    return NONE;
  }
  // One Teams announced meanwhile is kept rather than this one.
  return { reference: await people.keepConversation(email, reference) };
};
