/**
 * Exported files reach people in two ways. In Teams, through the bot's file consent flow in personal chat (the
 * export commands answer nowhere else):
 * a consent card, then, once accepted, an upload to the person's OneDrive. Locally (the Playground has no
 * OneDrive), as a one-time download link served by the bot.
 */
import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { takeDownload, type OfferedFile } from '../../services/notes/index.js';
import type { BotDeps } from '../deps.js';

export interface FileDelivery {
  mode: 'link' | 'consent';
  /** The bot's public address, for links. */
  baseUrl: () => string;
}

const sizeText = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${Math.ceil(bytes / 1024)} KB`);

export const offerFiles = async (context: TurnContext, deps: BotDeps, files: OfferedFile[], intro: string): Promise<void> => {
  if (deps.files.mode === 'link') {
    const links = files.map((f) => `- [${f.fileName}](${deps.files.baseUrl()}/downloads/${f.token}) (${sizeText(f.size)})`);
    await context.sendActivity(`${intro}\n\n${links.join('\n')}\n\nEach link works once, for 24 hours: open it yourself rather than forwarding it.`);
    return;
  }
  await context.sendActivity(intro);
  for (const file of files) {
    await context.sendActivity({
      attachments: [
        {
          contentType: 'application/vnd.microsoft.teams.card.file.consent',
          name: file.fileName,
          content: { description: 'Convene export', sizeInBytes: file.size, acceptContext: { token: file.token }, declineContext: { token: file.token } },
        },
      ],
    });
  }
};

/** Accept: put the file in the person's OneDrive (uploadUrl) and show it in the chat. Decline: drop it. */
export const addFileConsentRoutes = (app: Application<TurnState>, deps: BotDeps): void => {
  app.fileConsentAccept(async (context, _state, response) => {
    const token = (response.context as { token?: unknown } | undefined)?.token;
    const file = typeof token === 'string' ? await takeDownload(deps.store, token, deps.now()) : undefined;
    if (!file || !response.uploadInfo?.uploadUrl) return void (await context.sendActivity('That file is no longer available: send the export command again.'));
    const upload = await fetch(response.uploadInfo.uploadUrl, {
      method: 'PUT',
      headers: { 'content-length': String(file.body.byteLength), 'content-range': `bytes 0-${file.body.byteLength - 1}/${file.body.byteLength}` },
      body: Buffer.from(file.body),
    });
    if (!upload.ok) {
      deps.log.warn({ status: upload.status }, 'file upload failed');
      return void (await context.sendActivity(`Sorry, ${file.fileName} could not be uploaded to your OneDrive. Send the export command again.`));
    }
    const { contentUrl, name, uniqueId, fileType } = response.uploadInfo;
    await context.sendActivity({ attachments: [{ contentType: 'application/vnd.microsoft.teams.card.file.info', contentUrl, name, content: { uniqueId, fileType } }] });
  });
  app.fileConsentDecline(async (context, _state, response) => {
    const token = (response.context as { token?: unknown } | undefined)?.token;
    if (typeof token === 'string') await takeDownload(deps.store, token, deps.now());
    await context.sendActivity('Fine, that file was not sent and has been discarded.');
  });
};
