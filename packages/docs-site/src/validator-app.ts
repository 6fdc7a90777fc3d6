import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BuiltPart } from "./nav.ts";
import { repoRoot } from "./paths.ts";

/** Where the validator page sits in the site. */
export const VALIDATOR_INDEX = "validator/index.html";

const WEB_DIR = join(repoRoot, "packages", "web");
// the validator page's own script for a static build, or its general build
const SCRIPT_NAMES = ["build:page", "build"];

const missing = (reason: string): BuiltPart => ({ path: VALIDATOR_INDEX, title: "validatorApp", missing: reason });

/** Builds packages/web with its own script and copies its dist/ to `out`; says what is missing when it cannot. */
export function buildValidatorApp(out: string): BuiltPart {
  const manifest = JSON.parse(readFileSync(join(WEB_DIR, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  const script = SCRIPT_NAMES.find((name) => manifest.scripts?.[name] !== undefined);
  if (script === undefined) return missing(`packages/web has no "build:page" or "build" script yet`);
  const run = spawnSync("pnpm", ["--filter", "@mra-circulair/web", "run", script], { cwd: repoRoot, stdio: "inherit" });
  if (run.status !== 0)
    return missing(`pnpm --filter @mra-circulair/web run ${script} failed (exit ${run.status ?? run.signal})`);
  const dist = join(WEB_DIR, "dist");
  if (!existsSync(join(dist, "index.html"))) return missing(`packages/web/dist/index.html is missing after ${script}`);
  cpSync(dist, out, { recursive: true });
  return { path: VALIDATOR_INDEX, title: "validatorApp" };
}
