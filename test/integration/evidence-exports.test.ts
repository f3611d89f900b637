/**
 * The evidence leaving the bot, through its HTTP endpoint: `export` as one-time download links (local mode)
 * and through the Teams file consent flow (an upload to a stand-in OneDrive), then `purge notes`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { personalName } from '../../src/domain/redaction/personal-name.js';
import { escapeMarkdown } from '../../src/exports/markdown-escape.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import type { Recorded, TeamsUser } from '../support/connector-server.js';
import { actionsOf, cardOf, cardText } from '../support/teams-client.js';
import { DATE_LIKE, expectNeutralPackage, part, slideParagraphs, slidesXml, wordParagraphs, xmlParts } from '../unit/exports-package.js';
import { DEMO, alex, fern, isla, morgan, owen } from '../support/demo-people.js';

const USERS = [alex, morgan, fern, isla, owen];

const BASE_NAME = 'Shropshire SEND Peer Challenge 2026 - themed collections';
const TYPES = {
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
} as const;
type Extension = keyof typeof TYPES;

/** What each peer writes, and the text it is stored and exported as. */
const NOTES: { who: TeamsUser; themes: string; kind: string; text: string; stored: string }[] = [
  {
    who: isla,
    themes: 'leadership,coproduction',
    kind: 'strength',
    text: 'Kemi Adeyemo says the parent carer forum co-chairs the SEND board.',
    stored: '[name] says the parent carer forum co-chairs the SEND board.',
  },
  {
    who: owen,
    themes: 'placements',
    kind: 'areaForConsideration',
    text: 'Waits for a special school place run past two terms; Owen Tate checked with Sam Lindqvist on 07700 900321.',
    stored: 'Waits for a special school place run past two terms; [name] checked with [name] on [phone].',
  },
  {
    who: morgan,
    themes: 'capacity',
    kind: 'evidence',
    text: 'Cllr Rowena Fettiplace confirmed the high needs block overspent in each of the last three years.',
    stored: '[name] confirmed the high needs block overspent in each of the last three years.',
  },
];

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The names no export may hold: every word of every peer's and every named person's name, as a whole word. */
const NAME_WORDS = [
  ...new Set(
    [...(parse(DEMO).peers as { name: string }[]), ...(parse(DEMO).people as { name: string }[])]
      .flatMap((person) => personalName(person.name))
      .flatMap((name) => name.split(' '))
      .filter((word) => word.length > 2),
  ),
];
const namesIn = (text: string): string[] => NAME_WORDS.filter((word) => new RegExp(`(^|[^\\p{L}])${escapeRegex(word)}($|[^\\p{L}])`, 'u').test(text));

const textOf = (replies: Recorded[]) => replies.map((r) => r.activity.text ?? cardText(cardOf(r))).join('\n');

/** Logs a note as a peer would: `note`, Preview with the inputs, then Save on the preview. */
const logNote = async (h: BotHarness, note: (typeof NOTES)[number]) => {
  const form = cardOf((await h.client.say(note.who, 'note'))[0]!)!;
  const preview = await h.client.press(note.who, 'form', VERBS.previewNote, {
    ...actionsOf(form)[0]!.data,
    themes: note.themes,
    kind: note.kind,
    text: note.text,
    concern: 'false',
  });
  const save = actionsOf(preview.body.value).find((a) => a.verb === VERBS.saveNote)!;
  const saved = await h.client.press(note.who, 'preview', VERBS.saveNote, save.data);
  expect(cardText(saved.body.value)).toContain(note.stored);
};

