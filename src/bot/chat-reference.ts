import type { ConversationReference } from 'botbuilder';
import type { InstalledChat } from '../services/ports/index.js';

/**
 * A reference for a chat Graph named, which no turn has come from: its Teams address (service URL, which differs
 * by region and tenant) and the bot are those of a chat Convene keeps in the same tenant. Teams' own reference
 * replaces it the first time the person writes (or their installation is announced).
 */
export const referenceForChat = (chat: InstalledChat, kept: readonly unknown[]): Partial<ConversationReference> | undefined => {
  const sameTenant = kept
    .map((reference) => reference as Partial<ConversationReference>)
    .find((reference) => reference.conversation?.tenantId === chat.tenantId && reference.serviceUrl && reference.bot);
  if (!sameTenant) return undefined;
  return {
    channelId: sameTenant.channelId ?? 'msteams',
    serviceUrl: sameTenant.serviceUrl,
    bot: sameTenant.bot,
    // Teams takes a person's Entra object id where it takes their Teams id; no name is kept.
    user: { id: chat.userId, aadObjectId: chat.userId, name: '', role: 'user' },
    conversation: { id: chat.chatId, conversationType: 'personal', tenantId: chat.tenantId, isGroup: false, name: '' },
  };
};
