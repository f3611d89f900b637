// Convene on Azure, in one resource group: a user-assigned managed identity that is the bot's identity towards the Bot
// Framework, Microsoft Graph and PostgreSQL; App Service (Linux, Node 20) running `node dist/index.js` from a zip
// package; the Azure Bot with its Teams channel; PostgreSQL flexible server with Microsoft Entra sign-in only; Key
// Vault for LINK_SECRET and NOTES_KEY; Application Insights on a Log Analytics workspace.
// No password and no secret value is in this file or its parameters: the secrets are set in Key Vault after the first
// deployment (infra/README.md) and the app reads them through Key Vault references.

@description('Prefix of every resource name, e.g. convene-shropshire: lower-case letters, digits and hyphens (the Key Vault adds -kv within its 24 characters).')
@minLength(3)
@maxLength(21)
param name string

param location string = resourceGroup().location

@description('Object id of the person (or group) deploying: the database\'s Microsoft Entra administrator, who creates the app\'s database role, and Key Vault Secrets Officer, who sets the secrets. az ad signed-in-user show --query id -o tsv')
param operatorObjectId string

@description('That principal\'s name as PostgreSQL knows it: a user\'s user principal name, or the group\'s display name.')
param operatorName string

@allowed(['User', 'Group'])
param operatorType string = 'User'

@description('ADMINS: who administers Convene, as .env.example describes it.')
param admins string

@description('ALLOWED_TENANT_IDS: the Microsoft Entra tenants whose people may use Convene, comma-separated; by default this one.')
param allowedTenantIds string = tenant().tenantId

@description('GRAPH_MAILBOX_ACCESS: exchange-rbac where Calendars.ReadWrite and Mail.Send are granted by Exchange Online RBAC for Applications, limited to chosen mailboxes (docs/permissions.md); entra where they are granted in Entra ID for every mailbox.')
@allowed(['exchange-rbac', 'entra'])
param graphMailboxAccess string = 'exchange-rbac'

@description('TEAMS_APP_CATALOG_ID: Convene\'s id in the tenant\'s Teams app catalog, once it is uploaded there; empty, Convene does not install itself for invitees.')
param teamsAppCatalogId string = ''

var tenantId = tenant().tenantId
var host = '${name}.azurewebsites.net'
var linkSecretName = 'link-secret'
var notesKeyName = 'notes-key'
// Built-in roles: Key Vault Secrets User reads secret values, Key Vault Secrets Officer also sets them.
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var keyVaultSecretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: '${name}-kv'
  location: location
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // NOTES_KEY lost is every held note lost: a deleted key can be recovered for 90 days, and not purged before.
    enablePurgeProtection: true
  }
}

resource appReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource operatorSetsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, operatorObjectId, keyVaultSecretsOfficer)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficer)
    principalId: operatorObjectId
    principalType: operatorType
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${name}-db'
  location: location
  sku: { name: 'Standard_B1ms', tier: 'Burstable' }
  properties: {
    version: '16'
    // Microsoft Entra tokens only: no administrator login, no password anywhere.
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Disabled'
      tenantId: tenantId
    }
    storage: { storageSizeGB: 32 }
    backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: 'Disabled' }
    network: { publicNetworkAccess: 'Enabled' }
  }
}

// 0.0.0.0 to 0.0.0.0 admits Azure services only, the App Service among them; each still needs a token to sign in.
resource azureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
}

// A flexible server takes one change at a time: the database waits for the rule, the administrator for the database.
resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: 'convene'
  properties: { charset: 'UTF8', collation: 'en_US.utf8' }
  dependsOn: [azureServices]
}

// Its name must be the principal's object id. The app's own role is made by this administrator (infra/README.md).
resource entraAdministrator 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = {
  parent: postgres
  name: operatorObjectId
  properties: {
    principalName: operatorName
    principalType: operatorType
    tenantId: tenantId
  }
  dependsOn: [database]
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: 'B1' }
  properties: { reserved: true }
}

// What Convene reads (src/config.ts): test/unit/infra.test.ts checks these against the production settings.
var appSettings = [
  // The zip, built and pruned beforehand (infra/README.md), is mounted read-only and run as it is.
  { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }
  { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
  { name: 'PUBLIC_URL', value: 'https://${host}' }
  { name: 'BOT_ID', value: identity.properties.clientId }
  { name: 'BOT_TENANT_ID', value: tenantId }
  { name: 'BOT_TYPE', value: 'UserAssignedMSI' }
  // No version: the secret's latest. App Service resolves the reference; Convene refuses one left unresolved.
  { name: 'LINK_SECRET', value: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${linkSecretName}/)' }
  { name: 'NOTES_KEY', value: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${notesKeyName}/)' }
  {
    name: 'DATABASE_URL'
    value: 'postgres://${identity.name}@${postgres.properties.fullyQualifiedDomainName}:5432/${database.name}?sslmode=verify-full'
  }
  { name: 'DATABASE_AUTH', value: 'entra' }
  { name: 'CALENDAR', value: 'graph' }
  { name: 'GRAPH_MAILBOX_ACCESS', value: graphMailboxAccess }
  { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
  { name: 'AZURE_TENANT_ID', value: tenantId }
  { name: 'ADMINS', value: admins }
  { name: 'ALLOWED_TENANT_IDS', value: allowedTenantIds }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
  { name: 'LOG_LEVEL', value: 'info' }
]
var catalogSettings = empty(teamsAppCatalogId) ? [] : [{ name: 'TEAMS_APP_CATALOG_ID', value: teamsAppCatalogId }]

resource web 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references resolve with this identity (there is no system-assigned one).
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node dist/index.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      appSettings: concat(appSettings, catalogSettings)
    }
  }
  // The first start can read the secrets (once they are set) and sign in to the database (once its role is made).
  dependsOn: [appReadsSecrets, entraAdministrator]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot'
  location: 'global'
  kind: 'azurebot'
  // Teams is a standard channel: unlimited messages on the free tier.
  sku: { name: 'F0' }
  properties: {
    displayName: 'Convene'
    endpoint: 'https://${host}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: identity.id
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

output botId string = identity.properties.clientId
output botDomain string = host
output webAppName string = web.name
output identityName string = identity.name
output identityPrincipalId string = identity.properties.principalId
output keyVaultName string = vault.name
output databaseHost string = postgres.properties.fullyQualifiedDomainName
output databaseServerName string = postgres.name

// The names the Microsoft 365 Agents Toolkit writes into env/.env.dev after arm/deploy (m365agents.yml).
output BOT_ID string = identity.properties.clientId
output BOT_DOMAIN string = host
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = web.id
