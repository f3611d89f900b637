/**
 * Concerns through the bot's HTTP endpoint: `concerns` lists them for the team lead and the challenge manager
 * only, and a concern raised before a lead ever talked to the bot is handed to them on their first 1:1 chat
 * (a message or the install), once.
 */
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import type { Recorded, TeamsUser } from '../support/connector-server.js';
import { actionsOf, cardOf, cardText } from '../support/teams-client.js';
import { DEMO, alex, fern, isla, jude, morgan, owen, sam } from '../support/demo-people.js';

const FIRST = 'A parent described a possible safeguarding issue at a placement.';
const SECOND = 'A member of staff asked to speak in confidence about record keeping.';

const textOf = (replies: Recorded[]) => replies.map((r) => r.activity.text ?? cardText(cardOf(r))).join('\n');
const isConcernList = (r: Recorded) => /Safeguarding and whistle-blowing concerns/.test(cardText(cardOf(r)));

describe('concerns', () => {
  let h: BotHarness;

  /** `note`, then Preview and Save with the concern switch on; returns the saved card's text. */
  const raiseConcern = async (who: TeamsUser, text: string) => {
    const form = cardOf((await h.client.say(who, 'note'))[0]!)!;
    const input = { ...actionsOf(form)[0]!.data, themes: '', kind: '', text, concern: 'true' };
    const preview = (await h.client.press(who, 'card-activity', VERBS.previewNote, input)).body.value;
    const saved = (await h.client.press(who, 'card-activity', VERBS.saveNote, actionsOf(preview).find((a) => a.verb === VERBS.saveNote)!.data)).body.value;
    return cardText(saved);
  };
  /** The day a concern was stored (by the database's clock), as the review's zone names it. */
  const dayOf = async (text: string) => {
    const concerns = await h.convene.store.concerns.forReview((await h.convene.store.reviews.latest())!.id);
    return DateTime.fromISO(concerns.find((c) => c.text === text)!.raisedAt).setZone('Europe/London').toFormat('ccc d LLL');
  };
  const sentTo = (who: TeamsUser) => h.connector.recorded.filter((r) => r.conversationId === h.client.conversationOf(who));

  beforeAll(async () => {
    h = await startBotHarness([alex, morgan, fern, isla, owen, jude, sam], {}, { now: () => '2026-02-03T10:00:00.000Z' });
    await h.client.say(alex, `import\n${DEMO}`);
  });
  afterAll(async () => h?.close());

  it('tells the peer that leads with no chat yet were not reached, and sends them nothing yet', async () => {
    const saved = await raiseConcern(isla, FIRST);
    expect(saved).toMatch(/Morgan Hale and Fern Castell could not be reached in Teams: please tell them directly, now\. They can also read it with \*\*concerns\*\*/);
    expect([...sentTo(morgan), ...sentTo(fern)]).toEqual([]);
  });

  it("hands the concern to a lead on their first message, before the message's own answer, and only then", async () => {
    const first = await h.client.say(morgan, 'theme leadership');
    expect(first).toHaveLength(2);
    const handed = cardText(cardOf(first[0]!));
    expect(handed).toMatch(/Raised before you had a chat with me/);
    expect(handed).toContain('Raised by: Isla Brennan (isla.brennan@peers.example)');
    expect(handed).toContain(`Day: ${await dayOf(FIRST)}`);
    expect(handed).toContain(FIRST);
    expect(textOf(first.slice(1))).toMatch(/Effectiveness of leadership and governance/);
    expect((await h.client.say(morgan, 'help')).filter(isConcernList)).toEqual([]);
  });

  it('hands it over once when the first message is `concerns` itself', async () => {
    const first = await h.client.say(fern, 'concerns');
    expect(first).toHaveLength(1);
    expect(cardText(cardOf(first[0]!))).not.toMatch(/Raised before you had a chat/);
    expect(cardText(cardOf(first[0]!))).toContain(FIRST);
  });

  it('lists every concern for each lead, with author, day and text; later ones reach both at once', async () => {
    expect(await raiseConcern(owen, SECOND)).toMatch(/Sent privately to Morgan Hale and Fern Castell\./);
    for (const lead of [morgan, fern]) {
      expect(sentTo(lead).filter((r) => cardText(cardOf(r)).includes(SECOND))).toHaveLength(1);
      const listed = cardText(cardOf((await h.client.say(lead, 'concerns'))[0]!));
      expect(listed).toMatch(
        new RegExp(`Isla Brennan \\(isla.brennan@peers.example\\)\\nDay: ${await dayOf(FIRST)}\\n${FIRST}\\n[\\s\\S]*Owen Tate \\(owen.tate@peers.example\\)\\nDay: ${await dayOf(SECOND)}\\n${SECOND}`),
      );
    }
  });

  it('refuses the peers, a shadow, the project team and staff, and shows them nothing', async () => {
    for (const who of [isla, owen, jude, alex, sam]) {
      const replies = await h.client.say(who, 'concerns');
      expect(replies).toHaveLength(1);
      expect(textOf(replies)).toBe('Sorry, only the team lead and the challenge manager of Shropshire SEND Peer Challenge 2026 can read its concerns.');
    }
    const elsewhere = [...sentTo(isla), ...sentTo(owen), ...sentTo(jude), ...sentTo(alex), ...sentTo(sam)];
    expect(elsewhere.filter((r) => textOf([r]).includes(FIRST) || textOf([r]).includes(SECOND))).toEqual([]);
  });

  it('refuses `concerns` to a lead in a group chat', async () => {
    const replies = await h.client.in('groupChat').say(morgan, 'concerns');
    expect(textOf(replies)).toBe('The peer team’s evidence (notes, collections, concerns, case forms) is private: send me **concerns** in a 1:1 chat with Convene.');
  });
});

describe('a concern waiting for a lead who installs the app', () => {
  let h: BotHarness;

  beforeAll(async () => {
    h = await startBotHarness([alex, morgan, fern], {}, { now: () => '2026-02-03T10:00:00.000Z' });
    await h.client.say(alex, `import\n${DEMO}`);
    const form = cardOf((await h.client.say(morgan, 'note'))[0]!)!;
    const input = { ...actionsOf(form)[0]!.data, themes: '', kind: '', text: FIRST, concern: 'true' };
    const preview = (await h.client.press(morgan, 'card-activity', VERBS.previewNote, input)).body.value;
    await h.client.press(morgan, 'card-activity', VERBS.saveNote, actionsOf(preview).find((a) => a.verb === VERBS.saveNote)!.data);
  });
  afterAll(async () => h?.close());

  it('is handed over after the welcome card, once', async () => {
    const installed = await h.client.install(fern);
    expect(installed).toHaveLength(2);
    expect(cardText(cardOf(installed[0]!))).toMatch(/What I can do for you/);
    expect(cardText(cardOf(installed[1]!))).toContain('Raised by: Morgan Hale (morgan.hale@peers.example)');
    expect((await h.client.say(fern, 'help')).filter(isConcernList)).toEqual([]);
  });
});
