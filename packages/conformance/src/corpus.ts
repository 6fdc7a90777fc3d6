import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { EntityName } from "@mra-circulair/schema";
import { entityFiles } from "./bundle.ts";
import { hasPointer, splitPointer } from "./json-pointer.ts";

/** The folder of the shared corpus, schemas/conformance/. */
export const corpusDir = fileURLToPath(new URL("../../../schemas/conformance/", import.meta.url));

export type Expectation = "valid" | "invalid";

/** One corpus file as text. */
export interface CorpusFile {
  readonly expectation: Expectation;
  /** The path below schemas/conformance/, such as valid/organisation-amsterdam.json. */
  readonly name: string;
  readonly text: string;
}

/** One corpus document, read with JSON.parse so that "__proto__" and "constructor" are own keys. */
export interface CorpusDocument {
  readonly expectation: Expectation;
  readonly name: string;
  readonly entity: EntityName;
  readonly description: string;
  /** For an invalid document: where it fails, and why. */
  readonly pointer?: string;
  readonly reason?: string;
  readonly document: unknown;
}

/** Every .json file of valid/ and invalid/, sorted by name. */
export function readCorpusFiles(): CorpusFile[] {
  return (["valid", "invalid"] as const).flatMap((expectation) =>
    readdirSync(`${corpusDir}${expectation}`)
      .filter((file) => file.endsWith(".json"))
      .sort()
      .map((file) => ({
        expectation,
        name: `${expectation}/${file}`,
        text: readFileSync(`${corpusDir}${expectation}/${file}`, "utf8"),
      })),
  );
}

const keysOf: Record<Expectation, readonly string[]> = {
  valid: ["description", "document", "entity"],
  invalid: ["description", "document", "entity", "pointer", "reason"],
};

/** Parses a corpus file and checks its form; returns the document or the problems found. */
export function parseCorpusFile(file: CorpusFile): { document?: CorpusDocument; problems: string[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(file.text);
  } catch (cause) {
    return { problems: [`does not parse: ${(cause as Error).message}`] };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { problems: ["is not an object"] };
  const record = parsed as Record<string, unknown>;
  const problems: string[] = [];
  const keys = Object.keys(record).sort();
  if (keys.join() !== keysOf[file.expectation].join()) {
    problems.push(`has keys ${keys.join(", ")}; expected ${keysOf[file.expectation].join(", ")}`);
  }
  const { entity, description, pointer, reason, document } = record;
  if (typeof entity !== "string" || !Object.hasOwn(entityFiles, entity)) {
    problems.push(`entity ${JSON.stringify(entity)} is not an entity`);
  }
  if (typeof description !== "string" || description === "") problems.push("description is not a text");
  if (file.expectation === "invalid") {
    if (typeof reason !== "string" || reason === "") problems.push("reason is not a text");
    if (typeof pointer !== "string" || (pointer !== "" && !pointer.startsWith("/"))) {
      problems.push(`pointer ${JSON.stringify(pointer)} is not a JSON Pointer`);
    } else {
      // the pointer names a value of the document, or a missing property of an object that exists
      const split = splitPointer(pointer);
      if (split !== undefined && !hasPointer(document, split.parent)) {
        problems.push(`pointer ${pointer} does not lead into the document`);
      }
    }
  }
  if (problems.length > 0) return { problems };
  return {
    problems,
    document: {
      expectation: file.expectation,
      name: file.name,
      entity: entity as EntityName,
      description: description as string,
      ...(typeof pointer === "string" ? { pointer } : {}),
      ...(typeof reason === "string" ? { reason } : {}),
      document,
    },
  };
}
