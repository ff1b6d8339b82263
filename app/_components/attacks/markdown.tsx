import Link from "next/link";
import { Fragment, useId, type ReactNode } from "react";
import type { Token, Tokens } from "marked";
import { isPolicyBlock, isSafeExternalLink, isSiteLink, lexBody } from "@/lib/content/attack-body";
import { decodeCharacterReferences } from "@/lib/catalogue/markdown-text";
import { CopyButton } from "../policy/copy-button";

/**
 * Markdown to React elements at build time, from marked's tokens. There is no HTML string
 * anywhere on the way: raw HTML in the source comes out as visible text, links go only to
 * this site or to https addresses, and images are not rendered. The attack loader already
 * rejects all three, so these are the second line, not the first.
 */
export function Markdown({ source }: { source: string }) {
  const ids = new Map<string, number>();
  return <div className="max-w-[70ch] leading-relaxed">{renderBlocks(lexBody(source), ids)}</div>;
}

type Ids = Map<string, number>;

function renderBlocks(tokens: readonly Token[], ids: Ids): ReactNode[] {
  return tokens.map((token, i) => renderBlock(token, i, ids));
}

function renderBlock(token: Token, key: number, ids: Ids): ReactNode {
  switch (token.type) {
    case "space":
    case "def":
      return null;
    case "heading": {
      const t = token as Tokens.Heading;
      const id = headingId(t.text, ids);
      const children = renderInline(t.tokens);
      if (t.depth <= 2) return <h2 key={key} id={id}>{children}</h2>;
      if (t.depth === 3) return <h3 key={key} id={id}>{children}</h3>;
      return <h4 key={key} id={id} className="mt-4 mb-1 font-semibold">{children}</h4>;
    }
    case "paragraph":
      return <p key={key} className="my-4">{renderInline((token as Tokens.Paragraph).tokens)}</p>;
    case "text": {
      // Block-level text appears inside tight list items.
      const t = token as Tokens.Text;
      return <Fragment key={key}>{t.tokens ? renderInline(t.tokens) : decodeCharacterReferences(t.text)}</Fragment>;
    }
    case "list": {
      const t = token as Tokens.List;
      const items = t.items.map((item, i) => (
        <li key={i} className="pl-1">
          {renderBlocks(item.tokens, ids)}
        </li>
      ));
      return t.ordered ? (
        <ol key={key} start={typeof t.start === "number" ? t.start : undefined} className="my-4 list-decimal space-y-1.5 pl-6">
          {items}
        </ol>
      ) : (
        <ul key={key} className="my-4 list-disc space-y-1.5 pl-6">
          {items}
        </ul>
      );
    }
    case "blockquote":
      return (
        <blockquote key={key} className="my-4 border-l-4 border-slate-300 pl-4 text-slate-700 dark:border-slate-700 dark:text-slate-300">
          {renderBlocks((token as Tokens.Blockquote).tokens, ids)}
        </blockquote>
      );
    case "code":
      return <CodeBlock key={key} token={token as Tokens.Code} />;
    case "hr":
      return <hr key={key} className="my-8 border-slate-200 dark:border-slate-800" />;
    case "table":
      return <Table key={key} token={token as Tokens.Table} />;
    default:
      // Raw HTML and anything unexpected: shown as the text it is.
      return (
        <p key={key} className="my-4 whitespace-pre-wrap">
          {token.raw}
        </p>
      );
  }
}

function CodeBlock({ token }: { token: Tokens.Code }) {
  const policyId = useId();
  if (!isPolicyBlock(token)) {
    return (
      <pre className="code-block my-4">
        <code>{token.text}</code>
      </pre>
    );
  }
  // The loader has validated the block, so it parses; printing it the way the site prints
  // every policy keeps examples readable at any width and identical to what is copied.
  const text = prettyJson(token.text);
  return (
    <figure className="my-5" data-attack-policy="">
      <figcaption className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm">
        <span className="font-semibold">policy.json</span>
        <CopyButton targetId={policyId} label="Copy policy" />
      </figcaption>
      <pre className="code-block" id={policyId}>
        <code>{text}</code>
      </pre>
    </figure>
  );
}

function prettyJson(source: string): string {
  try {
    return `${JSON.stringify(JSON.parse(source), null, 2)}\n`;
  } catch {
    return source;
  }
}

function Table({ token }: { token: Tokens.Table }) {
  return (
    <div className="my-5 overflow-x-auto">
      <table className="data-table">
        <thead>
          <tr>
            {token.header.map((cell, i) => (
              <th key={i} scope="col">
                {renderInline(cell.tokens)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {token.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>{renderInline(cell.tokens)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function renderInline(tokens: readonly Token[] | undefined): ReactNode[] {
  return (tokens ?? []).map((token, key) => {
    switch (token.type) {
      case "text": {
        const t = token as Tokens.Text;
        return t.tokens ? <Fragment key={key}>{renderInline(t.tokens)}</Fragment> : decodeCharacterReferences(t.text);
      }
      case "escape":
        return (token as Tokens.Escape).text;
      case "strong":
        return <strong key={key}>{renderInline((token as Tokens.Strong).tokens)}</strong>;
      case "em":
        return <em key={key}>{renderInline((token as Tokens.Em).tokens)}</em>;
      case "del":
        return <del key={key}>{renderInline((token as Tokens.Del).tokens)}</del>;
      case "codespan":
        return (
          <code key={key} className="rounded bg-slate-100 px-1 py-0.5 text-[0.9em] break-words dark:bg-slate-800">
            {(token as Tokens.Codespan).text}
          </code>
        );
      case "br":
        return <br key={key} />;
      case "link":
        return <MarkdownLink key={key} token={token as Tokens.Link} />;
      case "image":
        return (token as Tokens.Image).text;
      default:
        return token.raw;
    }
  });
}

function MarkdownLink({ token }: { token: Tokens.Link }) {
  const children = renderInline(token.tokens);
  if (isSiteLink(token.href)) return <Link href={token.href}>{children}</Link>;
  if (isSafeExternalLink(token.href)) {
    return (
      <a href={token.href} rel="noopener noreferrer">
        {children}
      </a>
    );
  }
  return <>{children}</>;
}

function headingId(text: string, ids: Ids): string {
  const base =
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "section";
  const seen = ids.get(base) ?? 0;
  ids.set(base, seen + 1);
  return seen === 0 ? base : `${base}-${seen + 1}`;
}
