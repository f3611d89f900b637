/**
 * Who may use the evidence commands, through the bot's HTTP endpoint: every command against every kind of
 * person the demo review knows (and one it does not), `help` listing for each only what they may use, and
 * every command and button refused to everyone in a group chat or a channel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import type { OpenedStore } from '../../src/store/open-store.js';
import { startBotHarness, user, type BotHarness } from '../support/bot-harness.js';
import type { Recorded, TeamsUser } from '../support/connector-server.js';
import { actionsOf, cardOf, cardText } from '../support/teams-client.js';
import { DEMO, alex } from '../support/demo-people.js';

type Kind = 'projectTeam' | 'staff' | 'unknown' | 'peer' | 'shadow' | 'teamLead' | 'challengeManager' | 'caseReviewerOfC01' | 'otherCaseReviewer';

const CASE_REVIEWERS = [
  user('11', 'Tessa Quill', 'tessa.quill@peers.example'),
  user('12', 'Bram Whitlow', 'bram.whitlow@peers.example'),
  user('13', 'Cora Penhale', 'cora.penhale@peers.example'),
  user('14', 'Dev Ashdown', 'dev.ashdown@peers.example'),
];
const FIXED: Omit<Record<Kind, TeamsUser>, 'caseReviewerOfC01' | 'otherCaseReviewer'> = {
  projectTeam: alex,
  staff: user('8', 'Sam Lindqvist', 'sam.lindqvist@shropshire.example'),
  unknown: user('9', 'Zed Outsider', 'zed.outsider@elsewhere.example'),
  peer: user('4', 'Isla Brennan', 'isla.brennan@peers.example'),
  shadow: user('7', 'Jude Marlow', 'jude.marlow@peers.example'),
  teamLead: user('2', 'Morgan Hale', 'morgan.hale@peers.example'),
  challengeManager: user('3', 'Fern Castell', 'fern.castell@peers.example'),
};
const KINDS = Object.keys({ ...FIXED, caseReviewerOfC01: 0, otherCaseReviewer: 0 }) as Kind[];

const PEERS: Kind[] = ['peer', 'shadow', 'teamLead', 'challengeManager', 'caseReviewerOfC01', 'otherCaseReviewer'];
const LEADS: Kind[] = ['teamLead', 'challengeManager'];

interface Rule {
  command: string;
  /** How the command appears in help. */
  help: string;
  allowed: Kind[];
  refusal: RegExp;
  /** What an allowed person gets. */
  granted: (reply: Recorded[]) => void;
}

const textOf = (replies: Recorded[]) => replies.map((r) => r.activity.text ?? cardText(cardOf(r))).join('\n');

