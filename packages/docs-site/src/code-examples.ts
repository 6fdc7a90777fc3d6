import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createValidationSession, type FileInput, type ValidationSessionOptions } from "@mra-circulair/engine";
import type { Bilingual, ReportResult } from "@mra-circulair/report";
import { codeExamplesDir } from "./paths.ts";

/** The options of an example beside its file (`<code>.options.json`), as the engine takes them. */
export interface ExampleOptions {
  readonly entity?: string;
  readonly tabular?: FileInput["tabular"];
  readonly session?: Pick<ValidationSessionOptions, "maxDepth" | "maxRecordBytes" | "maxDocumentBytes">;
}

/** An input file that triggers one finding code. */
export interface CodeExample {
  readonly code: string;
  /** The file name, such as "csv-decimal.csv"; the site serves it under examples/codes/. */
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly options: ExampleOptions;
}

const OPTION_KEYS = new Set(["entity", "tabular", "session"]);
const OPTIONS_SUFFIX = ".options.json";

function readOptions(path: string): ExampleOptions {
  const options: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new Error(`${path}: the options are not an object`);
  }
  // a misspelt option would be dropped silently and the example would prove something else
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) throw new Error(`${path}: unknown option ${key}`);
  }
  return options as ExampleOptions;
}

/** Every example in `dir` by code: `<code>.<ext>` with, where needed, `<code>.options.json`. */
export function loadCodeExamples(dir = codeExamplesDir): ReadonlyMap<string, CodeExample> {
  const names = readdirSync(dir).sort();
  const examples = new Map<string, CodeExample>();
  for (const file of names) {
    if (file.endsWith(OPTIONS_SUFFIX)) continue;
    const code = file.slice(0, file.lastIndexOf("."));
    if (examples.has(code)) throw new Error(`${dir}: two examples for ${code}`);
    const optionsFile = `${code}${OPTIONS_SUFFIX}`;
    const options = names.includes(optionsFile) ? readOptions(join(dir, optionsFile)) : {};
    examples.set(code, { code, file, bytes: new Uint8Array(readFileSync(join(dir, file))), options });
  }
  for (const file of names.filter((name) => name.endsWith(OPTIONS_SUFFIX))) {
    if (!examples.has(file.slice(0, -OPTIONS_SUFFIX.length))) throw new Error(`${dir}: ${file} has no example`);
  }
  return examples;
}

/** Validates an example the way the CLI would: one session, the rules and the reference data on. */
export async function runCodeExample(example: CodeExample): Promise<ReportResult> {
  const { entity, tabular, session: limits } = example.options;
  const session = createValidationSession({ ...limits });
  await session.validate({
    bytes: [example.bytes],
    file: example.file,
    ...(entity === undefined ? {} : { entity }),
    ...(tabular === undefined ? {} : { tabular }),
  });
  return session.finish();
}

/**
 * Codes no input file can trigger with the schemas of this version, and why. A test checks each reason still
 * holds where it can, so an entry goes once an example becomes possible.
 */
export const untriggerable: Readonly<Record<string, Bilingual>> = {
  "validation-exception": {
    en: "No input file triggers it: the schemas are not recursive and the readers refuse records nested deeper than the limit, so the validator never overflows its stack on a record. It guards against a bug.",
    nl: "Geen invoerbestand roept deze code op: de schema's zijn niet recursief en de lezers weigeren records die dieper genest zijn dan de grens, dus de validator loopt op geen enkel record vast. De code vangt een fout in de software op.",
  },
  "deprecated-code": {
    en: "No input file triggers it yet: no code in the codelists of version 1.0 is deprecated.",
    nl: "Nog geen invoerbestand roept deze code op: geen enkele code in de codelijsten van versie 1.0 is verouderd.",
  },
  "deprecated-field": {
    en: "No input file triggers it yet: no property in the schemas of version 1.0 is deprecated.",
    nl: "Nog geen invoerbestand roept deze code op: geen enkele eigenschap in de schema's van versie 1.0 is verouderd.",
  },
};
