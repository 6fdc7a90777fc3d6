import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type CodeBlock, codeBlocksOf } from "./code-blocks.ts";
import { docsDir, repoRoot } from "./paths.ts";

// generated output and the stale API reference of an older build are not sources
const NOT_SOURCES = new Set(["_site", "api"]);

function markdownUnder(dir: string, prefix: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      return NOT_SOURCES.has(entry.name) ? [] : markdownUnder(join(dir, entry.name), `${prefix}/${entry.name}`);
    }
    return entry.name.endsWith(".md") ? [`${prefix}/${entry.name}`] : [];
  });
}

/** Every Markdown file whose code blocks the tests run: docs/**\/*.md and the README, as repository paths. */
export function documentedFiles(): string[] {
  return ["README.md", ...markdownUnder(docsDir, "docs")].sort();
}

/** The absolute path of a repository path. */
export const inRepo = (path: string) => join(repoRoot, path);

/** A code block and the repository path of the file it is in. */
export interface DocumentedBlock {
  readonly path: string;
  readonly block: CodeBlock;
  /** "docs/en/for-partners.md:42", for test names and messages. */
  readonly where: string;
}

/** Every code block of the documented files, optionally of one language only. */
export function documentedBlocks(lang?: string): DocumentedBlock[] {
  return documentedFiles().flatMap((path) =>
    codeBlocksOf(readFileSync(inRepo(path), "utf8"))
      .filter((block) => lang === undefined || block.lang === lang)
      .map((block) => ({ path, block, where: `${path}:${block.line}` })),
  );
}
