import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { formatWithBiome } from "./format.ts";
import { generate } from "./generate.ts";
import { readSources, repositoryRoot as root } from "./sources.ts";

try {
  const files = formatWithBiome(await generate(await readSources(root)), root);
  for (const file of files) {
    await mkdir(dirname(join(root, file.path)), { recursive: true });
    await writeFile(join(root, file.path), file.content);
    console.log(`wrote ${file.path}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
