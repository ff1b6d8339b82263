/**
 * Pure: a second line for servers whose titles repeat ("Redis MCP Server" twice), so a
 * reader can tell them apart where they are listed together. The line is the first of the
 * npm package, the repository (host and path, without https://) and the slug that differs
 * within the group; servers with a title of their own get none.
 */

export interface TitledServer {
  slug: string;
  title: string;
  package?: string | undefined;
  repository?: string | undefined;
}

// Every server page asks for its own subtitle: computed once per list of servers, not once per page.
const computed = new WeakMap<readonly TitledServer[], Map<string, string>>();

export function titleSubtitles(servers: readonly TitledServer[]): Map<string, string> {
  let subtitles = computed.get(servers);
  if (!subtitles) {
    subtitles = computeSubtitles(servers);
    computed.set(servers, subtitles);
  }
  return subtitles;
}

function computeSubtitles(servers: readonly TitledServer[]): Map<string, string> {
  const groups = new Map<string, TitledServer[]>();
  for (const server of servers) {
    const key = server.title.trim().toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), server]);
  }
  const subtitles = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const candidates: ((server: TitledServer) => string | undefined)[] = [
      (server) => server.package?.trim() || undefined,
      (server) => shortRepository(server.repository),
      (server) => server.slug,
    ];
    // The first kind of name that every server of the group has and no two share.
    const chosen = candidates.find((pick) => {
      const names = group.map(pick);
      return names.every(Boolean) && new Set(names).size === group.length;
    });
    for (const server of group) {
      const subtitle = chosen?.(server) ?? server.slug;
      subtitles.set(server.slug, subtitle);
    }
  }
  return subtitles;
}

/** "github.com/redis/mcp-redis" for "https://github.com/redis/mcp-redis.git". */
export function shortRepository(repository: string | undefined): string | undefined {
  const trimmed = repository?.trim();
  if (!trimmed) return undefined;
  return trimmed.replace(/^[a-z+]+:\/\//i, "").replace(/^www\./i, "").replace(/\.git$/i, "").replace(/\/+$/, "") || undefined;
}
