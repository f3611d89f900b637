/**
 * The EHCP review forms through the bot's HTTP endpoint: the case reviews are booked, a call ends and its
 * reviewer gets the form card, fills it in over several saves until the feedback date closes it; `cases`
 * shows the progress and the sample's gaps; `export cases` gives the leads the findings without names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { CASE_FORM_SECTION_IDS } from '../../src/domain/case-forms/case-form.js';
import { CATEGORY_LABELS } from '../../src/domain/case-forms/case-form-sections.js';
import { parseReviewFile } from '../../src/domain/review-file/parse-review-file.js';
import { CASE_CATEGORIES } from '../../src/domain/shared/review.js';
import type { Booking } from '../../src/services/ports/index.js';
import type { OpenedStore } from '../../src/store/open-store.js';
import { startBotHarness, user, type BotHarness } from '../support/bot-harness.js';
import type { Recorded, TeamsUser } from '../support/connector-server.js';
import { SMALL_REVIEW } from '../support/small-review.js';
import { actionsOf, cardOf, cardText, inputsOf } from '../support/teams-client.js';
import { part, wordParagraphs, xmlParts } from '../unit/exports-package.js';
import { DEMO } from '../support/demo-people.js';

/** The small review, with a feedback date two days after its case reviews. */
const REVIEW = SMALL_REVIEW.replace('  base: Town Hall, Testshire\n', '  base: Town Hall, Testshire\n  feedbackDate: 2026-01-16\n');

const reply = (recorded: Recorded[]) => recorded.map((r) => r.activity.text ?? cardText(cardOf(r))).join('\n');
const isFormCard = (r: Recorded) => /EHCP review: case /.test(cardText(cardOf(r)));
const caseIdOf = (r: Recorded) => /EHCP review: case (\S+)/.exec(cardText(cardOf(r)))![1]!;

const everySection = (prefix: string) =>
  Object.fromEntries(
    CASE_FORM_SECTION_IDS.flatMap((id, index) => [
      [`evaluation.${id}`, `${prefix} evaluation of section ${id}`],
      [`rating.${id}`, ['good', 'adequate', 'weak'][index % 3]!],
    ]),
  );

