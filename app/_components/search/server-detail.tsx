import type { SearchHit } from "@/lib/search/engine";
import { RiskBadge } from "@/app/_components/risk/risk-badge";

/**
 * What we know of a server that has no page yet (it is in the server index, its tools are
 * not classified): its description, repository, and how to import it into the catalogue.
 */
export function ServerDetail({ hit }: { hit: SearchHit }) {
  const repository = hit.repository && /^https?:\/\//i.test(hit.repository) ? hit.repository : undefined;
  return (
    <article className="card flex flex-col gap-3" data-testid="server-detail">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="m-0 font-mono break-all">{hit.name}</h2>
        {hit.risk ? <RiskBadge level={hit.risk} /> : null}
      </div>
      {hit.title && hit.title !== hit.name ? <p className="m-0 font-semibold">{hit.title}</p> : null}
      {hit.description ? <p className="prose-text m-0">{hit.description}</p> : null}
      {hit.topics && hit.topics.length > 0 ? <p className="muted m-0 text-sm">Topics: {hit.topics.join(", ")}</p> : null}
      <p className="m-0 text-sm">
        Repository:{" "}
        {repository ? (
          <a href={repository} rel="nofollow noopener noreferrer" className="break-all">
            {repository}
          </a>
        ) : (
          <span className="break-all">{hit.repository ?? "not given"}</span>
        )}
      </p>
      <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950">
        <p className="m-0 font-semibold">Its tools are not classified yet.</p>
        <p className="mt-1 mb-2">
          This server is in the index of known MCP servers, but nobody has imported its tool list, so there is no risk verdict or policy for its tools.
          Import it from a running server and classify its tools:
        </p>
        <pre className="code-block m-0 whitespace-pre-wrap">
          {`npm run --silent catalogue -- import --stdio "<command that starts the server>" --out DIR\n# or, for a server reachable over HTTP:\nnpm run --silent catalogue -- import --url <server URL> --out DIR`}
        </pre>
      </div>
    </article>
  );
}
