import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { pendingChangesets } from "./changelog.ts";

let dir: string | undefined;
afterEach(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

function changesetDir(files: Readonly<Record<string, string>>): string {
  dir = mkdtempSync(join(tmpdir(), "mra-docs-changesets-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("the pending changesets", () => {
  it("reads the bumps and the description of each changeset, and skips the README", () => {
    const found = pendingChangesets(
      changesetDir({
        "README.md": "# Changesets\n",
        "b-rules.md": "---\n\"@mra-circulair/rules\": minor\n'@mra-circulair/io': patch\n---\n\nNew rules.\n",
        "a-page.md": "---\n---\n\nA private package only.\n",
      }),
    );
    expect(found).toEqual([
      { file: "a-page.md", bumps: [], body: "\nA private package only.\n" },
      {
        file: "b-rules.md",
        bumps: [
          { name: "@mra-circulair/rules", bump: "minor" },
          { name: "@mra-circulair/io", bump: "patch" },
        ],
        body: "\nNew rules.\n",
      },
    ]);
  });

  it("refuses a changeset without front matter", () => {
    expect(() => pendingChangesets(changesetDir({ "x.md": "Just text.\n" }))).toThrow(/x\.md has no front matter/);
  });
});
