import Link from "next/link";
import type { ServerEntry } from "@/lib/content";
import { paths } from "@/lib/catalogue/site";
import { markdownToText } from "@/lib/catalogue/markdown-text";
import { languageHint } from "@/lib/catalogue/text";

/** Who provides a tool: the server's name, description, repository and package. */
export function ServerFacts({ server, linkToServer = true }: { server: ServerEntry; linkToServer?: boolean }) {
  const description = markdownToText(server.description);
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]" data-server-facts="">
      <dt className="font-semibold">Server</dt>
      <dd>{linkToServer ? <Link href={paths.server(server.slug)}>{server.title}</Link> : server.title}</dd>
      {description && (
        <>
          <dt className="font-semibold">Its description</dt>
          <dd className="whitespace-pre-line" lang={languageHint(description)}>
            {description}
          </dd>
        </>
      )}
      {server.repository && (
        <>
          <dt className="font-semibold">Repository</dt>
          <dd className="break-all">
            <a href={server.repository} rel="nofollow noopener noreferrer external">
              {server.repository}
            </a>
          </dd>
        </>
      )}
      {server.package && (
        <>
          <dt className="font-semibold">Package</dt>
          <dd className="font-mono break-all">{server.package}{server.version ? `@${server.version}` : ""}</dd>
        </>
      )}
      <dt className="font-semibold">Source</dt>
      <dd className="font-mono text-xs break-all">{server.source}</dd>
    </dl>
  );
}
