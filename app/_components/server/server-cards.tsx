import Link from "next/link";
import type { ServerEntry } from "@/lib/content";
import { riskMix } from "@/lib/catalogue/queries";
import { paths } from "@/lib/catalogue/site";
import { excerpt, languageHint, plural } from "@/lib/catalogue/text";
import { RISK_LEVELS } from "@/lib/taxonomy";
import { RiskIcon } from "../risk/risk-icon";
import { RISK_STYLE } from "../risk/risk-style";

/** Servers as cards: name, a line of description, tool count and risk counts in words and shapes. */
export function ServerCards({ servers }: { servers: readonly ServerEntry[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-server-cards="">
      {servers.map((server) => {
        const mix = riskMix(server.tools);
        return (
          <li key={server.slug} className="card flex flex-col gap-2">
            <Link href={paths.server(server.slug)} prefetch={false} className="text-lg font-semibold break-words">
              {server.title}
            </Link>
            {server.description.trim() && (
              <p className="muted text-sm" lang={languageHint(server.description)}>
                {excerpt(server.description, 140)}
              </p>
            )}
            <p className="mt-auto text-sm">{plural(server.tools.length, "tool")}</p>
            <ul className="flex flex-wrap gap-3 text-xs" aria-label="Tools by risk">
              {RISK_LEVELS.map((level) => (
                <li key={level} className="inline-flex items-center gap-1">
                  <span style={{ color: RISK_STYLE[level].fill }}>
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
