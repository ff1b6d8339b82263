// Placeholder until the importer lands (owned by the importer work): returns extra content roots.
export async function prepareImportedContent(_options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<string[]> {
  return [];
}
