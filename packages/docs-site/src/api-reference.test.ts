import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApiReference } from "./api-reference.ts";
import { checkLinks } from "./link-check.ts";
import { repoRoot } from "./paths.ts";

interface Manifest {
  readonly name: string;
  readonly private?: boolean;
  readonly exports?: unknown;
}

const typedoc = JSON.parse(readFileSync(join(repoRoot, "typedoc.json"), "utf8")) as {
  entryPoints: string[];
  out: string;
};
const manifest = (dir: string) => JSON.parse(readFileSync(join(repoRoot, dir, "package.json"), "utf8")) as Manifest;
// typedoc names a package's module page after its name: @mra-circulair/io -> _mra-circulair_io.html
const modulePage = (name: string) => `modules/${name.replace(/[@/]/g, "_")}.html`;

describe("the API reference", () => {
  it("documents every published package that has an entry point", () => {
    const published = readdirSync(join(repoRoot, "packages"))
      .map((name) => `packages/${name}`)
      .filter((dir) => existsSync(join(repoRoot, dir, "src/index.ts")) && manifest(dir).private !== true);
    expect([...typedoc.entryPoints].sort()).toEqual(published.sort());
    expect(typedoc.out).toBe("docs/_site/api");
  });

  describe("built by typedoc", () => {
    let out: string;
    beforeAll(() => {
      out = mkdtempSync(join(tmpdir(), "mra-docs-api-"));
    });
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it("has a start page, a page per package and no broken link", () => {
      const part = buildApiReference(out);
      expect(part.missing).toBeUndefined();
      const missing = typedoc.entryPoints
        .map((dir) => modulePage(manifest(dir).name))
        .filter((page) => !existsSync(join(out, page)));
      expect(missing).toEqual([]);
      expect(checkLinks(out).problems).toEqual([]);
    }, 600_000);
  });
});
