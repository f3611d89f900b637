/**
 * The two review files of `npm run bench:changes`: the demo less six on-site sessions, which books 48 events (16 case
 * reviews, 26 on-site sessions, the 6 fixed items with people from outside the team), and a revision of it that asks
 * exactly ten changes of what is booked, of every kind.
 */
import { parse } from 'yaml';
import { DEMO } from '../test/support/demo-people.js';

type Item = Record<string, unknown> & { id: string };
interface ReviewFile {
  caseReviews: { cases: Item[] };
  onSite: { sessions: Item[] };
}

/** Left out of the demo, so that booking it makes 48 events; their people are free for the revision. */
const LEFT_OUT = ['finance', 'la-commissioners', 'health-commissioners', 'send-board', 'early-identification', 'social-care'];

export const BOOKED_EVENTS = 48;

export const baseFile = (): ReviewFile => {
  const file = parse(DEMO) as ReviewFile;
  file.onSite.sessions = file.onSite.sessions.filter((s) => !LEFT_OUT.includes(s.id));
  return file;
};

/** What the revision asks, by kind, as the card and the calendar should show it. */
export const REVISION = {
  swapped: ['C03', 'C07', 'transition'],
  removed: ['C16', 'dph'],
  added: ['C17', 'finance'],
  moved: ['chief-executive', 'dcs'],
  retitled: ['headteachers'],
};

const edit = (items: Item[], id: string, change: Record<string, unknown>) => {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(`no ${id} in the demo`);
  Object.assign(item, change);
};

/**
 * Each swap gives the session someone free at its time, and each move's new time is the planner's, so nothing else
 * clashes: the revision is ten changes and no more (the bench checks the card says so).
 */
export const revisionFile = (): ReviewFile => {
  const file = baseFile();
  const { cases } = file.caseReviews;
  const sessions = file.onSite.sessions;
  edit(cases, 'C03', { caseWorker: 'priya.nandra@shropshire.example' });
  edit(cases, 'C07', { caseWorker: 'nell.okonjo@shropshire.example' });
  edit(sessions, 'transition', { attendees: ['social.care@shropshire.example'] });
  file.caseReviews.cases = [...cases.filter((c) => c.id !== 'C16'), { id: 'C17', caseWorker: 'lewis.fairbairn@shropshire.example', categories: ['inHospital'] }];
  file.onSite.sessions = [
    ...sessions.filter((s) => s.id !== 'dph'),
    { id: 'finance', title: 'Meeting with finance leads', kind: 'interview', attendees: ['finance.lead@shropshire.example'], themes: ['capacity'] },
  ];
  // Booked on Thursday 5 February: pinned to the Tuesday; and an hour and a half instead of an hour.
  edit(sessions, 'chief-executive', { date: '2026-02-03' });
  edit(sessions, 'dcs', { minutes: 90 });
  edit(sessions, 'headteachers', { title: 'Focus group of headteachers and principals' });
  return file;
};

/** As a chat `import` takes it. */
export const importText = (file: ReviewFile): string => `import\n${JSON.stringify(file)}`;
