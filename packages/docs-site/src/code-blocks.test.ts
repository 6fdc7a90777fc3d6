import { validate } from "@mra-circulair/schema";
import { describe, expect, it } from "vitest";
import { documentedBlocks, documentedFiles } from "./markdown-files.ts";

// ```text and fences without a language hold diagrams and output, not code
const NOT_CODE = new Set(["", "text"]);
const CODE = new Set(["ts", "sh", "json"]);

describe("every code block has a language the tests know", () => {
  it.each(documentedFiles())("%s", (path) => {
    const unknown = documentedBlocks()
      .filter((entry) => entry.path === path && !CODE.has(entry.block.lang) && !NOT_CODE.has(entry.block.lang))
      .map((entry) => `${entry.where}: ${entry.block.lang}`);
    expect(unknown).toEqual([]);
  });
});

describe("```json blocks parse, and validate against their entity", () => {
  it.each(documentedBlocks("json"))("$where", ({ block }) => {
    const value: unknown = JSON.parse(block.text);
    const entity = block.attrs.entity;
    if (entity === undefined) return;
    const result = validate(entity as Parameters<typeof validate>[0], value);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });
});
