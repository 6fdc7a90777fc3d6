import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentedBlocks, inRepo } from "./markdown-files.ts";
import { typeCheckSnippets } from "./snippet-check.ts";

describe("```ts blocks type-check against the workspace packages", () => {
  const snippets = documentedBlocks("ts").map(({ path, block, where }) => ({
    name: `${path.replace(/[^A-Za-z0-9]+/g, "-")}-${block.line}`,
    text: block.text,
    where,
  }));
  const dir = inRepo(`packages/docs-site/.tmp/snippets-${process.pid}`);
  let errors: Map<string, string[]>;
  beforeAll(() => {
    errors = typeCheckSnippets(snippets, dir);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("finds the snippets", () => expect(snippets.length).toBeGreaterThan(0));
  it.each(snippets)("$where", ({ name }) => expect(errors.get(name)).toEqual([]));

  it("fails on a snippet with a type error", () => {
    const bad = [
      { name: "bad", text: 'import { validate } from "@mra-circulair/schema";\nvalidate("NoSuchEntity", {});\n' },
    ];
    expect(typeCheckSnippets(bad, `${dir}-bad`).get("bad")).not.toEqual([]);
    rmSync(`${dir}-bad`, { recursive: true, force: true });
  }, 120_000);
});
