import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { BuiltPart } from "./nav.ts";
import { repoRoot } from "./paths.ts";

/** Where the API reference sits in the site. */
export const API_INDEX = "api/index.html";

/** Runs typedoc with the repository's typedoc.json, writing the API reference to `out`. */
export function buildApiReference(out: string): BuiltPart {
  const typedoc = join(repoRoot, "node_modules", ".bin", "typedoc");
  const run = spawnSync(typedoc, ["--options", join(repoRoot, "typedoc.json"), "--out", out], {
    cwd: repoRoot,
    stdio: "inherit",
  });
  if (run.status !== 0) {
    return { path: API_INDEX, title: "apiReference", missing: `typedoc failed (exit ${run.status ?? run.signal})` };
  }
  if (!existsSync(join(out, "index.html"))) {
    return { path: API_INDEX, title: "apiReference", missing: "typedoc wrote no index.html" };
  }
  return { path: API_INDEX, title: "apiReference" };
}
