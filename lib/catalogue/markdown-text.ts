import { Lexer, type Token, type Tokens } from "marked";

/**
 * Pure: the plain text a person would read in a piece of markdown, for text that servers
 * declare (a server's description often comes from its README: "## :tada: __It's
 * Official__ :tada:"). Markers go, words stay: headings and emphasis become their words,
 * links their text, images their alt text, list items one line each with a bullet, and
 * common emoji shortcodes become the emoji. Raw HTML in the source is kept as the literal
 * text it is, and the result is only ever rendered as text, never as HTML.
 */
export function markdownToText(source: string): string {
  const blocks = new Lexer({ gfm: true }).lex(source).map(blockText).filter((text) => text.trim() !== "");
  return blocks.join("\n\n").replace(/[ \t]+\n/g, "\n").trim();
}

function blockText(token: Token): string {
  switch (token.type) {
    case "space":
    case "def":
    case "hr":
      return "";
    case "heading":
    case "paragraph":
      return inlineText((token as Tokens.Heading | Tokens.Paragraph).tokens);
    case "text": {
      const t = token as Tokens.Text;
      return t.tokens ? inlineText(t.tokens) : withEmoji(decodeCharacterReferences(t.text));
    }
    case "list": {
      const list = token as Tokens.List;
      const first = typeof list.start === "number" ? list.start : 1;
      return list.items
        .map((item, i) => `${list.ordered ? `${first + i}.` : "•"} ${item.tokens.map(blockText).filter(Boolean).join("\n")}`)
        .join("\n");
    }
    case "blockquote":
      return (token as Tokens.Blockquote).tokens.map(blockText).filter(Boolean).join("\n");
    case "code":
      return (token as Tokens.Code).text;
    case "table": {
      const table = token as Tokens.Table;
      return [table.header, ...table.rows].map((row) => row.map((cell) => inlineText(cell.tokens)).join(" | ")).join("\n");
    }
    default:
      // Raw HTML and anything unexpected: the text exactly as written.
      return token.raw.trim();
  }
}

function inlineText(tokens: readonly Token[] | undefined): string {
  let text = "";
  for (const token of tokens ?? []) {
    switch (token.type) {
      case "text": {
        const t = token as Tokens.Text;
        text += t.tokens ? inlineText(t.tokens) : withEmoji(decodeCharacterReferences(t.text));
        break;
      }
      case "strong":
      case "em":
      case "del":
      case "link":
        text += inlineText((token as Tokens.Strong).tokens);
        break;
      case "image":
        text += (token as Tokens.Image).text;
        break;
      case "codespan":
        text += decodeCharacterReferences((token as Tokens.Codespan).text);
        break;
      case "escape":
        text += (token as Tokens.Escape).text;
        break;
      case "br":
        text += "\n";
        break;
      default:
        // Inline HTML (<b>, <script>) stays as the literal characters the server sent.
        text += token.raw;
    }
  }
  return text;
}

const NAMED_REFERENCES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** marked leaves character references (&amp;, &#39;) in text tokens; as text they must be the characters they stand for. */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_REFERENCES[ref.toLowerCase()] ?? whole;
  });
}

/** The shortcodes READMEs use most; any other :word: is left as written (it may be a time or a label). */
const EMOJI: Record<string, string> = {
  tada: "🎉",
  rocket: "🚀",
  sparkles: "✨",
  star: "⭐",
  star2: "🌟",
  fire: "🔥",
  zap: "⚡",
  warning: "⚠️",
  bulb: "💡",
  memo: "📝",
  wrench: "🔧",
  hammer_and_wrench: "🛠️",
  gear: "⚙️",
  lock: "🔒",
  key: "🔑",
  package: "📦",
  construction: "🚧",
  white_check_mark: "✅",
  heavy_check_mark: "✔️",
  x: "❌",
  information_source: "ℹ️",
  mag: "🔍",
  books: "📚",
  book: "📖",
  link: "🔗",
  globe_with_meridians: "🌐",
  robot: "🤖",
  brain: "🧠",
  point_right: "👉",
  wave: "👋",
  heart: "❤️",
  new: "🆕",
  chart_with_upwards_trend: "📈",
};

function withEmoji(text: string): string {
  return text.replace(/:([a-z0-9_+-]+):/g, (whole, name: string) => EMOJI[name] ?? whole);
}
