import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Sources } from "./generate.ts";
import type { SourceFile } from "./read-model.ts";

/** The repository root, which holds schemas/ and packages/. */
export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Reads and parses schemas/*.schema.json and schemas/codelists/*.json under the repository root. */
export async function readSources(root: string): Promise<Sources> {
  return {
    schemas: await readJsonFiles(join(root, "schemas"), ".schema.json"),
    codelists: await readJsonFiles(join(root, "schemas", "codelists"), ".json"),
  };
}

async function readJsonFiles(dir: string, suffix: string): Promise<SourceFile[]> {
  const names = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith(suffix)).sort();
  return Promise.all(
    names.map(async (file) => {
      const text = await readFile(join(dir, file), "utf8");
      try {
        return { file, json: JSON.parse(text) as unknown };
      } catch (error) {
        throw new Error(`${join(dir, file)}: not valid JSON: ${(error as Error).message}`);
      }
    }),
  );
}
