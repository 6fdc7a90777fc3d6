import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";

/** Debian's chromium; Playwright's own browser download does not work on these machines. */
const EXECUTABLE = process.env.MRA_CHROMIUM ?? "/usr/bin/chromium";

// without the background-networking flags Chromium keeps dialling out and the closed network refuses it
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), "../../..");

/**
 * Whether the browser tests run: they need Chromium. CI installs it and sets MRA_REQUIRE_BROWSER=1, so there a
 * missing browser fails the run instead of skipping it.
 */
export const browserTest = {
  available: existsSync(EXECUTABLE),
  required: process.env.MRA_REQUIRE_BROWSER === "1",
  get run(): boolean {
    return this.available || this.required;
  },
  skipNote: `Chromium not found at ${EXECUTABLE}: browser tests skipped (apt-get install chromium; MRA_REQUIRE_BROWSER=1 makes this an error)`,
};

/** Starts headless Chromium with a fresh profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: EXECUTABLE, headless: true, args: ARGS });
}

/** Where a test keeps a screenshot or another artefact: artifacts/<name> at the repository root (ignored by git). */
export function artifactPath(name: string): string {
  const path = join(repositoryRoot, "artifacts", name);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}
