/** A chat Graph named is addressed as a chat Convene keeps in the same tenant: the service URL differs by tenant. */
import { describe, expect, it } from 'vitest';
import { referenceForChat } from '../../src/bot/chat-reference.js';

const CHAT = { chatId: '19:app_user@unq.gbl.spaces', tenantId: 'tenant-a', userId: 'user-1' };
const kept = (tenantId: string, serviceUrl: string) => ({
  channelId: 'msteams',
  serviceUrl,
  bot: { id: '28:convene', name: 'Convene' },
  user: { id: '29:someone', name: 'Someone', aadObjectId: 'other' },
  conversation: { id: 'a:someone', conversationType: 'personal', tenantId, isGroup: false, name: '' },
});

describe('a reference for a chat Graph named', () => {
  it('takes the Teams address and the bot of the latest chat kept in its tenant, and none of that person', () => {
    const reference = referenceForChat(CHAT, [kept('tenant-b', 'https://smba.example/b/'), kept('tenant-a', 'https://smba.example/a/'), kept('tenant-a', 'https://smba.example/older/')]);
    expect(reference).toEqual({
      channelId: 'msteams',
      serviceUrl: 'https://smba.example/a/',
      bot: { id: '28:convene', name: 'Convene' },
      user: { id: 'user-1', aadObjectId: 'user-1', name: '', role: 'user' },
      conversation: { id: CHAT.chatId, conversationType: 'personal', tenantId: 'tenant-a', isGroup: false, name: '' },
    });
  });

  it('is none when no chat is kept in that tenant', () => {
    expect(referenceForChat(CHAT, [kept('tenant-b', 'https://smba.example/b/')])).toBeUndefined();
    expect(referenceForChat(CHAT, [])).toBeUndefined();
  });
});
