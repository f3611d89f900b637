/** The tenant's directory, for ADMINS given as an Entra group: who is in it. */
export interface Directory {
  /** The lower-case emails of the group's members, nested groups included. */
  groupMembers(groupId: string): Promise<string[]>;
}
