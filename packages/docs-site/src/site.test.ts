import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { registry } from "@mra-circulair/engine";
import { codelistIds, entityNames } from "@mra-circulair/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuildResult, buildSite } from "./build-site.ts";
import { checkLinks, htmlFiles, type LinkReport } from "./link-check.ts";
import { designPages, guidePairs } from "./page-pairs.ts";
import { docsDir } from "./paths.ts";
import { schemaFileNames } from "./schema-pages.ts";
import { handWrittenFiles } from "./source-pages.ts";

// one fast build for every test here: no typedoc and no validator page, which api-reference.test.ts and packages/web check
let out: string;
let result: BuildResult;
let links: LinkReport;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "mra-docs-site-"));
  result = await buildSite({ out, api: false, validator: false });
  links = checkLinks(out, ["api/", "validator/"]);
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(out, path), "utf8");

describe("the links of the built site", () => {
  it("checks a real number of links", () => {
    expect(links.pages).toBe(result.pages);
    expect(links.links).toBeGreaterThan(result.pages * 10);
  });

  it("has no broken internal link, image or anchor", () => {
    expect(links.problems).toEqual([]);
  });

  it("links into the API reference and the validator page only at their start pages, which their own tests check", () => {
    expect(links.deferred.filter((target) => target !== "api/index.html" && target !== "validator/index.html")).toEqual(
      [],
    );
  });

  it("loads nothing from the network: no script, stylesheet or image from another host", () => {
    const remote = htmlFiles(out).flatMap((page) =>
      (read(page).match(/<(?:script|link|img)[^>]+(?:src|href)="(?:https?:)?\/\/[^"]*"/g) ?? []).map(
        (tag) => `${page}: ${tag}`,
      ),
    );
    expect(remote).toEqual([]);
  });
});

describe("every page in both languages", () => {
  it("pairs every hand-written page in docs/en and docs/nl with its counterpart", () => {
    const named = new Set([...guidePairs, ...designPages].flatMap((pair) => [pair.en, pair.nl]));
    expect(handWrittenFiles().filter((path) => !named.has(path))).toEqual([]);
    const exists = (path: string) => existsSync(join(docsDir, path));
    const lonely = guidePairs.flatMap((pair) =>
      exists(pair.en) === exists(pair.nl)
        ? []
        : [exists(pair.en) ? `${pair.en} without ${pair.nl}` : `${pair.nl} without ${pair.en}`],
    );
    expect(lonely).toEqual([]);
  });

  it("keeps the hand-written pages in their own language's tree", () => {
    for (const pair of guidePairs) {
      expect([pair.en.startsWith("en/"), pair.nl.startsWith("nl/")]).toEqual([true, true]);
    }
  });

  it("gives every page a language switch to its counterpart, which links back", () => {
    const switchOf = (page: string) => {
      const match = /<nav class="language"[^>]*><a href="([^"]*)"[^>]*>[^<]*<\/a>\s*(<small>)?/.exec(read(page));
      if (match === null) return undefined;
      return {
        target: posix.normalize(posix.join(posix.dirname(page), match[1] ?? "")),
        onlyOne: match[2] !== undefined,
      };
    };
    const problems: string[] = [];
    // the root page is written in both languages and leads to the Dutch start page
    for (const page of htmlFiles(out).filter((path) => path !== "index.html")) {
      const own = switchOf(page);
      if (own === undefined) problems.push(`${page}: no language switch`);
      else if (!own.onlyOne && switchOf(own.target)?.target !== page)
        problems.push(`${page}: ${own.target} does not link back`);
    }
    expect(problems).toEqual([]);
  });

  it("writes the schema reference, every codelist and every finding code in English and Dutch", () => {
    const expected = [
      ...schemaFileNames().map((file) => `schema/${file.replace(/\.schema\.json$/, "")}.html`),
      ...codelistIds.map((id) => `codelists/${id}.html`),
      ...registry.all().map((definition) => `codes/${definition.code}.html`),
      "schema/index.html",
      "codelists/index.html",
      "codes/index.html",
      "changelog.html",
      "index.html",
    ];
    const missing = ["en", "nl"]
      .flatMap((lang) => expected.map((path) => `${lang}/${path}`))
      .filter((path) => !existsSync(join(out, path)));
    expect(missing).toEqual([]);
  });

  it("points the language switch of a generated page at the same page in the other language", () => {
    const html = read("nl/schema/procurement.html");
    expect(/<nav class="language"[^>]*><a href="([^"]*)"/.exec(html)?.[1]).toBe("../../en/schema/procurement.html");
  });
});

describe("the generated reference", () => {
  it("documents every property of every entity with its type, whether it is required, both labels and an example", () => {
    const html = read("en/schema/procurement.html");
    for (const property of ["id", "buyer", "cpvCodes", "procedure", "contractValue"]) {
      const section =
        new RegExp(`<section class="property" id="prop-${property}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? "";
      expect(section).toMatch(/<span class="badge">required<\/span>/);
      expect(section).toMatch(/<dt>Type<\/dt>/);
      expect(section).toMatch(/<dt>Example<\/dt><dd><code>/);
      expect(section).toMatch(/\(nl: /);
    }
    expect(html).toContain('id="prop-procedure"');
    expect(html).toMatch(/href="\.\.\/codelists\/procedure-type\.html"/);
  });

  it("has an example for every property of every schema, from the schema or from a valid document", () => {
    const without = schemaFileNames().flatMap((file) => {
      const html = read(`en/schema/${file.replace(/\.schema\.json$/, "")}.html`);
      return Array.from(html.matchAll(/<section class="property" id="([^"]*)">([\s\S]*?)<\/section>/g))
        .filter((match) => (match[2] ?? "").includes("none in the schema or the valid examples"))
        .map((match) => `${file}#${match[1]}`);
    });
    expect(without).toEqual([]);
  });

  it("has a page for every entity of the schema package", () => {
    for (const file of Object.values(entityNames)) {
      expect(existsSync(join(out, `nl/schema/${file.replace(/\.schema\.json$/, "")}.html`))).toBe(true);
    }
  });

  it("shows the findings the engine gives for a code's example", () => {
    const html = read("nl/codes/csv-decimal.html");
    expect(html).toContain("csv-decimal.csv");
    expect(html).toMatch(/<td><a href="csv-decimal\.html"><code>csv-decimal<\/code><\/a><\/td>/);
  });

  it("lists the pending changesets in the changelog", () => {
    expect(read("en/changelog.html")).toContain("@mra-circulair/schema");
  });
});
