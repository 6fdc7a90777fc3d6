import { describe, expect, it } from "vitest";
import { exampleText } from "./example-text.ts";
import { relativeUrl } from "./html.ts";
import { anchorsOf, linksOf } from "./link-check.ts";
import { renderMarkdown } from "./markdown.ts";
import { createSlugger } from "./slug.ts";
import { sitePathOf } from "./source-pages.ts";

const render = (markdown: string) => renderMarkdown(markdown, { lang: "en", rewriteHref: (href) => `site:${href}` });

describe("rendering a hand-written page", () => {
  it("gives headings the ids GitHub gives them, so #links work in both places", () => {
    const { html, title } = render("# Voor datateams\n\n## Exit codes\n\n## Exit codes\n\n## `validate` & co.\n");
    expect(title).toBe("Voor datateams");
    expect(anchorsOf(html)).toEqual(new Set(["voor-datateams", "exit-codes", "exit-codes-1", "validate--co"]));
  });

  it("rewrites every link and image, and leaves the text alone", () => {
    const { html } = render("# T\n\nSee [the guide](for-partners.md#versions) and ![logo](logo.png).\n");
    expect(linksOf(html)).toEqual(["site:for-partners.md#versions", "site:logo.png"]);
  });

  it("labels a code block with the exit code it ends with, in the page's language", () => {
    const { html } = renderMarkdown("# T\n\n```sh exit=1\nmra-circulair validate x.csv\n```\n", {
      lang: "nl",
      rewriteHref: (href) => href,
    });
    expect(html).toContain('<p class="code-caption">Eindigt met afsluitcode 1</p>');
    expect(html).toContain('<code class="language-sh">mra-circulair validate x.csv</code>');
  });

  it("escapes code", () => {
    expect(render('# T\n\n```ts\nconst a = 1 < 2 && "x";\n```\n').html).toContain("1 &lt; 2 &amp;&amp; &quot;x&quot;");
  });

  it("has no title without a first-level heading", () => {
    expect(render("Just text.").title).toBeUndefined();
  });
});

describe("places in the site", () => {
  it("puts docs/ at the root, other repository files under repo/, and Markdown as HTML", () => {
    expect(sitePathOf("docs/README.md")).toBe("index.html");
    expect(sitePathOf("docs/nl/voor-partners.md")).toBe("nl/voor-partners.html");
    expect(sitePathOf("docs/examples/data.ndjson")).toBe("examples/data.ndjson");
    expect(sitePathOf("schemas/README.md")).toBe("repo/schemas/README.html");
    expect(sitePathOf("LICENSE")).toBe("repo/LICENSE");
  });

  it("writes links relative to the page", () => {
    expect(relativeUrl("en/schema/procurement.html", "en/codelists/unit.html")).toBe("../codelists/unit.html");
    expect(relativeUrl("en/schema/procurement.html", "en/schema/common.html#Money")).toBe("common.html#Money");
    expect(relativeUrl("en/x.html", "en/x.html#top")).toBe("x.html#top");
    expect(relativeUrl("index.html", "nl/index.html")).toBe("nl/index.html");
  });

  it("numbers repeated slugs", () => {
    const slug = createSlugger();
    expect([slug("Codes"), slug("Codes"), slug("Ünïcode stays")]).toEqual(["codes", "codes-1", "ünïcode-stays"]);
  });
});

describe("showing an example file", () => {
  it("shows what cannot be seen: bytes that are not UTF-8, NUL and a lone CR", () => {
    const bytes = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
    expect(exampleText("x.csv", bytes("Caf\xE9\n"))).toEqual({ kind: "text", text: "Caf\\xE9\n" });
    expect(exampleText("x.csv", bytes("a\0b\rc"))).toEqual({ kind: "text", text: "a\\x00b\\r\nc" });
  });

  it("does not show a workbook", () => {
    expect(exampleText("x.xlsx", new Uint8Array(7))).toEqual({ kind: "binary", bytes: 7 });
  });
});
