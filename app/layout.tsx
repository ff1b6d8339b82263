import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "./_components/layout/site-footer";
import { SiteHeader } from "./_components/layout/site-header";
import { RiskIconSprite } from "./_components/risk/risk-icon";
import { BASE_PATH, SITE_DESCRIPTION, SITE_NAME, siteOrigin } from "@/lib/catalogue/site";
import { enhancerSrc } from "@/lib/enhance/script-path";
import "./globals.css";

export const metadata: Metadata = {
  // The origin only: Next adds the base path to file-based images itself; pages give full canonical URLs.
  metadataBase: new URL(siteOrigin()),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  openGraph: { siteName: SITE_NAME, type: "website" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <RiskIconSprite />
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
        {/* Header search and copy buttons on every page, with or without React (lib/enhance). */}
        <script src={enhancerSrc(BASE_PATH)} defer />
      </body>
    </html>
  );
}
