import type { Metadata } from "next";
import Link from "next/link";
import { pageMetadata, paths } from "@/lib/catalogue";
import { titleSubtitles } from "@/lib/catalogue/subtitles";
import { getCatalogue } from "@/lib/content";
import { PolicyBuilder } from "../_components/policy-builder/policy-builder";

export const metadata: Metadata = pageMetadata({
  title: "Policy builder",
  description: "Build an access policy for an MCP server's tools: start from the recommended one, change actions, limits and argument checks, try calls, and copy it for your client.",
  path: paths.policyBuilder(),
});

export default function PolicyBuilderPage() {
  const all = getCatalogue().servers;
  // Two servers may share a title ("Redis MCP Server"): the choice names which one.
  const subtitles = titleSubtitles(all);
  const servers = all.map((server) => {
    const subtitle = subtitles.get(server.slug);
    return { slug: server.slug, title: subtitle ? `${server.title} (${subtitle})` : server.title };
  });
  return (
    <div className="space-y-6">
      <h1>Policy builder</h1>
      <p className="prose-text">
        Start from a server&apos;s recommended policy, or paste your own policy.json. Change what each tool gets, watch the policy validate as
        you go, try calls against it, and take it away as a file, in your client&apos;s format, or as a link: the address bar always holds the
        whole policy. What each part means is defined in <Link href={paths.policyDocs()} prefetch={false} className="underline">the policy format</Link>.
      </p>
      <PolicyBuilder servers={servers} />
    </div>
  );
}
