import { ImageResponse } from "next/og";
import { findTool } from "@/lib/catalogue/queries";
import { SITE_NAME } from "@/lib/catalogue/site";
import { getCatalogue } from "@/lib/content";
import { RISK_INFO } from "@/lib/taxonomy";
import { RISK_STYLE } from "@/app/_components/risk/risk-style";

export const alt = "The tool's name, its server and its risk level";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const dynamicParams = false;

export function generateStaticParams(): { server: string; tool: string }[] {
  return getCatalogue().servers.flatMap((server) => server.tools.map((tool) => ({ server: server.slug, tool: tool.slug })));
}

/** The social card of one tool: name, server and risk (word and colour), rendered once at build time. */
export default async function Image({ params }: { params: Promise<{ server: string; tool: string }> }) {
  const { server: serverSlug, tool: toolSlug } = await params;
  const found = findTool(getCatalogue(), serverSlug, toolSlug);
  const name = found?.tool.name ?? toolSlug;
  const serverTitle = found?.server.title ?? serverSlug;
  const risk = found?.tool.risk ?? "low";
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#0f172a", color: "#f8fafc" }}>
        <div style={{ display: "flex", fontSize: 30, color: "#94a3b8" }}>{SITE_NAME}</div>
        <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
          <div style={{ display: "flex", fontSize: name.length > 40 ? 52 : 72, fontWeight: 700, wordBreak: "break-all" }}>{name}</div>
          <div style={{ display: "flex", fontSize: 36, color: "#cbd5e1" }}>on {serverTitle}</div>
        </div>
        <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
          <div style={{ display: "flex", padding: "12px 28px", borderRadius: 999, background: RISK_STYLE[risk].fill, color: "white", fontSize: 40, fontWeight: 700 }}>
            {`${RISK_INFO[risk].label} risk`}
          </div>
          <div style={{ display: "flex", fontSize: 32, color: "#cbd5e1" }}>{found?.tool.category ?? ""}</div>
        </div>
      </div>
    ),
    size,
  );
}