/** The notes' texts, the file's text; no date, no name; and an Office file's package carries neither. */
const expectExported = (extension: Extension, body: Uint8Array) => {
  let text: string;
  if (extension === 'md') {
    text = Buffer.from(body).toString('utf8');
    for (const note of NOTES) expect(text).toContain(`- ${escapeMarkdown(note.stored)}`);
  } else {
    expectNeutralPackage(body);
    const parts = xmlParts(body);
    const paragraphs =
      extension === 'docx' ? wordParagraphs(part(parts, 'word/document.xml')).map((p) => p.text) : slidesXml(parts).flatMap(slideParagraphs);
    // The slides are the day-4 presentation's: strengths and areas for consideration only.
    const shown = extension === 'docx' ? NOTES : NOTES.filter((note) => ['strength', 'areaForConsideration'].includes(note.kind));
    expect(shown.length).toBeGreaterThanOrEqual(2);
    for (const note of shown) expect(paragraphs, extension).toContain(note.stored);
    text = [...parts.values()].join('\n');
  }
  for (const pattern of DATE_LIKE) expect(text).not.toMatch(pattern);
  expect(text).not.toMatch(/2026-02|February|Feb\b|Wednesday|\d\d:\d\d/);
  expect(namesIn(text)).toEqual([]);
  expect(text).not.toMatch(/@[a-z-]+\.example|07700/);
};

