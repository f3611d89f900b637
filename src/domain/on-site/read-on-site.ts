/**
 * The on-site part of a validated review file, with every default filled in, as the scheduler reads it.
 * The file checks (src/domain/review-file/) have already run, so this only normalises.
 */
import { DEFAULT_MINUTES, type FixedItem, type OnSite, type OnSiteKind, type OnSiteSession, type Setting } from './on-site.js';
import type { DayWindow, Review } from '../shared/index.js';

type Node = Record<string, unknown>;

const DEFAULT_STREAMS = 2;
const DEFAULT_PEERS = 2;

/** YAML may have read a date as a Date; the scheduler wants yyyy-MM-dd. */
const dateText = (value: unknown): string | undefined =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : undefined;

const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : []);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map((v) => String(v)) : []);
const emails = (value: unknown): string[] => [...new Set(texts(value).map((e) => e.trim().toLowerCase()))];
const optionalText = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

const readDay = (node: Node): DayWindow => ({ date: dateText(node.date)!, start: String(node.start), end: String(node.end) });

const readFixed = (node: Node): FixedItem => {
  const daily = node.daily === true;
  const item: FixedItem = {
    title: String(node.title),
    kind: String(node.kind),
    daily,
    start: String(node.start),
    end: String(node.end),
    attendees: emails(node.attendees),
    allPeers: node.allPeers === true,
  };
  const date = daily ? undefined : dateText(node.date);
  if (date) item.date = date;
  const location = optionalText(node.location);
  if (location) item.location = location;
  return item;
};

const readSession = (node: Node): OnSiteSession => {
  const kind = node.kind as OnSiteKind;
  const minutes = typeof node.minutes === 'number' ? node.minutes : kind === 'siteVisit' ? 60 : DEFAULT_MINUTES[kind];
  const session: OnSiteSession = {
    id: String(node.id),
    title: String(node.title),
    kind,
    attendees: emails(node.attendees),
    themes: texts(node.themes),
    minutes,
    travelMinutes: kind === 'siteVisit' && typeof node.travelMinutes === 'number' ? node.travelMinutes : 0,
    online: node.online === true,
    peers: typeof node.peers === 'number' ? node.peers : DEFAULT_PEERS,
    priority: typeof node.priority === 'number' ? node.priority : 1,
  };
  const location = optionalText(node.location);
  if (location) session.location = location;
  const date = dateText(node.date);
  if (date) session.date = date;
  if (typeof node.setting === 'string') session.setting = node.setting as Setting;
  return session;
};

export const readOnSite = (review: Review): OnSite | undefined => {
  const raw = review.onSite as Node | undefined;
  if (!raw || typeof raw !== 'object') return undefined;
  return {
    days: list(raw.days).map(readDay).sort((a, b) => a.date.localeCompare(b.date)),
    streams: typeof raw.streams === 'number' ? raw.streams : DEFAULT_STREAMS,
    fixed: list(raw.fixed).map(readFixed),
    sessions: list(raw.sessions).map(readSession),
  };
};
