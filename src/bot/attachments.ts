import type { Attachment } from 'botbuilder';

const TEAMS_FILE = 'application/vnd.microsoft.teams.file.download.info';
const MAX_BYTES = 1_000_000;

/** Teams file attachments carry a short-lived download URL; other channels send contentUrl. */
const downloadUrlOf = (attachment: Attachment): string | undefined => {
  if (attachment.contentType === TEAMS_FILE) {
    return (attachment.content as { downloadUrl?: string } | undefined)?.downloadUrl;
  }
  const isFile = /ya?ml|json|text\/plain|octet-stream/i.test(attachment.contentType) || /\.(ya?ml|json)$/i.test(attachment.name ?? '');
  return isFile ? attachment.contentUrl : undefined;
};

export const fileAttachment = (attachments: Attachment[] | undefined): Attachment | undefined =>
  (attachments ?? []).find((attachment) => downloadUrlOf(attachment) !== undefined);

/** The attached file's text, or a message saying why it could not be read. */
export const readAttachment = async (attachment: Attachment): Promise<{ text: string } | { problem: string }> => {
  const url = downloadUrlOf(attachment)!;
  const response = await fetch(url).catch(() => undefined);
  if (!response || !response.ok) return { problem: `I could not download ${attachment.name ?? 'the file'}. Please send it again.` };
  const body = await response.arrayBuffer();
  if (body.byteLength > MAX_BYTES) return { problem: 'That file is over 1 MB; a review file is much smaller. Please check it is the right file.' };
  return { text: new TextDecoder().decode(body) };
};