const RULES: Rule[] = [
  {
    command: 'note',
    help: 'note',
    allowed: PEERS,
    refusal: /Sorry, only the peer team of Shropshire SEND Peer Challenge 2026 can log notes/,
    granted: (replies) => expect(actionsOf(cardOf(replies[0]!)).map((a) => a.verb)).toEqual([VERBS.previewNote]),
  },
  {
    command: 'themes',
    help: 'themes',
    allowed: PEERS,
    refusal: /Sorry, only the peer team .* can read the themed collections/,
    granted: (replies) => expect(textOf(replies)).toMatch(/Notes per theme/),
  },
  {
    command: 'theme leadership',
    help: 'theme …',
    allowed: PEERS,
    refusal: /Sorry, only the peer team .* can read the themed collections/,
    granted: (replies) => expect(textOf(replies)).toMatch(/Effectiveness of leadership and governance[\s\S]*No notes under this theme yet/),
  },
  {
    command: 'export',
    help: 'export',
    allowed: LEADS,
    refusal: /Sorry, only the team lead and the challenge manager .* can export the collections/,
    granted: (replies) => expect(textOf(replies).match(/\/downloads\//g)).toHaveLength(3),
  },
  {
    command: 'export cases',
    help: 'export cases',
    allowed: LEADS,
    refusal: /Sorry, only the team lead and the challenge manager .* can export the case findings/,
    granted: (replies) => expect(textOf(replies)).toMatch(/findings across cases\.docx\]\(http[^)]*\/downloads\//),
  },
  {
    command: 'concerns',
    help: 'concerns',
    allowed: LEADS,
    refusal: /Sorry, only the team lead and the challenge manager .* can read its concerns/,
    granted: (replies) => expect(textOf(replies)).toMatch(/Safeguarding and whistle-blowing concerns[\s\S]*No concern has been raised/),
  },
  {
    command: 'purge notes',
    help: 'purge notes',
    allowed: ['challengeManager'],
    refusal: /Sorry, only the challenge manager .* can purge its notes/,
    granted: (replies) => expect(textOf(replies)).toMatch(/This deletes \*\*0 notes and 0 concerns\*\*.*send \*\*purge notes confirm\*\*/s),
  },
  {
    command: 'purge notes confirm',
    help: 'purge notes',
    allowed: ['challengeManager'],
    refusal: /Sorry, only the challenge manager .* can purge its notes/,
    granted: (replies) => expect(textOf(replies)).toMatch(/^Purged: 0 notes and 0 concerns/),
  },
  {
    command: 'cases',
    help: 'cases',
    allowed: ['projectTeam', ...PEERS],
    refusal: /Sorry, only the peer team and the project team .* can see the case reviews' progress/,
    granted: (replies) => expect(textOf(replies)).toMatch(/EHCP review forms[\s\S]*Sample coverage/),
  },
  {
    command: 'form C01',
    help: 'form …',
    allowed: ['caseReviewerOfC01'],
    refusal: /Sorry, only the case reviewer of case C01 can fill in its EHCP review form/,
    granted: (replies) => expect(textOf(replies)).toMatch(/Case ID: C01/),
  },
];

/** The evidence commands help may list; the others (my sessions, timetable…) are not this test's. */
const EVIDENCE_HELP = [...new Set(RULES.map((r) => r.help))];

describe('who may use the evidence commands', () => {
  let h: BotHarness;
  const people = { ...FIXED } as Record<Kind, TeamsUser>;

  beforeAll(async () => {
    h = await startBotHarness([...Object.values(FIXED), ...CASE_REVIEWERS], {}, { now: () => '2026-01-20T10:00:00.000Z' });
    await h.client.say(alex, `import\n${DEMO}`);
    // Book the case reviews, so that case C01 has a reviewer from its booked call.
    const proposal = (await h.client.sayAndWait(alex, 'schedule case reviews')).filter((r) => cardOf(r)).at(-1)!;
    const confirm = actionsOf(cardOf(proposal)).find((a) => a.verb === VERBS.confirmProposal)!;
    await h.client.press(alex, proposal.activityId, confirm.verb, confirm.data);
    await h.convene.idle();
    const reviewId = (await h.convene.store.reviews.latest())!.id;
    const c01 = (await h.convene.store.bookings.forReview(reviewId)).find((b) => b.kind === 'caseReview' && b.sessionId === 'C01');
    expect(c01?.status).toBe('booked');
    people.caseReviewerOfC01 = CASE_REVIEWERS.find((r) => c01!.attendees.includes(r.email))!;
    people.otherCaseReviewer = CASE_REVIEWERS.find((r) => !c01!.attendees.includes(r.email))!;
    expect(people.caseReviewerOfC01).toBeDefined();
    expect(people.otherCaseReviewer).toBeDefined();
  });
  afterAll(async () => h?.close());

  for (const rule of RULES) {
    describe(`"${rule.command}"`, () => {
      for (const kind of KINDS) {
        const allowed = rule.allowed.includes(kind);
        it(`${allowed ? 'serves' : 'refuses'} ${kind}`, async () => {
          const replies = await h.client.say(people[kind], rule.command);
          const text = textOf(replies);
          if (allowed) {
            expect(text).not.toMatch(/Sorry/);
            rule.granted(replies);
          } else {
            expect(replies, text).toHaveLength(1);
            expect(text).toMatch(rule.refusal);
          }
        });
      }
    });
  }

  it('refuses someone unknown to the review the same way a staff member is refused', async () => {
    for (const rule of RULES) {
      expect(textOf(await h.client.say(people.unknown, rule.command))).toBe(textOf(await h.client.say(people.staff, rule.command)));
    }
  });

  describe('help', () => {
    const listed = async (who: TeamsUser) => {
      const card = cardOf((await h.client.say(who, 'help'))[0]!)!;
      const facts = (card.body as any[]).find((element) => element.type === 'FactSet').facts as { title: string }[];
      return facts.map((fact) => fact.title);
    };
    for (const kind of KINDS) {
      it(`lists for ${kind} only the evidence commands they may use`, async () => {
        const may = EVIDENCE_HELP.filter((help) => RULES.some((rule) => rule.help === help && rule.allowed.includes(kind)));
        const commands = await listed(people[kind]);
        // The form is for the case reviewers: each may open their own cases' forms, so both list it.
        const expected = kind === 'otherCaseReviewer' ? [...may, 'form …'] : may;
        expect(commands.filter((c) => EVIDENCE_HELP.includes(c)).sort()).toEqual([...expected].sort());
        expect(commands).toContain('help');
      });
    }
  });

  describe('in a group chat or a channel, where everyone there would read the reply', () => {
    const PRIVATE = (command: string) => `The peer team’s evidence (notes, collections, concerns, case forms) is private: send me **${command}** in a 1:1 chat with Convene.`;
    const ownNote: Record<string, unknown> = {};
    /** Everything the commands and buttons could create, change or delete. */
    const evidence = async () => {
      const { store } = h.convene;
      const reviewId = (await store.reviews.latest())!.id;
      return {
        notes: await store.notes.forReview(reviewId),
        concerns: await store.concerns.forReview(reviewId),
        forms: await store.caseForms.forReview(reviewId),
        purges: await store.purges.forReview(reviewId),
        downloads: await (store as OpenedStore).db.selectFrom('downloads').selectAll().execute(),
      };
    };

    beforeAll(async () => {
      // A note saved in the peer's 1:1 chat, to press its own Correct and Delete on from elsewhere.
      const form = cardOf((await h.client.say(people.peer, 'note'))[0]!)!;
      const input = { ...actionsOf(form)[0]!.data, themes: 'leadership', kind: 'strength', text: 'Panels meet weekly.', concern: 'false' };
      const preview = (await h.client.press(people.peer, 'card-activity', VERBS.previewNote, input)).body.value;
      const saved = (await h.client.press(people.peer, 'card-activity', VERBS.saveNote, actionsOf(preview)[0]!.data)).body.value;
      Object.assign(ownNote, actionsOf(saved).find((a) => a.verb === VERBS.deleteNote)!.data);
      expect(ownNote).toEqual({ token: expect.any(String) });
    });

    for (const where of ['groupChat', 'channel'] as const) {
      it(`refuses every evidence command in a ${where}, to those allowed it too, before anything is read or built`, async () => {
        const before = await evidence();
        for (const rule of RULES) {
          for (const who of [people[rule.allowed[0]!], people.staff]) {
            const replies = await h.client.in(where).say(who, rule.command);
            expect(replies.map((r) => r.activity.text)).toEqual([PRIVATE(rule.command)]);
            expect(replies[0]!.conversationId).toBe(h.client.in(where).conversationOf(who));
          }
        }
        expect(await evidence()).toEqual(before);
      });

      it(`refuses the note and EHCP form buttons in a ${where}, even with the author's own token`, async () => {
        const before = await evidence();
        const sent = h.connector.recorded.length;
        const draft = { themes: 'leadership', kind: 'strength', text: 'Said where all can read it.', concern: 'true', context: 'new' };
        const presses: [TeamsUser, string, Record<string, unknown>, string][] = [
          [people.peer, VERBS.previewNote, draft, 'note'],
          [people.peer, VERBS.editNote, draft, 'note'],
          [people.peer, VERBS.saveNote, draft, 'note'],
          [people.peer, VERBS.correctNote, ownNote, 'note'],
          [people.peer, VERBS.deleteNote, ownNote, 'note'],
          [people.caseReviewerOfC01, VERBS.saveCaseForm, { caseId: 'C01' }, 'form C01'],
        ];
        for (const [who, verb, data, command] of presses) {
          const response = await h.client.in(where).press(who, 'card-activity', verb, data);
          expect([verb, response.status, response.body.value]).toEqual([verb, 200, PRIVATE(command)]);
        }
        expect(await evidence()).toEqual(before);
        // No concern card went to the leads.
        expect(h.connector.recorded.length).toBe(sent);
      });
    }
  });
});
