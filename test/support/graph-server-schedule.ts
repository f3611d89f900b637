import type {
  DateTimeTimeZone,
  Event,
  FreeBusyStatus,
  ScheduleInformation,
  ScheduleItem,
} from '@microsoft/microsoft-graph-types';
import type { DateTime } from 'luxon';
import type { GraphMailboxes } from './graph-server-mailboxes.js';
import {
  graphError,
  graphTime,
  instantOf,
  json,
  preferredZone,
  type GraphCall,
  type GraphReply,
} from './graph-server-reply.js';
import { unsupportedZone } from './graph-server-zones.js';

/** Busy time set by a test, beside the events: UTC ISO instants. */
export interface BusyItem {
  start: string;
  end: string;
  status?: FreeBusyStatus;
  subject?: string;
}

interface GetScheduleRequest {
  schedules?: string[];
  startTime?: DateTimeTimeZone;
  endTime?: DateTimeTimeZone;
  availabilityViewInterval?: number;
}

const MAX_SCHEDULES = 20;
/** "The time period to look up must be less than 62 days" (Graph's concepts/outlook-get-free-busy-schedule). */
const MAX_WINDOW_DAYS = 62;
/** availabilityView digits; workingElsewhere is 0 "for backward compatibility", as Graph documents. */
const VIEW_CODE: Record<FreeBusyStatus, number> = {
  free: 0,
  workingElsewhere: 0,
  unknown: 0,
  tentative: 1,
  busy: 2,
  oof: 3,
};

export interface ScheduleSources {
  mailboxes: GraphMailboxes;
  busy: Map<string, BusyItem[]>;
  /** Addresses Graph cannot find: answered with an error entry. */
  unknownPeople: Set<string>;
}

export const getSchedule = (call: GraphCall, sources: ScheduleSources): GraphReply => {
  const request = (call.body ?? {}) as GetScheduleRequest;
  const schedules = request.schedules ?? [];
  if (schedules.length === 0) return graphError(400, 'ErrorInvalidParameter', 'At least one schedule is required.');
  if (schedules.length > MAX_SCHEDULES) {
    return graphError(400, 'ErrorInvalidParameter', `The number of schedules can't exceed ${MAX_SCHEDULES}.`);
  }
  const refused = unsupportedZone(request.startTime, request.endTime);
  if (refused) return refused;
  const start = instantOf(request.startTime);
  const end = instantOf(request.endTime);
  const interval = request.availabilityViewInterval ?? 30;
  if (!start || !end || end <= start) {
    return graphError(400, 'ErrorInvalidParameter', 'startTime and endTime are required.');
  }
  const days = end.diff(start, 'days').days;
  if (days >= MAX_WINDOW_DAYS) {
    // Graph's code and words for it (microsoftgraph/microsoft-graph-docs#19703).
    const message = `The requested time duration specified for FreeBusyViewOptions.TimeWindow is too long. The allowed limit = ${MAX_WINDOW_DAYS} days; the actual limit = ${Math.ceil(days)} days.`;
    return graphError(400, 'ErrorTimeIntervalTooBig', message);
  }
  if (interval < 5 || interval > 1440) {
    return graphError(400, 'ErrorInvalidParameter', 'availabilityViewInterval is out of range.');
  }

  const zone = preferredZone(call.headers);
  const value: ScheduleInformation[] = schedules.map((scheduleId) => {
    const email = scheduleId.toLowerCase();
    if (sources.unknownPeople.has(email)) {
      const error = { message: `The user ${scheduleId} was not found.`, responseCode: 'ErrorMailboxNotFound' };
      return { scheduleId, error };
    }
    const items = itemsOf(email, sources).filter((item) => item.start < end && item.end > start);
    return {
      scheduleId,
      availabilityView: availabilityView(items, start, end, interval),
      scheduleItems: items.map(
        (item): ScheduleItem => ({
          status: item.status,
          subject: item.subject,
          isPrivate: false,
          start: graphTime(item.start, zone),
          end: graphTime(item.end, zone),
        }),
      ),
    };
  });
  return json({ value });
};

interface TimedItem {
  start: DateTime;
  end: DateTime;
  status: FreeBusyStatus;
  subject?: string;
}

/** A person's events (organised, or invited and not declined) and the busy time a test set. */
const itemsOf = (email: string, sources: ScheduleSources): TimedItem[] => {
  const fromEvents = sources.mailboxes
    .events(email)
    .filter((event) => event.responseStatus?.response !== 'declined' && !event.isCancelled)
    .flatMap((event) => {
      const start = instantOf(event.start);
      const end = instantOf(event.end);
      return start && end ? [{ start, end, status: statusOf(event), subject: event.subject ?? undefined }] : [];
    });
  const fromTests = (sources.busy.get(email) ?? []).flatMap((item) => {
    const start = instantOf({ dateTime: item.start, timeZone: 'UTC' });
    const end = instantOf({ dateTime: item.end, timeZone: 'UTC' });
    return start && end ? [{ start, end, status: item.status ?? 'busy', subject: item.subject }] : [];
  });
  return [...fromEvents, ...fromTests].sort((a, b) => a.start.toMillis() - b.start.toMillis());
};

/** An invitation not yet accepted shows as tentative, as Outlook places it. */
const statusOf = (event: Event): FreeBusyStatus => {
  const response = event.responseStatus?.response;
  if (event.isOrganizer || response === 'accepted') return event.showAs ?? 'busy';
  return 'tentative';
};

const availabilityView = (items: TimedItem[], start: DateTime, end: DateTime, minutes: number): string => {
  let view = '';
  for (let slot = start; slot < end; slot = slot.plus({ minutes })) {
    const slotEnd = slot.plus({ minutes });
    const codes = items.filter((item) => item.start < slotEnd && item.end > slot).map((item) => VIEW_CODE[item.status]);
    view += String(Math.max(0, ...codes));
  }
  return view;
};
