/**
 * Installs Convene for a person through Graph (`POST /users/{id}/teamwork/installedApps`), as Microsoft's Company
 * Communicator does, so that a card can reach someone who has never opened it: the installation's
 * conversationUpdate gives the bot the chat. Where Convene was installed already (409) Teams announces nothing, so
 * Graph names the installation's chat instead. Needs `TeamsAppInstallation.ReadWriteForUser.All` (which reads the
 * installation and its chat too), `User.Read.All` (a person's id) and the app's id in the tenant's app catalog
 * (`TEAMS_APP_CATALOG_ID`).
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { Outage, type AppInstaller, type Installed, type InstalledChat } from '../services/ports/index.js';
import { postAction } from './graph-action.js';
import { odataString, userPath } from './graph-mapping.js';

/** 403: the tenant does not allow it (policy or permission); 404: not a user of this tenant (a guest, another council). */
const refused = (error: unknown): boolean => [403, 404].includes((error as { statusCode?: number }).statusCode ?? 0);

export class GraphAppInstaller implements AppInstaller {
  constructor(
    private readonly client: Client,
    private readonly catalogId: string,
  ) {}

  async installFor(email: string): Promise<Installed> {
    try {
      await postAction(this.client.api(`${userPath(email)}/teamwork/installedApps`), {
        'teamsApp@odata.bind': `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${encodeURIComponent(this.catalogId)}`,
      });
      return 'installed';
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 409) return 'alreadyInstalled';
      if (refused(error)) return 'notAllowed';
      throw new Outage('teams', error);
    }
  }

  /**
   * Microsoft's documented way ("Get chat between user and app"): the installation, found by the app's catalog id,
   * then its chat. The chat's path takes the person's id, not their name, hence the first request. Graph rather
   * than the connector's createConversation, which would need that id too: the installation stays in one adapter,
   * with the permissions it has already, and a chat is named only where Convene really is installed for them.
   */
  async chatFor(email: string): Promise<InstalledChat | undefined> {
    try {
      const user: { id: string } = await this.client.api(userPath(email)).select('id').get();
      const apps = `/users/${encodeURIComponent(user.id)}/teamwork/installedApps`;
      const found: { value: { id: string }[] } = await this.client
        .api(apps)
        .expand('teamsApp')
        .filter(encodeURIComponent(`teamsApp/id eq ${odataString(this.catalogId)}`))
        .get();
      const installation = found.value[0];
      if (!installation) return undefined;
      const chat: { id: string; tenantId?: string } = await this.client.api(`${apps}/${encodeURIComponent(installation.id)}/chat`).select(['id', 'tenantId']).get();
      // Graph always gives a chat's tenant; without it there is no telling which Teams address reaches the chat.
      return chat.tenantId ? { chatId: chat.id, tenantId: chat.tenantId, userId: user.id } : undefined;
    } catch (error) {
      if (refused(error)) return undefined;
      throw new Outage('teams', error);
    }
  }
}
