/**
 * Free/busy through Graph's getSchedule, within its limits (concepts/outlook-get-free-busy-schedule): at most 20
 * people a request, and "the time period to look up must be less than 62 days" (a longer one is refused with
 * ErrorTimeIntervalTooBig). A longer window is asked in consecutive windows of 61 days and the answers merged.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ScheduleInformation } from '@microsoft/microsoft-graph-types';
import { DateTime } from 'luxon';
import type { BusyByPerson, UtcInterval } from '../domain/shared/index.js';
import { chunk, graphUtc, isBusyStatus, userPath, utcIso } from './graph-mapping.js';

const SCHEDULES_PER_REQUEST = 20;
const WINDOW_DAYS = 61;
const AVAILABILITY_INTERVAL_MINUTES = 15;

/** Runs one request when the organiser's mailbox has room (the adapter's MailboxGate). */
export type InMailbox = <T>(mailbox: string, request: () => Promise<T>) => Promise<T>;

export const readBusy = async (
  client: Client,
  inMailbox: InMailbox,
  organiser: string,
  emails: string[],
  window: UtcInterval,
): Promise<BusyByPerson> => {
  const people = [...new Set(emails.map((email) => email.toLowerCase()))];
  const busy: BusyByPerson = new Map(people.map((email) => [email, []]));
  // One request at a time: they all count against the organiser's mailbox, which takes 4 at once.
  for (const [index, part] of windowsOf(window).entries()) {
    for (const schedules of chunk(people, SCHEDULES_PER_REQUEST)) {
      const response: { value: ScheduleInformation[] } = await inMailbox(organiser, () =>
        client
          .api(`${userPath(organiser)}/calendar/getSchedule`)
          .header('Prefer', 'outlook.timezone="UTC"')
          .post({
            schedules,
            startTime: graphUtc(part.start),
            endTime: graphUtc(part.end),
            availabilityViewInterval: AVAILABILITY_INTERVAL_MINUTES,
          }),
      );
      for (const schedule of response.value) {
        // An error entry (unknown mailbox, no permission) leaves the person free, as the port says.
        const intervals = busy.get(schedule.scheduleId?.toLowerCase() ?? '');
        for (const item of schedule.scheduleItems ?? []) {
          if (!intervals || !isBusyStatus(item.status)) continue;
          const interval = { start: utcIso(item.start), end: utcIso(item.end) };
          // An item that began before this window overlapped the one before too, and was counted there.
          if (index > 0 && Date.parse(interval.start) < Date.parse(part.start)) continue;
          intervals.push(interval);
        }
      }
    }
  }
  return busy;
};

/** Consecutive windows of at most WINDOW_DAYS that together make the whole window. */
const windowsOf = (window: UtcInterval): UtcInterval[] => {
  const end = DateTime.fromISO(window.end, { zone: 'utc' });
  const windows: UtcInterval[] = [];
  let start = DateTime.fromISO(window.start, { zone: 'utc' });
  do {
    const next = DateTime.min(start.plus({ days: WINDOW_DAYS }), end);
    windows.push({ start: start.toISO() as string, end: next.toISO() as string });
    start = next;
  } while (start < end);
  return windows;
};
