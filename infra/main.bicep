// Convene on Azure: App Service (Node 20) running `node dist/index.js` (Oryx runs `npm run build` on deployment), an Azure Bot with the Teams channel,
// a user-assigned managed identity for both the bot and Microsoft Graph, and PostgreSQL flexible server.
// No secrets here: the database password comes in as a secure parameter at deployment.

@description('Prefix for every resource name, e.g. convene-shropshire.')
param name string

param location string = resourceGroup().location

@description('Administrator login of the PostgreSQL server.')
param databaseAdmin string = 'convene'

@secure()
@description('Administrator password of the PostgreSQL server.')
param databasePassword string

@description('Signs the timetable links the bot sends (at least 32 characters).')
@secure()
param linkSecret string

var tenantId = subscription().tenantId
var host = '${name}.azurewebsites.net'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: 'B1' }
  properties: { reserved: true }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2023-06-01-preview' = {
  name: '${name}-db'
  location: location
  sku: { name: 'Standard_B1ms', tier: 'Burstable' }
  properties: {
    version: '16'
    administratorLogin: databaseAdmin
    administratorLoginPassword: databasePassword
    storage: { storageSizeGB: 32 }
    backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' }
  }

  resource database 'databases' = {
    name: 'convene'
  }

  // 0.0.0.0 to 0.0.0.0 admits Azure services only, which includes the App Service below.
  resource azureServices 'firewallRules' = {
    name: 'AllowAzureServices'
    properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
  }
}

resource web 'Microsoft.Web/sites@2023-12-01' = {
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
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node dist/index.js'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      appSettings: [
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
        // A dependency's postinstall runs `npx rimraf`, which npx refuses without this.
        { name: 'npm_config_yes', value: 'true' }
        { name: 'PUBLIC_URL', value: 'https://${host}' }
        { name: 'BOT_ID', value: identity.properties.clientId }
        { name: 'LINK_SECRET', value: linkSecret }
        { name: 'BOT_TENANT_ID', value: tenantId }
        { name: 'BOT_TYPE', value: 'UserAssignedMSI' }
        { name: 'CALENDAR', value: 'graph' }
        { name: 'GRAPH_BASE_URL', value: 'https://graph.microsoft.com/v1.0' }
        { name: 'AZURE_TENANT_ID', value: tenantId }
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        {
          name: 'DATABASE_URL'
          value: 'postgres://${databaseAdmin}:${uriComponent(databasePassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/convene?sslmode=require'
        }
        { name: 'LOG_LEVEL', value: 'info' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'S1' }
  properties: {
    displayName: 'Convene'
    endpoint: 'https://${host}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: identity.id
  }

  resource teams 'channels' = {
    name: 'MsTeamsChannel'
    location: 'global'
    properties: {
      channelName: 'MsTeamsChannel'
      properties: { isEnabled: true }
    }
  }
}

output botId string = identity.properties.clientId
output botDomain string = host
output managedIdentityPrincipalId string = identity.properties.principalId
