// Placeholder until search lands (owned by the search work): writes public/search/.
export async function prepareSearchIndex(_options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {}
