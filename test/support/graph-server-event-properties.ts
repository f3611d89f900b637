/**
 * The properties of an event in Graph v1.0 (the CSDL's microsoft.graph.event with outlookItem and entity, as
 * @microsoft/microsoft-graph-types mirrors it). The type is not open: Graph refuses a body that names any other
 * property with 400, "The property '…' does not exist on type 'Microsoft.OutlookServices.Event'"
 * (microsoftgraph/msgraph-sdk-javascript#212), so a misspelt property fails here as it would there.
 */
import { graphError, type GraphReply } from './graph-server-reply.js';

const EVENT_PROPERTIES: ReadonlySet<string> = new Set([
  '@odata.type',
  'id',
  'categories',
  'changeKey',
  'createdDateTime',
  'lastModifiedDateTime',
  'allowNewTimeProposals',
  'attendees',
  'body',
  'bodyPreview',
  'cancelledOccurrences',
  'end',
  'hasAttachments',
  'hideAttendees',
  'iCalUId',
  'importance',
  'isAllDay',
  'isCancelled',
  'isDraft',
  'isOnlineMeeting',
  'isOrganizer',
  'isReminderOn',
  'location',
  'locations',
  'onlineMeeting',
  'onlineMeetingProvider',
  'onlineMeetingUrl',
  'organizer',
  'originalEndTimeZone',
  'originalStart',
  'originalStartTimeZone',
  'recurrence',
  'reminderMinutesBeforeStart',
  'responseRequested',
  'responseStatus',
  'sensitivity',
  'seriesMasterId',
  'showAs',
  'start',
  'subject',
  'transactionId',
  'type',
  'webLink',
  'attachments',
  'calendar',
  'exceptionOccurrences',
  'extensions',
  'instances',
  'multiValueExtendedProperties',
  'singleValueExtendedProperties',
]);

/** Graph's refusal of the first property an event does not have; undefined when there is none. */
export const unknownEventProperty = (body: object): GraphReply | undefined => {
  const unknown = Object.keys(body).find((name) => !EVENT_PROPERTIES.has(name));
  if (unknown === undefined) return undefined;
  const message = `The property '${unknown}' does not exist on type 'Microsoft.OutlookServices.Event'. Make sure to only use property names that are defined by the type or mark the type as open type.`;
  return graphError(400, 'RequestBodyRead', message);
};
