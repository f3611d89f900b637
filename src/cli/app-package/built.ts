/**
 * Where `npm run package` writes, below appPackage/: the zip to upload, and the same files unzipped, which the
 * Agents Toolkit's own steps (m365agents.yml) validate and zip again.
 */
export const BUILT = { zip: 'build/convene.zip', folder: 'build/convene' };