describe('exports and the purge', () => {
  describe('as one-time links, in local mode', () => {
    let h: BotHarness;
    let clock = '2026-02-04T14:00:00.000Z';
    beforeAll(async () => {
      h = await startBotHarness(USERS, {}, { now: () => clock });
      await h.client.say(alex, `import\n${DEMO}`);
      for (const note of NOTES) await logNote(h, note);
      // Held until the next release; the team lead releases them at once, as for a team meeting not in the programme.
      expect(textOf(await h.client.say(morgan, 'release notes'))).toMatch(/^Released: 3 notes joined the collections of Shropshire SEND Peer Challenge 2026/);
      expect(textOf(await h.client.say(morgan, 'release notes'))).toMatch(/^No notes were waiting/);
    });
    afterAll(async () => h?.close());

    const linksIn = (text: string) => [...text.matchAll(/\[([^\]]+)\]\((http[^)]+)\)/g)].map((m) => ({ name: m[1]!, url: m[2]! }));

    it('replies to the team lead with three links, each fetched once with its type and file name, then gone', async () => {
      expect(NAME_WORDS).toEqual(expect.arrayContaining(['Morgan', 'Hale', 'Isla', 'Brennan', 'Owen', 'Tate', 'Kemi', 'Adeyemo', 'Lindqvist', 'Fettiplace']));
      const replies = await h.client.say(morgan, 'export');
      expect(replies).toHaveLength(1);
      const text = replies[0]!.activity.text as string;
      expect(text).toMatch(/themed collections of \*\*Shropshire SEND Peer Challenge 2026\*\*: no dates, no authors/);
      const links = linksIn(text);
      expect(links.map((l) => l.name)).toEqual(['md', 'docx', 'pptx'].map((ext) => `${BASE_NAME}.${ext}`));
      for (const [index, extension] of (['md', 'docx', 'pptx'] as const).entries()) {
        const link = links[index]!;
        expect(link.url).toMatch(new RegExp(`^${escapeRegex(h.convene.url)}/downloads/[A-Za-z0-9_-]{40,}$`));
        const response = await fetch(link.url);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe(TYPES[extension]);
        expect(response.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(`${BASE_NAME}.${extension}`)}`);
        expect(response.headers.get('cache-control')).toBe('no-store');
        const body = new Uint8Array(await response.arrayBuffer());
        expect(text).toContain(`(${body.byteLength < 1024 ? `${body.byteLength} bytes` : `${Math.ceil(body.byteLength / 1024)} KB`})`);
        expectExported(extension, body);

        const again = await fetch(link.url);
        expect(again.status).toBe(404);
        expect(await again.text()).toMatch(/no longer works: it has been used, it has expired/);
      }
    });

    it('lets a link expire after a day, unfetched', async () => {
      const [link] = linksIn((await h.client.say(fern, 'export'))[0]!.activity.text as string);
      clock = '2026-02-05T14:01:00.000Z';
      expect((await fetch(link!.url)).status).toBe(404);
      expect((await fetch(`${h.convene.url}/downloads/not-a-token`)).status).toBe(404);
    });

    it('withdraws unfetched links when the notes are purged: each answers 404, saying why', async () => {
      const links = linksIn((await h.client.say(morgan, 'export'))[0]!.activity.text as string);
      expect(links).toHaveLength(3);
      expect(textOf(await h.client.say(fern, 'purge notes confirm'))).toMatch(/^Purged: 3 notes/);
      for (const link of links) {
        const response = await fetch(link.url);
        expect(response.status).toBe(404);
        const text = await response.text();
        expect(text).toMatch(/no longer works: .* the review’s notes have been purged\. Send the export command/);
        for (const note of NOTES) expect(text).not.toContain(note.stored);
      }
    });
  });

  describe('through Teams file consent', () => {
    let h: BotHarness;
    let oneDrive: Server;
    let oneDriveUrl = '';
    const uploads: { path: string; headers: Record<string, unknown>; body: Buffer }[] = [];

    beforeAll(async () => {
      oneDrive = createServer(async (req, res) => {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        if (req.method !== 'PUT') return void res.writeHead(405).end();
        uploads.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
        res.writeHead(req.url?.includes('broken') ? 500 : 201, { 'content-type': 'application/json' }).end('{}');
      });
      await new Promise<void>((resolve) => oneDrive.listen(0, '127.0.0.1', resolve));
      oneDriveUrl = `http://127.0.0.1:${(oneDrive.address() as AddressInfo).port}`;
      h = await startBotHarness(USERS, {}, { now: () => '2026-02-04T14:00:00.000Z', fileDelivery: 'consent' });
      await h.client.say(alex, `import\n${DEMO}`);
      for (const note of NOTES) await logNote(h, note);
      // Held until the next release; the team lead releases them at once, as for a team meeting not in the programme.
      expect(textOf(await h.client.say(morgan, 'release notes'))).toMatch(/^Released: 3 notes joined the collections of Shropshire SEND Peer Challenge 2026/);
      expect(textOf(await h.client.say(morgan, 'release notes'))).toMatch(/^No notes were waiting/);
    });
    afterAll(async () => {
      await h?.close();
      await new Promise((resolve) => oneDrive?.close(resolve));
    });

    interface Consent {
      activityId: string;
      name: string;
      content: { description: string; sizeInBytes: number; acceptContext: { token: string }; declineContext: { token: string } };
    }
    let consents: Consent[] = [];

    const answer = (who: TeamsUser, consent: Consent, action: 'accept' | 'decline', uploadPath = `/drive/${consent.name}`) => {
      const before = h.connector.recorded.length;
      const value =
        action === 'accept'
          ? {
              type: 'fileUpload',
              action,
              context: consent.content.acceptContext,
              uploadInfo: {
                name: consent.name,
                uploadUrl: `${oneDriveUrl}${encodeURI(uploadPath)}`,
                contentUrl: `https://contoso-my.sharepoint.example/personal/Documents/Applications/Convene/${encodeURIComponent(consent.name)}`,
                uniqueId: `unique-${consent.name.split('.').pop()}`,
                fileType: consent.name.split('.').pop(),
              },
            }
          : { type: 'fileUpload', action, context: consent.content.declineContext };
      return h.client.invoke(who, 'fileConsent/invoke', value, consent.activityId).then((response) => ({ response, posted: h.connector.recorded.slice(before) }));
    };

    it('sends the challenge manager a file consent card per file, each with its own token', async () => {
      const replies = await h.client.say(fern, 'export');
      expect(replies[0]!.activity.text).toMatch(/themed collections of \*\*Shropshire SEND Peer Challenge 2026\*\*/);
      expect(replies[0]!.activity.text).not.toMatch(/downloads/);
      consents = replies.slice(1).map((r) => {
        expect(r.activity.attachments).toHaveLength(1);
        const attachment = r.activity.attachments[0];
        expect(attachment.contentType).toBe('application/vnd.microsoft.teams.card.file.consent');
        return { activityId: r.activityId, name: attachment.name, content: attachment.content };
      });
      expect(consents.map((c) => c.name)).toEqual(['md', 'docx', 'pptx'].map((ext) => `${BASE_NAME}.${ext}`));
      for (const consent of consents) {
        expect(consent.content.acceptContext.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
        expect(consent.content.declineContext).toEqual(consent.content.acceptContext);
        expect(consent.content.sizeInBytes).toBeGreaterThan(0);
      }
      expect(new Set(consents.map((c) => c.content.acceptContext.token)).size).toBe(3);
    });

    it('uploads the file on accept to the upload URL Teams gives, then posts a file info card', async () => {
      const docx = consents[1]!;
      const { response, posted } = await answer(fern, docx, 'accept');
      expect(response.status).toBe(200);
      expect(uploads).toHaveLength(1);
      const upload = uploads[0]!;
      expect(decodeURI(upload.path)).toBe(`/drive/${docx.name}`);
      expect(upload.body.byteLength).toBe(docx.content.sizeInBytes);
      expect(upload.headers['content-range']).toBe(`bytes 0-${upload.body.byteLength - 1}/${upload.body.byteLength}`);
      expectExported('docx', new Uint8Array(upload.body));

      const infos = posted.filter((r) => r.activity.attachments?.[0]?.contentType === 'application/vnd.microsoft.teams.card.file.info');
      expect(infos).toHaveLength(1);
      expect(infos[0]!.conversationId).toBe(h.client.conversationOf(fern));
      expect(infos[0]!.activity.attachments[0]).toMatchObject({
        contentType: 'application/vnd.microsoft.teams.card.file.info',
        name: docx.name,
        contentUrl: expect.stringContaining('Convene'),
        content: { uniqueId: 'unique-docx', fileType: 'docx' },
      });
    });

    it('uploads each file once: a second accept of the same card finds it gone', async () => {
      const { response, posted } = await answer(fern, consents[1]!, 'accept');
      expect(response.status).toBe(200);
      expect(textOf(posted)).toMatch(/That file is no longer available/);
      expect(uploads).toHaveLength(1);
    });

    it('discards a declined file: a later accept of it uploads nothing', async () => {
      const md = consents[0]!;
      const declined = await answer(fern, md, 'decline');
      expect(declined.response.status).toBe(200);
      expect(textOf(declined.posted)).toMatch(/that file was not sent and has been discarded/);
      const late = await answer(fern, md, 'accept');
      expect(textOf(late.posted)).toMatch(/That file is no longer available/);
      expect(late.posted.some((r) => r.activity.attachments?.length)).toBe(false);
      expect(uploads).toHaveLength(1);
    });

    it('says so when OneDrive refuses the upload, and posts no file card', async () => {
      const { posted } = await answer(fern, consents[2]!, 'accept', '/broken/upload');
      expect(uploads).toHaveLength(2);
      expect(textOf(posted)).toMatch(/could not be uploaded to your OneDrive/);
      expect(posted.some((r) => r.activity.attachments?.length)).toBe(false);
    });

    it('ignores an accept whose context carries a made-up token', async () => {
      const forged = { ...consents[2]!, content: { ...consents[2]!.content, acceptContext: { token: 'A'.repeat(43) } } };
      const { posted } = await answer(owen, forged, 'accept');
      expect(textOf(posted)).toMatch(/That file is no longer available/);
      expect(uploads).toHaveLength(2);
    });

    describe('purge notes', () => {
      const reviewId = async () => (await h.convene.store.reviews.latest())!.id;

      it('asks first, with the counts, and deletes nothing', async () => {
        const concern = cardOf((await h.client.say(isla, 'note'))[0]!)!;
        const preview = await h.client.press(isla, 'form', VERBS.previewNote, {
          ...actionsOf(concern)[0]!.data,
          themes: '',
          kind: '',
          text: 'A parent described a possible safeguarding issue at a placement.',
          concern: 'true',
        });
        const send = actionsOf(preview.body.value).find((a) => a.verb === VERBS.saveNote)!;
        expect(cardText((await h.client.press(isla, 'preview', VERBS.saveNote, send.data)).body.value)).toMatch(/Concern sent/);

        const asked = textOf(await h.client.say(fern, 'purge notes'));
        expect(asked).toMatch(/This deletes \*\*3 notes and 1 concern\*\* of Shropshire SEND Peer Challenge 2026 for good/);
        expect(asked).toMatch(/send \*\*purge notes confirm\*\*/);
        expect(asked).toMatch(/Export links and files not yet taken stop working too/);
        expect(await h.convene.store.notes.forReview(await reviewId())).toHaveLength(3);
        expect(await h.convene.store.concerns.forReview(await reviewId())).toHaveLength(1);
        expect(await h.convene.store.purges.forReview(await reviewId())).toEqual([]);
      });

      it('refuses the team lead’s confirm, deleting nothing', async () => {
        expect(textOf(await h.client.say(morgan, 'purge notes confirm'))).toMatch(/Sorry, only the challenge manager/);
        expect(await h.convene.store.notes.forReview(await reviewId())).toHaveLength(3);
        expect(await h.convene.store.purges.forReview(await reviewId())).toEqual([]);
      });

      it('deletes every note and concern on the challenge manager’s confirm, keeping only the counts', async () => {
        const waiting = (await h.client.say(fern, 'export')).slice(1).map((r) => ({ activityId: r.activityId, name: r.activity.attachments[0].name, content: r.activity.attachments[0].content }));
        expect(waiting).toHaveLength(3);
        const done = textOf(await h.client.say(fern, 'purge notes confirm'));
        expect(done).toMatch(/^Purged: 3 notes and 1 concern of Shropshire SEND Peer Challenge 2026 deleted/);
        const id = await reviewId();
        expect(await h.convene.store.notes.forReview(id)).toEqual([]);
        expect(await h.convene.store.concerns.forReview(id)).toEqual([]);
        expect(await h.convene.store.purges.forReview(id)).toEqual([
          { reviewId: id, purgedBy: fern.email, purgedAt: expect.any(String), notes: 3, concerns: 1 },
        ]);
        // Consent cards sent before the purge must not deliver the purged notes when accepted after it.
        const before = uploads.length;
        for (const consent of waiting) expect(textOf((await answer(fern, consent, 'accept')).posted)).toMatch(/That file is no longer available/);
        expect(uploads).toHaveLength(before);
      });

      it('leaves the collections empty: themes shows no notes, and an export holds none', async () => {
        const themes = cardOf((await h.client.say(owen, 'themes'))[0]!)!;
        expect(cardText(themes).match(/^No notes yet$/gm)).toHaveLength(7);
        expect(cardText(themes)).not.toMatch(/\d+ notes?:/);
        for (const note of NOTES) expect(cardText(themes)).not.toContain(note.stored);
        expect(textOf(await h.client.say(owen, 'theme leadership'))).toMatch(/No notes under this theme yet/);
        expect(textOf(await h.client.say(fern, 'purge notes'))).toMatch(/This deletes \*\*0 notes and 0 concerns\*\*/);

        const md = (await h.client.say(fern, 'export')).map((r) => r.activity.attachments?.[0]).find((a) => a?.name?.endsWith('.md'));
        const before = uploads.length;
        await answer(fern, { activityId: 'consent', name: md.name, content: md.content }, 'accept');
        expect(uploads).toHaveLength(before + 1);
        const exported = uploads.at(-1)!.body.toString('utf8');
        expect(exported).toMatch(/^# Shropshire SEND Peer Challenge 2026: themed collections/);
        for (const note of NOTES) expect(exported).not.toContain(escapeMarkdown(note.stored));
      });
    });
  });
});
