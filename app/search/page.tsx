import type { Metadata } from "next";
import { SearchNoScript } from "@/app/_components/search/search-noscript";
import { SearchPage } from "@/app/_components/search/search-page";

export const metadata: Metadata = {
  title: "Search",
  description: "Search MCP servers and their tools by name, description or risk, with filters by risk level and category.",
};

export default function Page() {
  return (
    <>
      <SearchNoScript />
      <SearchPage />
    </>
  );
}
