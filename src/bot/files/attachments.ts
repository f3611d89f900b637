import type { Attachment } from 'botbuilder';
import { ok, userError, type Result } from '../../domain/shared/index.js';
import type { Log } from '../../services/ports/index.js';
import { downloadAttachment, type DownloadFailure } from './attachment-download.js';
import type { AttachmentPolicy } from './attachment-policy.js';

const TEAMS_FILE = 'application/vnd.microsoft.teams.file.download.info';

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

const problemOf = (failure: DownloadFailure, name: string) => {
  switch (failure) {
    case 'not-allowed':
      return userError(
        'ATTACHMENT.NOT_ALLOWED',
        `I only read files that Teams shares from SharePoint or OneDrive; ${name} comes from somewhere else, so I did not open it. Please attach the file in Teams, or paste its text after **import**.`,
      );
    case 'too-large':
      return userError('ATTACHMENT.TOO_LARGE', 'That file is over 1 MB; a review file is much smaller. Please check it is the right file.');
    case 'timeout':
      return userError('ATTACHMENT.TIMEOUT', `${name} took too long to download, so I stopped. Please send it again, or paste its text after **import**.`);
    case 'failed':
      return userError('ATTACHMENT.UNREADABLE', `I could not download ${name}. Please send it again.`);
  }
};

/** The attached file's text, or why it was not read: nothing is fetched from a source the policy does not allow. */
export const readAttachment = async (attachment: Attachment, policy: AttachmentPolicy, log: Log): Promise<Result<string>> => {
  const downloaded = await downloadAttachment(downloadUrlOf(attachment)!, policy);
  if (!downloaded.ok) {
    log.warn({ host: downloaded.host, reason: downloaded.reason }, 'attachment not read');
    return problemOf(downloaded.failure, attachment.name ?? 'the file');
  }
  return ok(new TextDecoder().decode(downloaded.body));
};