describe('the EHCP review forms through the bot endpoint', () => {
  const alex = user('1', 'Alex Rowan', 'alex.rowan@testshire.example');
  const rita = user('2', 'Rita Reviewer', 'rita.reviewer@peers.example');
  const tom = user('3', 'Tom Reviewer', 'tom.reviewer@peers.example');
  const sam = user('4', 'Sam Worker', 'sam.worker@testshire.example');
  const stranger = user('5', 'Stan Ger', 'stan.ger@elsewhere.example');
  const everyone = [alex, rita, tom, sam, stranger];
  const byEmail = (email: string) => everyone.find((u) => u.email === email)!;

  let h: BotHarness;
  let clock = '2026-01-10T09:00:00.000Z';
  let bookings: Booking[] = [];
  let first: Booking;
  let firstReviewer: TeamsUser;
  let formCard: Recorded;

  const reviewId = async () => (await h.convene.store.reviews.latest())!.id;
  const formCardsTo = (who: TeamsUser) => h.connector.recorded.filter((r) => r.conversationId === h.client.conversationOf(who) && isFormCard(r));
  const reviewerOf = (booking: Booking) => byEmail(booking.attendees.find((email) => [rita.email, tom.email].includes(email))!);
  const save = (who: TeamsUser, data: Record<string, unknown>) => h.client.press(who, formCard.activityId, VERBS.saveCaseForm, data);
  const storedForm = async (caseId: string) => (await h.convene.store.caseForms.get(await reviewId(), caseId))?.form;

  beforeAll(async () => {
    h = await startBotHarness(everyone, { TICK_SECONDS: '0' }, { now: () => clock });
    expect(reply(await h.client.say(alex, `import\n${REVIEW}`))).toMatch(/Imported/);
    const proposal = (await h.client.sayAndWait(alex, 'schedule case reviews')).find((r) => cardOf(r))!;
    const confirm = actionsOf(cardOf(proposal))[0]!;
    expect(confirm.verb).toBe(VERBS.confirmProposal);
    await h.client.press(alex, proposal.activityId, confirm.verb, confirm.data);
    await h.convene.idle();
    for (const who of [rita, tom, sam]) await h.client.say(who, 'hello');
    bookings = (await h.convene.store.bookings.forReview(await reviewId())).filter((b) => b.kind === 'caseReview').sort((a, b) => a.end.localeCompare(b.end));
    first = bookings[0]!;
    firstReviewer = reviewerOf(first);
  });
  afterAll(async () => h?.close());

  it('books the three case reviews, and sends no form before a call ends', async () => {
    expect(bookings.map((b) => b.status)).toEqual(['booked', 'booked', 'booked']);
    expect(bookings.map((b) => b.sessionId).sort()).toEqual(['C01', 'C02', 'C03']);
    expect((await h.convene.tick()).prompts).toBe(0);
    expect(h.connector.recorded.some(isFormCard)).toBe(false);
  });

  it('sends the reviewer of an ended call the EHCP form, prefilled, and nobody else; once', async () => {
    clock = new Date(Date.parse(first.end) + 5 * 60_000).toISOString();
    const ended = bookings.filter((b) => Date.parse(b.end) <= Date.parse(clock));
    expect((await h.convene.tick()).prompts).toBe(ended.length);
    const cards = formCardsTo(firstReviewer).filter((r) => caseIdOf(r) === first.sessionId);
    expect(cards).toHaveLength(1);
    formCard = cards[0]!;
    const text = cardText(cardOf(formCard));
    const caseWorker = first.sessionId === 'C01' ? alex : sam;
    expect(text).toContain(`Case ID: ${first.sessionId}`);
    expect(text).toContain(`SEND officer: ${caseWorker.name}`);
    expect(text).toContain(`LGA reviewer: ${firstReviewer.name}`);
    expect(text).toContain('Date of review: 14 January 2026');
    expect(text).toMatch(/Not saved yet — you can edit until 16 January 2026/);
    expect(Object.keys(inputsOf(cardOf(formCard))).sort()).toEqual(
      ['areasForConsideration', 'childBirthMonth', 'strengths', ...CASE_FORM_SECTION_IDS.flatMap((id) => [`evaluation.${id}`, `rating.${id}`])].sort(),
    );
    expect(actionsOf(cardOf(formCard)).map((a) => [a.verb, a.data])).toEqual([[VERBS.saveCaseForm, { caseId: first.sessionId }]]);
    // No date picker: the day of birth is never asked for, so it never travels in the card's data.
    expect(JSON.stringify(cardOf(formCard))).not.toMatch(/Input\.Date/);
    // The case workers (staff) and the peer not on the call get no form.
    for (const other of [alex, sam, ...[rita, tom].filter((r) => !ended.some((b) => reviewerOf(b) === r))]) expect(formCardsTo(other)).toHaveLength(0);
    expect((await h.convene.tick()).prompts).toBe(0);
    expect(formCardsTo(firstReviewer)).toHaveLength(ended.filter((b) => reviewerOf(b) === firstReviewer).length);
  });

  it('saves what the reviewer filled in, and lists what is still to complete', async () => {
    const caseId = first.sessionId;
    const response = await save(firstReviewer, {
      ...inputsOf(cardOf(formCard)),
      caseId,
      childBirthMonth: '2014-03',
      strengths: 'The child’s voice comes through clearly.',
      'evaluation.A': 'Views and aspirations are set out in the child’s words.',
      'rating.A': 'good',
      'evaluation.E': 'Outcomes are not SMART.',
      'rating.E': 'weak',
    });
    expect(response.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const text = cardText(response.body.value);
    expect(text).toMatch(/Saved — you can edit until 16 January 2026/);
    expect(text).toContain('Still to complete: areas for consideration, section B, section C, section D, section F, section G, section H, section I, section J, section K.');
    const form = await storedForm(caseId);
    expect(form).toMatchObject({
      caseId,
      childBirthMonth: '2014-03',
      strengths: 'The child’s voice comes through clearly.',
      areasForConsideration: '',
      reviewer: firstReviewer.name,
      reviewDate: '2026-01-14',
      sections: { A: { evaluation: 'Views and aspirations are set out in the child’s words.', rating: 'good' }, E: { evaluation: 'Outcomes are not SMART.', rating: 'weak' } },
    });
    expect(Object.keys(form!.sections).sort()).toEqual(['A', 'E']);
    // The card it answers with holds what was saved, ready for the next save.
    expect(inputsOf(response.body.value)).toMatchObject({ childBirthMonth: '2014-03', 'rating.A': 'good', 'evaluation.E': 'Outcomes are not SMART.' });
  });

  it('marks the form complete once every section is filled, with no gaps left', async () => {
    const response = await save(firstReviewer, {
      caseId: first.sessionId,
      childBirthMonth: '2014-03',
      strengths: 'The child’s voice comes through clearly.',
      areasForConsideration: 'Health advice is copied in, not summarised.',
      ...everySection('Full'),
    });
    const text = cardText(response.body.value);
    expect(text).toMatch(/Saved —/);
    expect(text).not.toMatch(/Still to complete/);
    const form = await storedForm(first.sessionId);
    expect(Object.keys(form!.sections).sort()).toEqual([...CASE_FORM_SECTION_IDS]);
    expect(form!.sections.K).toEqual({ evaluation: 'Full evaluation of section K', rating: 'adequate' });
  });

  it('refuses a forged save for a case someone else reviews, storing nothing', async () => {
    const others = bookings.filter((b) => reviewerOf(b) !== firstReviewer);
    // The forger is the first reviewer when another reviewer has a case, else the other reviewer (who has none).
    const [forger, target] = others.length > 0 ? [firstReviewer, others[0]!.sessionId] : [firstReviewer === rita ? tom : rita, first.sessionId];
    const before = await storedForm(target);
    const response = await save(forger, { caseId: target, strengths: 'Forged', ...everySection('Forged') });
    expect(response.body.value).toMatch(new RegExp(`only the case reviewer of case ${target}`));
    expect(await storedForm(target)).toEqual(before);
    for (const who of [alex, sam, stranger]) {
      const denied = await save(who, { caseId: first.sessionId, strengths: 'Forged' });
      expect(denied.body.value).toMatch(/only the case reviewer/);
    }
    expect((await storedForm(first.sessionId))!.strengths).not.toBe('Forged');
    expect((await save(firstReviewer, { caseId: 'C99' })).body.value).toMatch(/no case "C99".*C01, C02, C03/);
  });

  it('refuses a save with a bad rating or a birth date in the future, listing every problem', async () => {
    const before = await storedForm(first.sessionId);
    const response = await save(firstReviewer, {
      caseId: first.sessionId,
      childBirthMonth: '2027-05',
      'rating.B': 'excellent',
      'rating.H': 'GOOD',
      strengths: 'Changed',
    });
    const text = String(response.body.value);
    expect(text).toMatch(/The form was not saved/);
    expect(text).toMatch(/- The month and year of birth is in the future\./);
    expect(text).toMatch(/- Section B: the rating must be good, adequate or weak/);
    expect(text).toMatch(/- Section H: the rating must be good, adequate or weak/);
    const nextMonth = await save(firstReviewer, { caseId: first.sessionId, childBirthMonth: '2026-02', strengths: 'Changed' });
    expect(String(nextMonth.body.value)).toMatch(/The month and year of birth is in the future/);
    expect(await storedForm(first.sessionId)).toEqual(before);
  });

  it('refuses a full date of birth (as an old card’s date picker sent it), saying why, and changes nothing', async () => {
    const before = await storedForm(first.sessionId);
    expect(before!.childBirthMonth).toBe('2014-03');
    for (const fullDate of ['2015-06-17', '17/06/2015']) {
      const response = await save(firstReviewer, { caseId: first.sessionId, childBirthMonth: fullDate, strengths: 'Changed' });
      const text = String(response.body.value);
      expect(text).toMatch(/The form was not saved/);
      expect(text).toContain(`The form keeps the month and year of birth only, never the full date: write it as yyyy-mm, such as 2014-03 (if your card asks for a whole date, send **form ${first.sessionId}** for a new one).`);
      expect(text).not.toMatch(/17/);
    }
    expect(await storedForm(first.sessionId)).toEqual(before);
  });

  it('never stores a child’s name sent with a save', async () => {
    const response = await save(firstReviewer, {
      caseId: first.sessionId,
      childName: 'Zebedee Quartermaine',
      'child.name': 'Zebedee Quartermaine',
      childBirthMonth: '2014-03',
      strengths: 'The child’s voice comes through clearly.',
      areasForConsideration: 'Health advice is copied in, not summarised.',
      ...everySection('Full'),
    });
    expect(cardText(response.body.value)).toMatch(/Saved —/);
    expect(JSON.stringify(response.body)).not.toMatch(/Zebedee|Quartermaine/);
    const db = (h.convene.store as OpenedStore).db;
    const rows = await db.selectFrom('case_forms').selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/Zebedee|Quartermaine|childName/);
    expect(Object.keys((await storedForm(first.sessionId))!)).not.toContain('childName');
    // Nor in any other table.
    const tables = await db.introspection.getTables();
    for (const table of tables) {
      const all = await (db as any).withSchema(table.schema).selectFrom(table.name).selectAll().execute();
      expect(JSON.stringify(all), table.name).not.toMatch(/Zebedee|Quartermaine/);
    }
  });

  it('opens the saved form for its reviewer with `form`, and refuses anyone else', async () => {
    const opened = (await h.client.say(firstReviewer, `form ${first.sessionId.toLowerCase()}`)).find((r) => cardOf(r))!;
    const text = cardText(cardOf(opened));
    expect(text).toContain(`Case ID: ${first.sessionId}`);
    expect(text).toMatch(/Saved — you can edit until 16 January 2026/);
    expect(inputsOf(cardOf(opened))).toMatchObject({
      childBirthMonth: '2014-03',
      strengths: 'The child’s voice comes through clearly.',
      'evaluation.K': 'Full evaluation of section K',
      'rating.K': 'adequate',
    });
    expect(actionsOf(cardOf(opened)).map((a) => a.verb)).toEqual([VERBS.saveCaseForm]);
    for (const who of [alex, sam, stranger, firstReviewer === rita ? tom : rita]) {
      const refused = reply(await h.client.say(who, `form ${first.sessionId}`));
      expect(refused).toMatch(new RegExp(`only the case reviewer of case ${first.sessionId}`));
      expect(refused).not.toMatch(/Full evaluation/);
    }
    expect(reply(await h.client.say(firstReviewer, 'form'))).toMatch(/Which case\?/);
  });

  it('shows the forms done, the cases without one, and the Appendix 8 categories the sample misses', async () => {
    const parsed = parseReviewFile(REVIEW);
    if (!parsed.ok) throw new Error(parsed.message);
    const covered = new Set(parsed.value.caseReviews!.cases.flatMap((c) => c.categories));
    const missing = CASE_CATEGORIES.filter((category) => !covered.has(category));
    expect(missing.length).toBeGreaterThan(0);
    for (const who of [alex, rita]) {
      const text = reply(await h.client.say(who, 'cases'));
      expect(text).toMatch(/1 of 3 forms done\./);
      expect(text).toMatch(/Cases without a complete form/);
      const withoutForm = bookings.map((b) => b.sessionId).filter((id) => id !== first.sessionId).sort();
      for (const id of withoutForm) expect(text).toContain(`- ${id}`);
      expect(text).not.toContain(`- ${first.sessionId}`);
      const warning = /No case yet for: (.*)\. Appendix 8 asks/.exec(text)?.[1];
      expect(warning?.split('; ')).toEqual(missing.map((category) => CATEGORY_LABELS[category]));
      for (const category of covered) expect(warning).not.toContain(CATEGORY_LABELS[category]);
    }
    expect(reply(await h.client.say(sam, 'cases'))).toMatch(/only the peer team and the project team/);
  });

  it('closes the forms after the feedback date: no save, and a read-only card', async () => {
    clock = '2026-01-16T23:30:00.000Z'; // still 16 January in London (GMT): editable
    const lastDay = await save(firstReviewer, {
      caseId: first.sessionId,
      childBirthMonth: '2014-03',
      strengths: 'Last word on the feedback day.',
      areasForConsideration: 'Health advice is copied in, not summarised.',
      ...everySection('Full'),
    });
    expect(cardText(lastDay.body.value)).toMatch(/Saved —/);
    clock = '2026-01-17T00:30:00.000Z';
    const before = await storedForm(first.sessionId);
    const refused = await save(firstReviewer, { ...before, caseId: first.sessionId, strengths: 'Too late' });
    expect(refused.body.value).toMatch(/can no longer be changed: the feedback date \(2026-01-16\) has passed/);
    expect(await storedForm(first.sessionId)).toEqual(before);
    const opened = (await h.client.say(firstReviewer, `form ${first.sessionId}`)).find((r) => cardOf(r))!;
    const card = cardOf(opened);
    const text = cardText(card);
    expect(text).toMatch(/Closed: the feedback date has passed\./);
    expect(text).toContain('Strengths: Last word on the feedback day.');
    expect(text).toContain('Child\'s month and year of birth: March 2014');
    expect(actionsOf(card)).toHaveLength(0);
    expect(Object.keys(inputsOf(card))).toHaveLength(0);
    // A case without a saved form is closed too.
    const otherCase = bookings.find((b) => reviewerOf(b) === firstReviewer && b.sessionId !== first.sessionId);
    if (otherCase) {
      expect((await save(firstReviewer, { caseId: otherCase.sessionId, strengths: 'Late' })).body.value).toMatch(/can no longer be changed/);
      expect(await storedForm(otherCase.sessionId)).toBeUndefined();
    }
  });
});

