import { describe, expect, it } from 'vitest';
import { planOnSite } from '../../src/domain/on-site/plan-on-site.js';
import { readOnSite } from '../../src/domain/on-site/read-on-site.js';
import { escapeHtml, html } from '../../src/web/html.js';
import { timetableLayout } from '../../src/web/timetable-layout.js';
import { timetablePage } from '../../src/web/timetable-page.js';
import { handMadePlan, timetableReview } from '../support/timetable-review.js';

const review = timetableReview();
const onSite = readOnSite(review);
const page = timetablePage(review, onSite, handMadePlan(), 'proposed');
/** The HTML of one day's sheet. */
const sheet = (source: string, date: string) => source.split('<section').find((s) => s.includes(`data-date="${date}"`)) ?? '';

describe('escaping', () => {
  it('escapes the five characters that could open markup or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(html`<p title="${'" onmouseover="x'}">${['<b>', 1]}</p>`.text).toBe('<p title="&quot; onmouseover=&quot;x">&lt;b&gt;1</p>');
  });

  it('never lets a name, title or reason from the review become markup', () => {
    const evil = '<script>alert("x")</script>';
    const hostile = {
      ...review,
      name: `Evil ${evil}`,
      peers: review.peers.map((p) => (p.email === 'deb.austin@peers.example' ? { ...p, name: `<img src=x onerror=alert(1)>` } : p)),
      onSite: { ...(review.onSite as object), sessions: [{ id: 'dcs', title: evil, kind: 'interview', attendees: [], themes: [], location: `"><i>` }] },
    };
    const plan = handMadePlan();
    plan.unplaced = [{ sessionId: 'youth', reason: `</td>${evil}` }];
    const text = timetablePage(hostile, readOnSite(hostile), plan, 'booked');
    expect(text).not.toMatch(/<script|<img|<i>|<\/td><script/);
    expect(text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).toContain('&quot;&gt;&lt;i&gt;');
    expect(page).toContain('Siobhán O&#39;Neill');
  });
});

