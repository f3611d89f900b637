import type { RunLock } from '../ports/index.js';

const WAIT_MS = 200;
const MOST_MS = 30_000;

/** The run lock the calendar sync holds while it follows an organiser's mailbox. */
export const calendarKey = (organiser: string): string => `calendar-sync:${organiser.trim().toLowerCase()}`;

/**
 * Waits for the organiser's calendar to be Convene's alone: a sync must not read, half-way through Convene's own
 * changes, an event Convene has just moved and take it for a move made in Outlook. A sync takes a second or two; after
 * `MOST_MS` the changes go ahead anyway (the sync may then tell the team of a move that was Convene's).
 */
export const holdCalendar = async (runs: RunLock, organiser: string, mostMs = MOST_MS): Promise<(() => Promise<void>) | undefined> => {
  for (let waited = 0; waited < mostMs; waited += WAIT_MS) {
    const release = await runs.tryLock(calendarKey(organiser));
    if (release) return release;
    await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
  }
  return undefined;
};
