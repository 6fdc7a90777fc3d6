import { describe, expect, it } from "vitest";
import { escapeHtml } from "./html.ts";

describe("escapeHtml", () => {
  it("escapes the five characters that can end text or a quoted attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("leaves other text, Dutch and emoji included, as it is", () => {
    expect(escapeHtml("Inkoopwaarde € 1.234 — café 🌱")).toBe("Inkoopwaarde € 1.234 — café 🌱");
  });
});
