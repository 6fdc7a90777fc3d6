import { Lexer, type Token, type Tokens } from "marked";

/** A fenced code block of a Markdown file, with its info string split into a language and attributes. */
export interface CodeBlock {
  /** The language, the first word of the info string ("ts", "sh", "json"); "" when there is none. */
  readonly lang: string;
  /** The key=value words after the language, such as exit=1 or entity=Procurement. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly text: string;
  /** The 1-based line of the opening fence, for messages. */
  readonly line: number;
}

/** The language and key=value attributes of an info string such as "json entity=Procurement". */
export function parseInfo(info: string): Pick<CodeBlock, "lang" | "attrs"> {
  const [lang = "", ...words] = info.trim().split(/\s+/);
  const attrs: Record<string, string> = {};
  for (const word of words) {
    const equals = word.indexOf("=");
    if (equals <= 0) throw new Error(`info string "${info}": "${word}" is not key=value`);
    attrs[word.slice(0, equals)] = word.slice(equals + 1);
  }
  return { lang, attrs };
}

function codeTokens(tokens: readonly Token[]): Tokens.Code[] {
  return tokens.flatMap((token): Tokens.Code[] => {
    if (token.type === "code") return token.codeBlockStyle === "indented" ? [] : [token as Tokens.Code];
    // fences inside lists and block quotes count too
    const children = "tokens" in token && Array.isArray(token.tokens) ? token.tokens : [];
    const items = token.type === "list" ? (token as Tokens.List).items : [];
    return codeTokens([...children, ...items]);
  });
}

/** Every fenced code block of a Markdown text, in order. */
export function codeBlocksOf(markdown: string): CodeBlock[] {
  let searchFrom = 0;
  return codeTokens(Lexer.lex(markdown)).map((token) => {
    const at = markdown.indexOf(token.raw.trimStart(), searchFrom);
    searchFrom = at < 0 ? searchFrom : at + 1;
    const line = at < 0 ? 0 : markdown.slice(0, at).split("\n").length;
    return { ...parseInfo(token.lang ?? ""), text: token.text, line };
  });
}
