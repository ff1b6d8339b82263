import { ImageResponse } from "next/og";
import type { RiskMix } from "@/lib/catalogue/queries";
import { SITE_NAME } from "@/lib/catalogue/site";
import { RISK_INFO, RISK_LEVELS } from "@/lib/taxonomy";
import { RISK_STYLE } from "../risk/risk-style";

export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 };

/** What a server's social card shows: one card per server, shared by its tool pages. */
export interface ServerCard {
  /** The server's title, or its slug when the title has glyphs the bundled font lacks. */
  name: string;
  tools: number;
  mix: RiskMix;
}

/** The card's content for a server: what the image is keyed by, so an unchanged card is reused. */
export function serverCard(server: { title: string; slug: string; tools: readonly { risk: keyof RiskMix }[] }): ServerCard {
  const mix: RiskMix = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const tool of server.tools) mix[tool.risk] += 1;
  // The bundled font covers Latin only; any other glyph makes ImageResponse fetch a font
  // from the network, so such names are shown by their slug instead.
  return { name: drawable(server.title) ? server.title : server.slug, tools: server.tools.length, mix };
}

/** The social card of a server as a PNG: its name, its tool count and its risk mix (words and a bar). */
export function serverSocialImage(card: ServerCard): ImageResponse {
  const levels = [...RISK_LEVELS].reverse().filter((level) => card.mix[level] > 0);
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#0f172a", color: "#f8fafc" }}>
        <div style={{ display: "flex", fontSize: 30, color: "#94a3b8" }}>{SITE_NAME}</div>
        <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
          <div style={{ display: "flex", fontSize: card.name.length > 40 ? 52 : 72, fontWeight: 700, wordBreak: "break-all" }}>{card.name}</div>
          <div style={{ display: "flex", fontSize: 36, color: "#cbd5e1" }}>{`${card.tools} ${card.tools === 1 ? "tool" : "tools"}, each with a risk verdict and a policy`}</div>
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
          <div style={{ display: "flex", width: "100%", height: 28, borderRadius: 8, overflow: "hidden", background: "#334155" }}>
            {levels.map((level) => (
              <div key={level} style={{ display: "flex", width: `${(card.mix[level] / Math.max(card.tools, 1)) * 100}%`, height: "100%", background: RISK_STYLE[level].fill }} />
            ))}
          </div>
          <div style={{ display: "flex", gap: 32, fontSize: 32, color: "#e2e8f0" }}>
            {levels.map((level) => (
              <div key={level} style={{ display: "flex" }}>{`${card.mix[level]} ${RISK_INFO[level].label.toLowerCase()}`}</div>
            ))}
          </div>
        </div>
      </div>
    ),
    SOCIAL_IMAGE_SIZE,
  );
}

function drawable(text: string): boolean {
  return /^[\x20-\x7e\u00a0-\u024f]*$/.test(text);
}
