/**
 * The on-site week as a plain-text timetable shaped like the manual's Appendix 7: per day, a row per band with a
 * column per stream (Team A, Team B, ...) and the peers' initials in each cell; fixed items span the row.
 * Then what was not placed, and the coverage report.
 */
import { DateTime } from 'luxon';
import { describePerson } from '../shared/index.js';
import type { OnSitePlan } from '../on-site/index.js';
import { readOnSite } from '../on-site/index.js';
import type { Review } from '../shared/index.js';

const CELL = 46;
const TIME = 13;

const local = (iso: string, zone: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);

export const initials = (review: Review, email: string): string => {
  const name = describePerson(review, email);
  return name.includes('@') ? name : name.split(/\s+/).map((w) => w[0]!.toUpperCase()).join('');
};

const fit = (text: string, width: number) => (text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`);

export const formatOnSiteTimetable = (review: Review, plan: OnSitePlan): string => {
  const onSite = readOnSite(review);
  if (!onSite) return '';
  const zone = review.timeZone;
  const titles = new Map(onSite.sessions.map((s) => [s.id, s.title]));
  const streams = Math.max(onSite.streams, ...plan.placed.map((p) => p.stream.charCodeAt(0) - 64));
  const clock = (iso: string) => local(iso, zone).toFormat('HH:mm');
  const header = [fit('Time', TIME), ...Array.from({ length: streams }, (_, i) => fit(`Team ${String.fromCharCode(65 + i)}`, CELL))].join('').trimEnd();
  const lines = ['On-site programme', `Times in ${zone}`];
  for (const day of onSite.days) {
    const rows: { start: string; text: string }[] = [];
    for (const f of plan.fixed.filter((f) => local(f.start, zone).toISODate() === day.date)) {
      const who = f.peers.length > 0 ? ' (all peers)' : f.attendees.length > 0 ? ` (${f.attendees.map((a) => describePerson(review, a)).join(', ')})` : '';
      rows.push({ start: f.start, text: `${fit(`${clock(f.start)}–${clock(f.end)}`, TIME)}${f.title}${who}` });
    }
    const bands = new Map<string, typeof plan.placed>();
    for (const p of plan.placed.filter((p) => local(p.band.start, zone).toISODate() === day.date)) bands.set(p.band.start, [...(bands.get(p.band.start) ?? []), p]);
    for (const [start, members] of bands) {
      const cells = Array.from({ length: streams }, (_, i) => {
        const p = members.find((m) => m.stream === String.fromCharCode(65 + i));
        if (!p) return fit('', CELL);
        const there = p.start !== p.band.start ? ` ${clock(p.start)}–${clock(p.end)}` : '';
        const crew = ` [${p.peers.map((e) => initials(review, e)).join(', ')}]`;
        return fit(titles.get(p.sessionId) ?? p.sessionId, CELL - crew.length - there.length - 1).trimEnd() + there + crew + ' ';
      });
      rows.push({ start, text: `${fit(`${clock(start)}–${clock(members[0]!.band.end)}`, TIME)}${cells.map((c) => c.padEnd(CELL)).join('')}`.trimEnd() });
    }
    rows.sort((a, b) => a.start.localeCompare(b.start));
    lines.push('', DateTime.fromISO(day.date).toFormat('cccc d LLLL yyyy'), header, ...rows.map((r) => r.text));
  }
  lines.push('');
  if (plan.unplaced.length === 0) lines.push('Every on-site session is placed.');
  else lines.push(`Not placed (${plan.unplaced.length})`, ...plan.unplaced.map((u) => `  ${u.sessionId}: ${u.reason}`));
  const { themesUncovered, essentialVisits } = plan.coverage;
  lines.push('', 'Coverage');
  lines.push(themesUncovered.length === 0 ? '  Every theme has a session.' : `  Themes with no session: ${themesUncovered.join(', ')}`);
  for (const v of essentialVisits) lines.push(`  ${v.present ? '✓' : '✗ missing:'} ${v.need}`);
  return lines.join('\n');
};