describe('`export cases` on the demo review', () => {
  const alex = user('1', 'Alex Rowan', 'alex.rowan@shropshire.example');
  const morgan = user('2', 'Morgan Hale', 'morgan.hale@peers.example'); // team lead
  const fern = user('3', 'Fern Castell', 'fern.castell@peers.example'); // challenge manager
  const isla = user('4', 'Isla Brennan', 'isla.brennan@peers.example');
  const reviewers = [
    user('5', 'Tessa Quill', 'tessa.quill@peers.example'),
    user('6', 'Bram Whitlow', 'bram.whitlow@peers.example'),
    user('7', 'Cora Penhale', 'cora.penhale@peers.example'),
    user('8', 'Dev Ashdown', 'dev.ashdown@peers.example'),
  ];
  let h: BotHarness;
  let clock = '2026-01-05T09:00:00.000Z';
  let saved: string[] = [];

  beforeAll(async () => {
    h = await startBotHarness([alex, morgan, fern, isla, ...reviewers], { TICK_SECONDS: '0' }, { now: () => clock });
    await h.client.say(alex, `import\n${DEMO}`);
    const proposal = (await h.client.sayAndWait(alex, 'schedule case reviews')).find((r) => cardOf(r))!;
    const confirm = actionsOf(cardOf(proposal))[0]!;
    await h.client.press(alex, proposal.activityId, confirm.verb, confirm.data);
    await h.convene.idle();
    for (const who of [morgan, fern, isla, ...reviewers]) await h.client.say(who, 'hello');
    clock = '2026-01-14T17:30:00.000Z';
    expect((await h.convene.tick()).prompts).toBeGreaterThan(0);
    // Each reviewer fills the first two forms they were sent, the second one partly.
    for (const reviewer of reviewers) {
      const cards = h.connector.recorded.filter((r) => r.conversationId === h.client.conversationOf(reviewer) && isFormCard(r)).slice(0, 2);
      for (const [index, card] of cards.entries()) {
        const caseId = caseIdOf(card);
        const data =
          index === 0
            ? { strengths: `Strength found in ${caseId}`, areasForConsideration: `To consider in ${caseId}`, ...everySection(`Finding for ${caseId}:`) }
            : { strengths: `Strength found in ${caseId}`, 'evaluation.C': `Health finding for ${caseId}`, 'rating.C': 'weak' };
        const response = await h.client.press(reviewer, card.activityId, VERBS.saveCaseForm, { caseId, childBirthMonth: '2012-06', ...data });
        expect(cardText(response.body.value)).toMatch(/Saved —/);
        saved.push(caseId);
      }
    }
    saved = saved.sort();
  });
  afterAll(async () => h?.close());

  it('refuses the export to anyone but the team lead and the challenge manager', async () => {
    expect(saved.length).toBeGreaterThanOrEqual(4);
    for (const who of [alex, isla, reviewers[0]!]) {
      const text = reply(await h.client.say(who, 'export cases'));
      expect(text).toMatch(/only the team lead and the challenge manager/);
      expect(text).not.toMatch(/\/downloads\//);
    }
  });

  it('gives each lead a one-time link to the findings by section and by case, with no names', async () => {
    const review = (await h.convene.store.reviews.latest())!.review;
    const caseWorkers = [...new Set(review.caseReviews!.cases.map((c) => c.caseWorker))].map((email) => review.people.find((p) => p.email === email)!.name);
    const names = [...reviewers.map((r) => r.name), ...caseWorkers];
    expect(caseWorkers).toContain('Sam Lindqvist');
    for (const lead of [morgan, fern]) {
      const text = reply(await h.client.say(lead, 'export cases'));
      expect(text).toMatch(/findings across the cases of \*\*Shropshire SEND Peer Challenge 2026\*\*/);
      const link = /\((http:\/\/127\.0\.0\.1:\d+\/downloads\/[A-Za-z0-9_-]+)\)/.exec(text)?.[1];
      expect(link, text).toBeDefined();
      const download = await fetch(link!);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      const parts = xmlParts(new Uint8Array(await download.arrayBuffer()));
      const paragraphs = wordParagraphs(part(parts, 'word/document.xml'));
      const texts = paragraphs.map((p) => p.text);
      expect(texts).toContain(`${saved.length} cases reviewed.`);
      expect(texts).toContain('Findings by section');
      expect(texts).toContain('Findings by case');
      const bySection = texts.indexOf('Findings by section');
      const byCase = texts.indexOf('Findings by case');
      expect(bySection).toBeLessThan(byCase);
      expect(texts.slice(bySection, byCase)).toContain('Section C: health care needs');
      for (const caseId of saved) {
        expect(texts.slice(byCase)).toContain(caseId);
        expect(texts.join('\n')).toContain(`Strength found in ${caseId}`);
      }
      const full = saved.filter((caseId) => texts.some((t) => t.includes(`Finding for ${caseId}: evaluation of section K`)));
      expect(full.length).toBeGreaterThan(0);
      expect(texts.slice(bySection, byCase).some((t) => t.startsWith(`${full[0]} — `) && t.includes(`Finding for ${full[0]}: evaluation of section A`))).toBe(true);
      const everything = [...parts.values()].join('\n');
      for (const name of names) {
        expect(everything).not.toContain(name);
        for (const part of name.split(' ')) expect(everything, `${part} of ${name}`).not.toMatch(new RegExp(`\\b${part}\\b`));
      }
      expect(everything).not.toMatch(/@[a-z-]+\.example/);
      expect((await fetch(link!)).status).toBe(404);
    }
  });
});
