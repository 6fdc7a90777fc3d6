import { createValidationSession, formatOf, type InputFormat } from "@mra-circulair/engine";
import { entityOfFileName } from "@mra-circulair/io";
import type { ReportResult } from "@mra-circulair/report";
import { type EntitySource, entityOfHeadings } from "./detect-entity.ts";
import { type DroppedFile, fileBytes } from "./file-bytes.ts";

/** How far the reading has come. */
export interface Progress {
  readonly bytes: number;
  readonly total: number;
  readonly records: number;
}

export interface ValidateOptions {
  /** The entity the person chose for a CSV file or a single-record JSON document. */
  readonly entity?: string;
  readonly onProgress?: (progress: Progress) => void;
  readonly signal?: AbortSignal;
}

/** What became of a file. */
export type Outcome =
  | { readonly kind: "unknown-format" }
  | { readonly kind: "needs-entity" }
  | { readonly kind: "cancelled" }
  | { readonly kind: "failed"; readonly reason: string }
  | {
      readonly kind: "report";
      readonly format: InputFormat;
      readonly entity?: string;
      readonly entitySource?: EntitySource;
      readonly result: ReportResult;
    };

// enough of a CSV file for its heading row
const HEAD_BYTES = 64 * 1024;

async function entityOf(
  file: DroppedFile,
  format: InputFormat,
  chosen: string | undefined,
): Promise<{ entity?: string; entitySource?: EntitySource }> {
  if (chosen !== undefined) return { entity: chosen, entitySource: "choice" };
  if (format !== "csv") return {};
  const named = entityOfFileName(file.name)?.entity;
  if (named !== undefined) return { entity: named, entitySource: "name" };
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const headed = await entityOfHeadings(head, file.name);
  return headed === undefined ? {} : { entity: headed, entitySource: "headings" };
}

/**
 * Validates a dropped file with the engine the CLI uses, streamed from the browser's file in constant memory: the
 * format from the extension, the entity of a CSV file from the choice, the name or the headings. Never throws.
 */
export async function validateFile(file: DroppedFile, options: ValidateOptions = {}): Promise<Outcome> {
  const { signal, onProgress } = options;
  const format = formatOf(file.name);
  if (format === undefined) return { kind: "unknown-format" };
  let bytes = 0;
  let records = 0;
  const report = () => onProgress?.({ bytes, total: file.size, records });
  try {
    const found = await entityOf(file, format, options.entity);
    if (format === "csv" && found.entity === undefined) return { kind: "needs-entity" };
    const session = createValidationSession();
    await session.validate({
      bytes: fileBytes(
        file,
        (read) => {
          bytes = read;
          report();
        },
        signal,
      ),
      file: file.name,
      format,
      ...(found.entity === undefined ? {} : { entity: found.entity }),
      onProgress: (read) => {
        records = read;
        report();
      },
    });
    return { kind: "report", format, ...found, result: session.finish() };
  } catch (error) {
    if (signal?.aborted) return { kind: "cancelled" };
    return { kind: "failed", reason: error instanceof Error ? error.message : String(error) };
  }
}
