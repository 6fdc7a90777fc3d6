import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { repoRoot } from "./paths.ts";

/** A ```ts block to type-check, and where it was written. */
export interface Snippet {
  /** A name unique among the snippets, used as its file name: "docs-en-for-developers-md-42". */
  readonly name: string;
  readonly text: string;
}

function compilerOptions(): ts.CompilerOptions {
  const configFile = join(repoRoot, "tsconfig.json");
  const config = ts.readConfigFile(configFile, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot, undefined, configFile);
  return { ...parsed.options, noEmit: true, noUnusedLocals: false };
}

/**
 * Type-checks every snippet as its own module against the workspace packages (resolved from the docs-site package,
 * which depends on everything a reader installs), with the repository's compiler
 * options (strict, exactOptionalPropertyTypes, the source condition). Returns the errors per snippet name.
 */
export function typeCheckSnippets(snippets: readonly Snippet[], dir: string): Map<string, string[]> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = new Map<string, string>();
  for (const snippet of snippets) {
    const file = join(dir, `${snippet.name}.ts`);
    writeFileSync(file, snippet.text);
    files.set(file, snippet.name);
  }
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const program = ts.createProgram([...files.keys()], options, host);
  const errors = new Map<string, string[]>(snippets.map((snippet) => [snippet.name, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    // only the snippets are judged here; the packages have their own type check
    const name = diagnostic.file === undefined ? undefined : files.get(diagnostic.file.fileName);
    if (name === undefined) continue;
    const position =
      diagnostic.start === undefined || diagnostic.file === undefined
        ? ""
        : `${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1}: `;
    errors.get(name)?.push(`${position}${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
  }
  return errors;
}
