import { escapeHtml } from "@mra-circulair/report";
import { Marked, type Tokens } from "marked";
import { parseInfo } from "./code-blocks.ts";
import type { Language } from "./language.ts";
import { createSlugger, textOf } from "./slug.ts";
import { phrase } from "./ui.ts";

/** A Markdown page rendered to HTML, with the text of its first-level heading. */
export interface RenderedMarkdown {
  /** Absent when the text has no first-level heading, as a changeset has none. */
  readonly title: string | undefined;
  readonly html: string;
}

export interface RenderOptions {
  readonly lang: Language;
  /** Turns a link or image address as written in the Markdown into its address in the site. */
  readonly rewriteHref: (href: string) => string;
  /** Added to every heading level, to nest a document in a page: 2 turns # into ###. */
  readonly headingOffset?: number;
  /** The heading ids made so far, for documents that share a page; a new one per call when absent. */
  readonly slugger?: (text: string) => string;
}

/** Renders a hand-written page: heading ids as on GitHub, links rewritten for the site, code blocks labelled. */
export function renderMarkdown(markdown: string, options: RenderOptions): RenderedMarkdown {
  const slug = options.slugger ?? createSlugger();
  let title: string | undefined;
  const marked = new Marked({
    gfm: true,
    walkTokens(token) {
      if (token.type === "link" || token.type === "image") {
        const link = token as Tokens.Link | Tokens.Image;
        link.href = options.rewriteHref(link.href);
      }
    },
    renderer: {
      heading({ tokens, depth }: Tokens.Heading): string {
        const inner = this.parser.parseInline(tokens);
        const text = textOf(inner);
        if (depth === 1) title ??= text;
        const level = Math.min(6, depth + (options.headingOffset ?? 0));
        return `<h${level} id="${escapeHtml(slug(text))}">${inner}</h${level}>\n`;
      },
      code({ text, lang }: Tokens.Code): string {
        const info = parseInfo(lang ?? "");
        const exit = info.attrs.exit;
        const caption =
          exit === undefined
            ? ""
            : `<p class="code-caption">${escapeHtml(phrase(options.lang, "exitCode", { code: exit }))}</p>\n`;
        const language = info.lang === "" ? "" : ` class="language-${escapeHtml(info.lang)}"`;
        return `${caption}<pre><code${language}>${escapeHtml(text)}</code></pre>\n`;
      },
    },
  });
  const html = marked.parse(markdown, { async: false });
  return { title, html };
}
