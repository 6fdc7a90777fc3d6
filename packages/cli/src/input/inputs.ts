import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { formatOf, type InputFormat } from "@mra-circulair/engine";
import {
  datasetKeys,
  type EntityInfo,
  entityNamed,
  entityOfFileName,
  entityOfKeys,
  isDatasetName,
  topLevelKeys,
} from "@mra-circulair/io";
import type { Context } from "../context.ts";
import { CliError } from "../errors.ts";
import { tabularNames } from "./entities.ts";
import { fileBytes, readError } from "./read-file.ts";

/** The formats the CLI reads, for --input-format. */
export const INPUT_FORMATS: readonly InputFormat[] = ["json", "ndjson", "csv", "xlsx"];

/** One file to read, checked before anything is read: it exists, its format is known, and so is its entity. */
export interface InputFile {
  /** The path as the user gave it, which the report names. */
  readonly path: string;
  readonly format: InputFormat;
  /** The size in bytes, for the progress bar. */
  readonly size: number;
  /** The entity of a single-record JSON document or a CSV file; absent for a dataset, NDJSON and XLSX. */
  readonly entity?: EntityInfo;
  /** How the entity was found: named with --entity, by the file's name, or by the document's keys. */
  readonly entityFrom?: "option" | "name" | "keys";
}

/** What --entity asked for: nothing, the whole dataset, or one entity. */
export type EntityChoice =
  | { readonly kind: "none" }
  | { readonly kind: "dataset" }
  | { readonly kind: "entity"; readonly info: EntityInfo };

/** How the inputs are to be read. */
export interface InputFlags {
  readonly entity?: string;
  readonly inputFormat?: string;
}

/** Reads --entity: PascalCase, kebab-case or the plural dataset key; "Dataset" for a whole dataset. */
export function entityChoice(name: string | undefined): EntityChoice {
  if (name === undefined) return { kind: "none" };
  if (isDatasetName(name)) return { kind: "dataset" };
  const info = entityNamed(name);
  if (info === undefined) throw new CliError("E_UNKNOWN_ENTITY", "unknown.entity", { entity: name });
  return { kind: "entity", info };
}

/** Reads --input-format. */
export function inputFormat(value: string | undefined): InputFormat | undefined {
  if (value === undefined) return undefined;
  const format = INPUT_FORMATS.find((known) => known === value.toLowerCase());
  if (format === undefined) {
    throw new CliError("E_USAGE", "usage.choice", {
      option: "--input-format",
      choices: INPUT_FORMATS.join(", "),
      value,
    });
  }
  return format;
}

/**
 * The entity of a JSON document, from its top-level keys: a dataset when it has "meta" or only keys of a dataset
 * (the reader then says what is missing), otherwise the one entity its keys fit.
 */
async function entityOfDocument(path: string): Promise<EntityInfo | undefined> {
  const top = await topLevelKeys(fileBytes(path), (key) => key === "meta");
  const keys = datasetKeys();
  if (top.kind !== "keys" || top.keys.every((key) => keys.has(key))) return undefined;
  const { entity, candidates } = entityOfKeys(top.keys);
  if (entity !== undefined) return entity;
  if (candidates.length > 1) {
    const names = candidates.map((candidate) => candidate.entity).join(", ");
    throw new CliError("E_ENTITY_REQUIRED", "entity.ambiguous", { file: path, entities: names });
  }
  throw new CliError("E_ENTITY_REQUIRED", "entity.required", { file: path });
}

async function resolveEntity(
  path: string,
  format: InputFormat,
  choice: EntityChoice,
  regular: boolean,
): Promise<Pick<InputFile, "entity" | "entityFrom">> {
  if (format === "csv") {
    if (choice.kind === "dataset" || (choice.kind === "entity" && choice.info.datasetKey === undefined)) {
      const entity = choice.kind === "entity" ? choice.info.entity : "Dataset";
      throw new CliError("E_UNKNOWN_ENTITY", "entity.notTabular", { entity, entities: tabularNames() });
    }
    if (choice.kind === "entity") return { entity: choice.info, entityFrom: "option" };
    const named = entityOfFileName(path);
    if (named === undefined) {
      throw new CliError("E_ENTITY_REQUIRED", "entity.csvRequired", { file: path, entities: tabularNames() });
    }
    return { entity: named, entityFrom: "name" };
  }
  if (format !== "json" || choice.kind === "dataset") return {};
  if (choice.kind === "entity") return { entity: choice.info, entityFrom: "option" };
  // a pipe can be read only once: its document is taken to be a dataset unless --entity says otherwise
  if (!regular) return {};
  const detected = await entityOfDocument(path);
  return detected === undefined ? {} : { entity: detected, entityFrom: "keys" };
}

async function resolveInput(path: string, format: InputFormat | undefined, choice: EntityChoice): Promise<InputFile> {
  let size: number;
  let regular: boolean;
  try {
    const stats = await stat(path);
    if (stats.isDirectory()) throw new CliError("E_READ", "read.directory", { file: path });
    await access(path, constants.R_OK);
    size = stats.size;
    regular = stats.isFile();
  } catch (error) {
    throw readError(path, error);
  }
  const resolved = format ?? formatOf(path);
  if (resolved === undefined) throw new CliError("E_FORMAT", "format.unknown", { file: path });
  const entity = await resolveEntity(path, resolved, choice, regular);
  return { path, format: resolved, size, ...entity };
}

/**
 * Checks every file before any is read, so that a run never stops halfway over a typo: each exists and can be
 * read, its format follows from its extension or --input-format, and the entity of a JSON document or a CSV file
 * is known. Returns the files, and an error for each that fails.
 */
export async function resolveInputs(
  paths: readonly string[],
  flags: InputFlags,
): Promise<{ inputs: InputFile[]; errors: CliError[] }> {
  const format = inputFormat(flags.inputFormat);
  const choice = entityChoice(flags.entity);
  const inputs: InputFile[] = [];
  const errors: CliError[] = [];
  for (const path of paths) {
    try {
      inputs.push(await resolveInput(path, format, choice));
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      errors.push(error);
    }
  }
  return { inputs, errors };
}

/** Says which entity a document was read as when its keys told, so that a wrong guess is easy to see. */
export function noteDetected(inputs: readonly InputFile[], ctx: Context): void {
  for (const input of inputs) {
    if (input.entityFrom === "keys" && input.entity !== undefined) {
      ctx.err(ctx.t("input.detected", { file: input.path, entity: input.entity.entity }));
    }
  }
}
