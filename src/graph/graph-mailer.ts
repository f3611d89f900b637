/**
 * Reminders by email through Graph `sendMail`, from the review's organiser mailbox. The app needs `Mail.Send`,
 * limited to that mailbox by an application access policy (infra/README.md), so it can send as no one else.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { reminderMail } from '../cards/invitations/index.js';
import type { Mailer, ReminderNotice } from '../services/ports/index.js';
import { postAction } from './graph-action.js';
import { userPath } from './graph-mapping.js';

export class GraphMailer implements Mailer {
  constructor(private readonly client: Client) {}

  async sendReminder(from: string, to: string, notice: ReminderNotice): Promise<void> {
    const { subject, text } = reminderMail(notice);
    await postAction(this.client.api(`${userPath(from)}/sendMail`), {
      message: { subject, body: { contentType: 'Text', content: text }, toRecipients: [{ emailAddress: { address: to } }] },
      // The organiser mailbox is a shared booking mailbox: its Sent Items need not fill with reminders.
      saveToSentItems: false,
    });
  }
}
