/**
 * ADMINS given as an Entra group: its members, nested groups included (`GET /groups/{id}/transitiveMembers`, cast to
 * users, page by page). Needs `GroupMember.Read.All` to list them and `User.ReadBasic.All` for their addresses:
 * without it, Graph lists the members with their ids only.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Directory } from '../../services/ports/index.js';
import { pathOfLink } from '../graph-mapping.js';

interface MembersPage {
  value: { mail?: string | null; userPrincipalName?: string | null }[];
  '@odata.nextLink'?: string;
}

export class GraphDirectory implements Directory {
  constructor(private readonly client: Client) {}

  async groupMembers(groupId: string): Promise<string[]> {
    const emails: string[] = [];
    let path: string | undefined = `/groups/${encodeURIComponent(groupId)}/transitiveMembers/microsoft.graph.user?$select=mail,userPrincipalName&$top=999`;
    while (path) {
      const page: MembersPage = await this.client.api(path).header('ConsistencyLevel', 'eventual').get();
      for (const member of page.value) {
        const email = member.mail ?? member.userPrincipalName;
        if (email) emails.push(email.toLowerCase());
      }
      path = page['@odata.nextLink'] && pathOfLink(page['@odata.nextLink']);
    }
    return emails;
  }
}
