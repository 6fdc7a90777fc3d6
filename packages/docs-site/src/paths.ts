import { join, resolve } from "node:path";

/** The repository root, from this file's place in packages/docs-site/src. */
export const repoRoot = resolve(import.meta.dirname, "../../..");

/** The hand-written docs: en/, nl/, design/, examples/ and README.md. */
export const docsDir = join(repoRoot, "docs");

/** Where `pnpm run docs` writes the site. */
export const siteDir = join(docsDir, "_site");

/** The input files that trigger each finding code, with their options. */
export const codeExamplesDir = join(docsDir, "examples", "codes");

/** The files the commands in the guides work on; a test copies them next to each run. */
export const commandFilesDir = join(docsDir, "examples");
