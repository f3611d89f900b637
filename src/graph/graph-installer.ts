/**
 * Installs Convene for a person through Graph (`POST /users/{id}/teamwork/installedApps`), as Microsoft's Company
 * Communicator does, so that a card can reach someone who has never opened it: the installation's
 * conversationUpdate gives the bot the chat. Needs `TeamsAppInstallation.ReadWriteForUser.All` and the app's id in
 * the tenant's app catalog (`TEAMS_APP_CATALOG_ID`).
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import type { AppInstaller, Installed } from '../services/ports/index.js';
import { userPath } from './graph-mapping.js';

export class GraphAppInstaller implements AppInstaller {
  constructor(
    private readonly client: Client,
    private readonly catalogId: string,
  ) {}

  async installFor(email: string): Promise<Installed> {
    try {
      await this.client
        .api(`${userPath(email)}/teamwork/installedApps`)
        .post({ 'teamsApp@odata.bind': `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${encodeURIComponent(this.catalogId)}` });
      return 'installed';
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 409) return 'alreadyInstalled';
      // 403: the tenant does not allow it (policy or permission); 404: not a user of this tenant (a guest, another council).
      if (status === 403 || status === 404) return 'notAllowed';
      throw error;
    }
  }
}
