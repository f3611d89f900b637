/** How the on-site part relates to itself and to the rest of the file (the schema has read each value). */
import { checkDays, field, given, items, read, type Say } from './raw-fields.js';
import { fixedShape, sessionShape } from './on-site-schema.js';
import { text } from './fields.js';

/** caseIds: on-site session ids must differ from them, as both name a booking of the review. */
export const checkOnSite = (onSite: unknown, themeIds: Set<string>, caseIds: Set<string>, say: Say): void => {
  const dates = new Set(checkDays(items(onSite, 'days'), ['onSite', 'days'], say).map((d) => d.date));
  const onSiteDay = (date: string | undefined, path: (string | number)[]) => {
    if (date !== undefined && !dates.has(date)) say(path, `${date} is not one of the on-site days (${[...dates].join(', ')})`);
  };
  items(onSite, 'fixed').forEach((item, i) => {
    const path = ['onSite', 'fixed', i];
    const [start, end] = [field(fixedShape, item, 'start'), field(fixedShape, item, 'end')];
    if (start !== undefined && end !== undefined && start >= end) say(path, 'the end must be after the start');
    if (field(fixedShape, item, 'daily') === true) return;
    if (!given(item, 'date')) say([...path, 'date'], 'is missing');
    onSiteDay(field(fixedShape, item, 'date'), [...path, 'date']);
  });
  const ids = new Set<string>();
  items(onSite, 'sessions').forEach((session, i) => {
    const path = ['onSite', 'sessions', i];
    const id = field(sessionShape, session, 'id');
    if (id !== undefined && ids.has(id)) say([...path, 'id'], `"${id}" is used by another session: session ids must be unique`);
    if (id !== undefined && caseIds.has(id)) say([...path, 'id'], `"${id}" is also a case id: give the session an id of its own`);
    if (id !== undefined) ids.add(id);
    items(session, 'themes').forEach((value, j) => {
      const theme = read(text, value);
      if (theme !== undefined && !themeIds.has(theme)) say([...path, 'themes', j], `"${theme}" is not a theme id`);
    });
    const kind = field(sessionShape, session, 'kind');
    if (kind === 'siteVisit' && !given(session, 'minutes')) say([...path, 'minutes'], 'is needed for a site visit: how long is it on site?');
    if (kind !== undefined && kind !== 'siteVisit' && given(session, 'setting')) say([...path, 'setting'], 'is for site visits only: the kind of place visited');
    onSiteDay(field(sessionShape, session, 'date'), [...path, 'date']);
  });
};
