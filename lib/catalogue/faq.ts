import type { ServerEntry, ToolEntry } from "../content";
import { recommendationFor } from "../policy/recommend";
import { CATEGORY_INFO, RISK_INFO } from "../taxonomy";
import { riskiestTools } from "./queries";

/** Questions a person (or a search engine) asks about a tool, answered from its entry alone. */
export interface FaqEntry {
  question: string;
  answer: string;
}

export function toolFaq(tool: ToolEntry, server: ServerEntry): FaqEntry[] {
  const risk = RISK_INFO[tool.risk];
  const category = CATEGORY_INFO[tool.category];
  const others = riskiestTools(
    server.tools.filter((t) => t !== tool),
    3,
  );
  const entries: FaqEntry[] = [
    {
      question: `Is ${tool.name} safe to give to an AI agent?`,
      answer: `We rate it ${risk.label.toLowerCase()} risk (${tool.category}). ${tool.rationale.trim()}`,
    },
    {
      question: `What kind of tool is ${tool.name}?`,
      answer: `A ${category.label.toLowerCase()} tool: ${category.summary}`,
    },
    {
      question: `What policy should I use for ${tool.name}?`,
      answer: `Deny by default and make ${tool.name} ${recommendationFor(tool.risk, tool.signals).summary}. Every other tool on the server stays denied until you add a rule for it.`,
    },
    {
      question: `Which MCP server provides ${tool.name}?`,
      answer: `${server.title}${server.repository ? ` (${server.repository})` : ""}${server.package ? `, package ${server.package}` : ""}.`,
    },
  ];
  if (others.length) {
    entries.push({
      question: `What else on ${server.title} needs a policy?`,
      answer: `Its riskiest other tools are ${others.map((t) => `${t.name} (${t.risk})`).join(", ")}.`,
    });
  }
  return entries;
}

/** schema.org FAQPage for the tool page's structured data. */
export function faqJsonLd(entries: readonly FaqEntry[]): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    mainEntity: entries.map((entry) => ({
      "@type": "Question",
      name: entry.question,
      acceptedAnswer: { "@type": "Answer", text: entry.answer },
    })),
  };
}
