import { sql } from 'kysely';
import pg from 'pg';
import { beforeEach, expect, it } from 'vitest';
import { LocalCalendar } from '../../src/graph/local/local-calendar.js';
import type { CalendarPort, NewEvent } from '../../src/services/ports/index.js';
import { responsesIn } from '../support/calendar-cast.js';
import { describeEachDatabase } from '../support/databases.js';

const ORGANISER = 'organiser@council.example';
const DAY = { start: '2026-01-14T00:00:00.000Z', end: '2026-01-15T00:00:00.000Z' };

const event = (transactionId: string, start: string, end: string, attendees: string[], online = true): NewEvent => ({
  transactionId,
  subject: 'Case review C1',
  body: 'Case review',
  start,
  end,
  attendees,
  online,
  ...(online ? {} : { location: 'Room 4' }),
});

describeEachDatabase('local calendar', (context) => {
  let calendar: CalendarPort;
  beforeEach(async () => {
    await context.clear();
    calendar = new LocalCalendar(context.db);
  });

  it('creates an online event with a join link that is clearly not real', async () => {
    const created = await calendar.createEvent(
      ORGANISER,
      event('t-1', '2026-01-14T09:00:00.000Z', '2026-01-14T10:00:00.000Z', ['peer@other.example']),
    );
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.iCalUId).not.toBe(created.id);
    expect(created.joinUrl).toBe(`https://teams.local.example/meet/${created.id}`);
    const inPerson = await calendar.createEvent(
      ORGANISER,
      event('t-2', '2026-01-14T11:00:00.000Z', '2026-01-14T12:00:00.000Z', ['peer@other.example'], false),
    );
    expect(inPerson.joinUrl).toBeUndefined();
  });

  it('returns the same event for a repeated create with the same transaction id', async () => {
    const newEvent = event('t-1', '2026-01-14T09:00:00.000Z', '2026-01-14T10:00:00.000Z', ['peer@other.example']);
    const first = await calendar.createEvent(ORGANISER, newEvent);
    const again = await calendar.createEvent('Organiser@Council.example', newEvent);
    expect(again).toEqual(first);
    const { count } = await context.db
      .selectFrom('local_events')
      .select(sql<number>`count(*)::int`.as('count'))
      .executeTakeFirstOrThrow();
    expect(count).toBe(1);
    const otherOrganiser = await calendar.createEvent('someone@council.example', newEvent);
    expect(otherOrganiser.id).not.toBe(first.id);
  });

  it('reports busy times of organisers and attendees, and every person asked about', async () => {
    await calendar.createEvent(
      ORGANISER,
      event('t-1', '2026-01-14T09:00:00.000Z', '2026-01-14T10:00:00.000Z', ['Peer@Other.example', 'worker@council.example']),
    );
    await calendar.createEvent(
      'peer@other.example',
      event('t-2', '2026-01-14T13:00:00.000Z', '2026-01-14T14:00:00.000Z', ['someone@else.example']),
    );
    await calendar.createEvent(
      ORGANISER,
      event('t-3', '2026-01-15T09:00:00.000Z', '2026-01-15T10:00:00.000Z', ['peer@other.example']),
    );

    const busy = await calendar.getBusy(ORGANISER, ['PEER@other.example', ORGANISER, 'unknown@nowhere.example'], DAY);
    expect([...busy.keys()]).toEqual(['peer@other.example', ORGANISER, 'unknown@nowhere.example']);
    expect(busy.get('peer@other.example')).toEqual([
      { start: '2026-01-14T09:00:00.000Z', end: '2026-01-14T10:00:00.000Z' },
      { start: '2026-01-14T13:00:00.000Z', end: '2026-01-14T14:00:00.000Z' },
    ]);
    expect(busy.get(ORGANISER)).toEqual([{ start: '2026-01-14T09:00:00.000Z', end: '2026-01-14T10:00:00.000Z' }]);
    expect(busy.get('unknown@nowhere.example')).toEqual([]);

    const edge = await calendar.getBusy(ORGANISER, ['worker@council.example'], {
      start: '2026-01-14T10:00:00.000Z',
      end: '2026-01-14T12:00:00.000Z',
    });
    expect(edge.get('worker@council.example')).toEqual([]);
    expect((await calendar.getBusy(ORGANISER, [], DAY)).size).toBe(0);
  });

  it('records answers, frees a declined attendee, and lists the organiser’s responses', async () => {
    const morning = await calendar.createEvent(
      ORGANISER,
      event('t-1', '2026-01-14T09:00:00.000Z', '2026-01-14T10:00:00.000Z', ['a@x.example', 'b@x.example', 'c@x.example']),
    );
    const afternoon = await calendar.createEvent(
      ORGANISER,
      event('t-2', '2026-01-14T13:00:00.000Z', '2026-01-14T14:00:00.000Z', ['a@x.example']),
    );
    await calendar.createEvent(
      ORGANISER,
      event('t-3', '2026-01-15T09:00:00.000Z', '2026-01-15T10:00:00.000Z', ['a@x.example']),
    );

    await calendar.respond('A@x.example', morning.iCalUId, 'accepted');
    await calendar.respond('b@x.example', morning.iCalUId, 'declined', 'On leave');
    await calendar.respond('a@x.example', afternoon.iCalUId, 'tentative');

    expect(await responsesIn(calendar, 'Organiser@Council.example', DAY)).toEqual([
      {
        iCalUId: morning.iCalUId,
        responses: [
          { email: 'a@x.example', rsvp: 'accepted' },
          { email: 'b@x.example', rsvp: 'declined' },
          { email: 'c@x.example', rsvp: 'pending' },
        ],
      },
      { iCalUId: afternoon.iCalUId, responses: [{ email: 'a@x.example', rsvp: 'tentative' }] },
    ]);
    expect(await responsesIn(calendar, 'b@x.example', DAY)).toEqual([]);
    expect((await calendar.getBusy(ORGANISER, ['b@x.example'], DAY)).get('b@x.example')).toEqual([]);

    await expect(calendar.respond('stranger@x.example', morning.iCalUId, 'accepted')).rejects.toThrow(/No event/);
    await expect(calendar.respond('a@x.example', 'no-such-uid', 'accepted')).rejects.toThrow(/No event/);
  });

  it('numbers every write of an event, an operator\'s by hand too, and a cancelled event takes no answers', async () => {
    const created = await calendar.createEvent(ORGANISER, event('t-1', '2026-01-14T09:00:00.000Z', '2026-01-14T10:00:00.000Z', ['a@x.example']));
    const changeOf = async () =>
      (await context.db.selectFrom('local_events').select(sql<string>`change::text`.as('change')).where('id', '=', created.id).executeTakeFirstOrThrow()).change;
    const numbers = [await changeOf()];
    await sql`update local_events set subject = 'Renamed by hand' where id = ${created.id}`.execute(context.db);
    numbers.push(await changeOf());
    await calendar.cancelEvent(ORGANISER, created.id);
    numbers.push(await changeOf());
    await calendar.cancelEvent(ORGANISER, created.id);
    numbers.push(await changeOf());

    expect(numbers.map(BigInt)).toEqual([...numbers.map(BigInt)].sort((a, b) => (a < b ? -1 : 1)));
    expect(new Set(numbers).size).toBe(3);
    await expect(calendar.respond('a@x.example', created.iCalUId, 'accepted')).rejects.toThrow(/No event/);
  });

  it('refuses a token made before the calendar was made again (./data deleted): the caller syncs again', async () => {
    for (const n of [1, 2]) {
      await calendar.createEvent(ORGANISER, event(`t-${n}`, '2026-01-14T09:00:00.000Z', '2026-01-14T10:00:00.000Z', ['a@x.example']));
    }
    const before = await calendar.changesSince(ORGANISER, DAY);
    if (before.kind !== 'changes') throw new Error('expected changes');
    await context.clear();
    await sql`alter sequence local_events_change restart`.execute(context.db);
    await calendar.createEvent(ORGANISER, event('t-3', '2026-01-14T11:00:00.000Z', '2026-01-14T12:00:00.000Z', ['a@x.example']));

    expect(await calendar.changesSince(ORGANISER, DAY, before.token)).toEqual({ kind: 'resync' });
  });

  // Only PostgreSQL has other sessions: on PGlite nobody else can hold a transaction open, so there is nothing to test.
  if (context.name === 'postgres') it('keeps a change made in a transaction still open when a later one commits first', async () => {
    const [first, second] = await Promise.all(
      ['t-1', 't-2'].map((id) => calendar.createEvent(ORGANISER, event(id, '2026-01-14T09:00:00.000Z', '2026-01-14T10:00:00.000Z', ['a@x.example']))),
    );
    const other = new pg.Client({ connectionString: context.options.databaseUrl });
    await other.connect();
    try {
      await other.query('begin');
      await other.query(`update local_events set subject = 'Renamed elsewhere' where id = $1`, [first!.id]);
      const later = calendar.updateEvent(ORGANISER, second!.id, { subject: 'Renamed here' });
      // Time for the later write to commit, were the change numbers not taken in commit order.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const read = await calendar.changesSince(ORGANISER, DAY);
      await other.query('commit');
      await later;
      if (read.kind !== 'changes') throw new Error('expected changes');
      const since = await calendar.changesSince(ORGANISER, DAY, read.token);
      expect(since.kind === 'changes' && since.changes.map((change) => change.id).sort()).toEqual([first!.id, second!.id].sort());
    } finally {
      await other.end();
    }
  });
});
