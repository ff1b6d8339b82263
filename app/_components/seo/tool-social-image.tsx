import { ImageResponse } from "next/og";
import type { ServerEntry, ToolEntry } from "@/lib/content";
import { SITE_NAME } from "@/lib/catalogue/site";
import { RISK_INFO } from "@/lib/taxonomy";
import { RISK_STYLE } from "../risk/risk-style";

export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 };

/** The social card of one tool: its name, its server and its risk (word, shape colour), as a PNG. */
export function toolSocialImage(tool: ToolEntry, server: ServerEntry): ImageResponse {
  // The bundled font covers Latin only; any other glyph makes ImageResponse fetch a font
  // from the network at build time, so such names are shown by their slug instead.
  const name = drawable(tool.name) ? tool.name : tool.slug;
  const serverName = drawable(server.title) ? server.title : server.slug;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#0f172a", color: "#f8fafc" }}>
        <div style={{ display: "flex", fontSize: 30, color: "#94a3b8" }}>{SITE_NAME}</div>
        <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
          <div style={{ display: "flex", fontSize: name.length > 40 ? 52 : 72, fontWeight: 700, wordBreak: "break-all" }}>{name}</div>
          <div style={{ display: "flex", fontSize: 36, color: "#cbd5e1" }}>{`on ${serverName}`}</div>
        </div>
        <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
          <div style={{ display: "flex", padding: "12px 28px", borderRadius: 999, background: RISK_STYLE[tool.risk].fill, color: "white", fontSize: 40, fontWeight: 700 }}>
            {`${RISK_INFO[tool.risk].label} risk`}
          </div>
          <div style={{ display: "flex", fontSize: 32, color: "#cbd5e1" }}>{`${tool.category} tool`}</div>
        </div>
      </div>
    ),
    SOCIAL_IMAGE_SIZE,
  );
}

function drawable(text: string): boolean {
  return /^[\x20-\x7e\u00a0-\u024f]*$/.test(text);
}
