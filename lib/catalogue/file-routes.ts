import { getCatalogue } from "../content";
import type { ServerEntry, ToolEntry } from "../content/schema";
import { dataFileParam, fileParams } from "./file-params";
import { findServer, findTool } from "./queries";

/**
 * Route handlers that export one file per server or per tool (/data/..., /policies/..., /og/...).
 * Each route file keeps its literal segment config (Next reads it statically) and takes its
 * params and lookup from here, so every per-entry file is found and refused the same way.
 */

type Params<T> = { params: Promise<T> };
const notFound = () => new Response("Not found", { status: 404 });

export function serverFileRoute(extension: string, respond: (server: ServerEntry) => Response | Promise<Response>) {
  return {
    generateStaticParams(): { server: string }[] {
      return fileParams(getCatalogue().servers.map((server) => server.slug), extension).map((server) => ({ server }));
    },
    async GET(_request: Request, { params }: Params<{ server: string }>): Promise<Response> {
      const slug = dataFileParam((await params).server, extension);
      const server = slug ? findServer(getCatalogue(), slug) : undefined;
      return server ? respond(server) : notFound();
    },
  };
}

export function toolFileRoute(extension: string, respond: (tool: ToolEntry, server: ServerEntry) => Response | Promise<Response>) {
  return {
    generateStaticParams(): { server: string; tool: string }[] {
      return getCatalogue().servers.flatMap((server) => fileParams(server.tools.map((tool) => tool.slug), extension).map((tool) => ({ server: server.slug, tool })));
    },
    async GET(_request: Request, { params }: Params<{ server: string; tool: string }>): Promise<Response> {
      const { server, tool } = await params;
      const toolSlug = dataFileParam(tool, extension);
      const found = toolSlug ? findTool(getCatalogue(), server, toolSlug) : undefined;
      return found ? respond(found.tool, found.server) : notFound();
    },
  };
}
