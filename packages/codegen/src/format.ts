import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { GeneratedFile } from "./banner.ts";

/** Formats the files with the repository's biome configuration, if there is one, so that `biome format` agrees. */
export function formatWithBiome(files: readonly GeneratedFile[], root: string): GeneratedFile[] {
  if (!existsSync(join(root, "biome.json")) && !existsSync(join(root, "biome.jsonc"))) return [...files];
  // the package's node script rather than node_modules/.bin, which is a .cmd shim on Windows
  const biome = createRequire(join(root, "package.json")).resolve("@biomejs/biome/bin/biome");
  return files.map((file) => {
    const result = spawnSync(process.execPath, [biome, "format", `--stdin-file-path=${file.path}`], {
      cwd: root,
      input: file.content,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    if (result.status !== 0) {
      throw new Error(`biome could not format ${file.path}:\n${result.stderr || result.error?.message}`);
    }
    // biome echoes nothing for a path its configuration ignores
    return result.stdout === "" ? file : { path: file.path, content: result.stdout };
  });
}