describe('the timetable layout from a hand-made plan', () => {
  const table = timetableLayout(review, onSite, handMadePlan());

  it('has a column per stream and a sheet per on-site day, empty days included', () => {
    expect(table.streams).toEqual(['Team A', 'Team B']);
    expect(table.days.map((d) => d.heading)).toEqual(['Thursday 26 March 2026', 'Friday 27 March 2026', 'Monday 30 March 2026', 'Tuesday 31 March 2026']);
    expect(page.match(/<section class="sheet day"/g)).toHaveLength(4);
    expect(page).toContain('<th scope="col">Time</th><th scope="col">Team A</th><th scope="col">Team B</th>');
  });

  it('puts bands and fixed items in time order, parallel sessions side by side in their streams', () => {
    const [first] = table.days;
    expect(first!.rows.map((r) => `${r.time} ${r.type === 'fixed' ? r.title : r.cells.map((c) => c?.title ?? '-').join(' | ')}`)).toEqual([
      '09:00–10:00 Council overview presentation',
      "10:15–11:15 Meeting with the Director of Children's Services | Meeting with the ICB SEND lead",
      '12:30–13:15 Lunch',
      '13:30–16:00 Visit to Oak Hill special school | Focus group with parent carers',
    ]);
  });

  it('fills each cell with kind, place, peers, and the own time of a session shorter than its band', () => {
    const band = table.days[0]!.rows[3]!;
    if (band.type !== 'band') throw new Error('expected a band');
    expect(band.cells[0]).toEqual({
      title: 'Visit to Oak Hill special school', kind: 'siteVisit', time: '14:00–15:30', where: 'Oak Hill School', online: false,
      peers: ['Omar Khan', "Siobhán O'Neill"], note: '30 min travel each way',
    });
    expect(band.cells[1]).toMatchObject({ kind: 'focusGroup', time: '13:30–15:00', where: 'At base', peers: ['Deb Austin', 'Jenny Ellis'] });
    const dcs = table.days[0]!.rows[1]!;
    expect(dcs.type === 'band' && dcs.cells[0]).toMatchObject({ where: 'Town Hall room 2', time: undefined });
    const sencos = table.days[2]!.rows[0]!;
    expect(sencos.type === 'band' && sencos.cells).toEqual([expect.objectContaining({ where: 'Online (Teams)' }), undefined]);
    expect(sheet(page, '2026-03-26')).toContain('Day 1 of 4 · Base: Town Hall, Testshire');
  });

  it('names the base once per sheet, and never says a site visit without a place is at the base', () => {
    const raw = review.onSite as { sessions: Record<string, unknown>[] };
    const sessions = raw.sessions.map((x) =>
      x.id === 'hub-visit' ? { ...x, location: undefined } : x.id === 'dcs' ? { ...x, location: 'Town Hall, Testshire' } : x,
    );
    const moved = { ...review, onSite: { ...raw, sessions } };
    const [day] = timetableLayout(moved, readOnSite(moved), handMadePlan()).days;
    const cells = day!.rows.flatMap((r) => (r.type === 'band' ? r.cells : []));
    expect(cells.map((c) => `${c?.title}: ${c?.where}`)).toEqual([
      "Meeting with the Director of Children's Services: At base",
      'Meeting with the ICB SEND lead: At base',
      'Visit to Oak Hill special school: Place to be confirmed',
      'Focus group with parent carers: At base',
    ]);
  });

  it('spans fixed items over every stream and says who is in them', () => {
    expect(table.days[0]!.rows[0]).toEqual({
      type: 'fixed', time: '09:00–10:00', title: 'Council overview presentation', kind: 'presentation', where: 'Council chamber', who: 'All peers',
    });
    expect(sheet(page, '2026-03-26')).toMatch(/<tr class="fixed kind-presentation"><th scope="row">09:00–10:00<\/th><td colspan="2">/);
    expect(sheet(page, '2026-03-30')).toMatch(/<td class="empty"><\/td>/);
  });

  it('shows local times across the clock change on 29 March 2026', () => {
    const [thu, , mon] = table.days;
    // 08:00Z and 11:30Z on Monday 30 March are 09:00 and 12:30 in the UK: the same local lunch as on Thursday.
    expect(mon!.rows.map((r) => r.time)).toEqual(['09:00–10:30', '12:30–13:15']);
    expect(thu!.rows.find((r) => r.type === 'fixed' && r.title === 'Lunch')?.time).toBe('12:30–13:15');
    // The zone in its one wording on both sides of the change: a reader needs no GMT or BST.
    expect([thu!.timesAre, mon!.timesAre]).toEqual(['Times are UK time.', 'Times are UK time.']);
    expect(sheet(page, '2026-03-30')).toContain('Times are UK time.');
  });

  it('ends with what was not placed and the coverage report', () => {
    const summary = page.slice(page.indexOf('<section class="sheet summary"'));
    expect(summary).toContain('5 of 6 sessions placed');
    expect(summary).toMatch(/<td>Youth forum<\/td><td>Focus group<\/td><td>Jenny Ellis and the youth forum are never free together on Tuesday 31 March\.<\/td>/);
    expect(summary).toContain('<li class="missing">Preparing for adulthood</li>');
    expect(summary).toContain('<li class="present">Special school</li>');
    expect(summary).toContain('<li class="missing">Mainstream primary school: missing</li>');
  });

  it('says whether the programme is booked, and prints on A4 landscape a page per day', () => {
    expect(page).toContain('Proposed: not booked yet');
    expect(timetablePage(review, onSite, handMadePlan(), 'booked')).toContain('<span class="status status-booked">Booked</span>');
    expect(page).toContain('@page { size: A4 landscape;');
    expect(page).toMatch(/\.sheet:not\(:last-child\) \{ break-after: page;/);
  });

  it('shows a session the review no longer describes by its id rather than dropping it', () => {
    const plan = handMadePlan();
    plan.placed[0] = { ...plan.placed[0]!, sessionId: 'gone' };
    expect(timetablePage(review, onSite, plan, 'proposed')).toContain('<span class="title">gone</span>');
  });
});

describe('the timetable of the real planner', () => {
  it('shows every session the planner placed, on the days it placed them, in local time', () => {
    const plan = planOnSite(review, new Map());
    const table = timetableLayout(review, onSite, plan);
    const titles = table.days.flatMap((d) => d.rows.flatMap((r) => (r.type === 'band' ? r.cells.flatMap((c) => (c ? [c.title] : [])) : [])));
    expect(titles.sort()).toEqual(plan.placed.map((p) => onSite!.sessions.find((s) => s.id === p.sessionId)!.title).sort());
    expect(plan.placed.length).toBeGreaterThan(0);
    // Every on-site day starts at 08:30 local, whatever the offset: no band row starts before it.
    for (const day of table.days) for (const row of day.rows) expect(row.time >= '08:30').toBe(true);
    expect(table.days.flatMap((d) => d.rows).filter((r) => r.type === 'fixed' && r.title === 'Lunch').map((r) => r.time)).toEqual(Array(4).fill('12:30–13:15'));
  });
});
