import Link from "next/link";
import type { ServerEntry } from "@/lib/content";
import { markdownToText } from "@/lib/catalogue/markdown-text";
import { riskMix } from "@/lib/catalogue/queries";
import { paths } from "@/lib/catalogue/site";
import { shortRepository, titleSubtitles } from "@/lib/catalogue/subtitles";
import { excerpt, languageHint, plural } from "@/lib/catalogue/text";
import { RISK_LEVELS } from "@/lib/taxonomy";
import { RiskIcon } from "../risk/risk-icon";
import { RISK_STYLE } from "../risk/risk-style";

/**
 * Servers as cards: name (with a subtitle where two share a title), a line of description
 * in plain text, tool count and risk counts in words and shapes. Each card carries what the
 * list's filters and sorts read (lib/enhance/server-browser.ts): its tool mix and the names
 * a query may match besides the visible text.
 */
export function ServerCards({ servers }: { servers: readonly ServerEntry[] }) {
  const subtitles = titleSubtitles(servers);
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-server-cards="">
      {servers.map((server) => {
        const mix = riskMix(server.tools);
        const subtitle = subtitles.get(server.slug);
        const description = excerpt(markdownToText(server.description), 140);
        const otherNames = [server.slug, server.package, shortRepository(server.repository)].filter(Boolean).join(" ");
        return (
          <li
            key={server.slug}
            className="card flex flex-col gap-2"
            data-server-card=""
            data-tools={server.tools.length}
            data-mix={RISK_LEVELS.map((level) => mix[level]).join(",")}
            data-match={otherNames}
          >
            <div>
              <Link href={paths.server(server.slug)} prefetch={false} className="text-lg font-semibold">
                {server.title}
              </Link>
              {subtitle && (
                <p className="muted font-mono text-xs" data-server-subtitle="">
                  {subtitle}
                </p>
              )}
            </div>
            {description && (
              <p className="muted text-sm" lang={languageHint(description)}>
                {description}
              </p>
            )}
            <p className="mt-auto text-sm">{plural(server.tools.length, "tool")}</p>
            <ul className="flex flex-wrap gap-3 text-xs" aria-label="Tools by risk">
              {RISK_LEVELS.map((level) => (
                <li key={level} className="inline-flex items-center gap-1">
                  <span style={{ color: RISK_STYLE[level].themed }}>
                    <RiskIcon level={level} className="h-3 w-3" />
                  </span>
                  {mix[level]} {level}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
