import { readFile } from "node:fs/promises";
import { CliError } from "../errors.ts";
import { findJsonSyntaxError } from "./json-syntax.ts";

function readError(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return new CliError("E_READ", "read.missing", { file });
  if (code === "EISDIR") return new CliError("E_READ", "read.directory", { file });
  if (code === "EACCES" || code === "EPERM") return new CliError("E_READ", "read.denied", { file });
  return new CliError("E_READ", "read.failed", { file, reason: code ?? String(error) });
}

/** Parses a JSON text; a syntax error becomes an E_JSON_SYNTAX error naming the file, line and column. */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // JSON.parse and the locator follow one grammar; the fallbacks only guard against a disagreement
    const found = findJsonSyntaxError(text);
    const at = { file, line: found?.line ?? 1, column: found?.column ?? 1 };
    const reason = found?.reason ?? "unexpectedEnd";
    if (reason === "unexpectedCharacter") {
      const character = JSON.stringify(found?.character ?? "");
      throw new CliError("E_JSON_SYNTAX", "json.unexpectedCharacter", { ...at, character });
    }
    throw new CliError("E_JSON_SYNTAX", `json.${reason}`, at);
  }
}

/** Reads a JSON file; a leading UTF-8 byte order mark is dropped, as editors on Windows often write one. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw readError(file, error);
  }
  return parseJson(file, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}
