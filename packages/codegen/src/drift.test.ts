import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { formatWithBiome } from "./format.ts";
import { generate } from "./generate.ts";
import { readSources, repositoryRoot } from "./sources.ts";

test("the committed generated files match schemas/", async () => {
  const files = formatWithBiome(await generate(await readSources(repositoryRoot)), repositoryRoot);
  const stale: string[] = [];
  for (const file of files) {
    const committed = await readFile(join(repositoryRoot, file.path), "utf8").catch(() => undefined);
    // a Windows checkout may turn the committed LF line ends into CRLF
    if (committed?.replaceAll("\r\n", "\n") !== file.content) stale.push(file.path);
  }
  expect(stale, `Generated files are out of date with schemas/: ${stale.join(", ")}. Run: pnpm generate`).toEqual([]);
});
