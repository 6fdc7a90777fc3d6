import type { ValidationSession } from "@mra-circulair/engine";
import { fileProgress, type ProgressOptions } from "../progress/progress.ts";
import type { CsvReadOptions } from "./csv-options.ts";
import type { InputFile } from "./inputs.ts";
import { fileBytes } from "./read-file.ts";

/** Validates one file in a session, streamed from disk, with a progress bar when it takes a while; `onRecord` sees each record. */
export async function validateInput(
  session: ValidationSession,
  input: InputFile,
  progress: ProgressOptions,
  tabular: CsvReadOptions = {},
  onRecord?: (entity: string, value: unknown) => void,
): Promise<void> {
  const tracker = fileProgress(progress, input.path, input.size);
  try {
    await session.validate({
      bytes: fileBytes(input.path, (read) => tracker.bytes(read)),
      file: input.path,
      format: input.format,
      ...(input.entity === undefined ? {} : { entity: input.entity.entity }),
      onProgress: (records) => tracker.records(records),
      tabular,
      ...(onRecord === undefined ? {} : { onRecord }),
    });
  } finally {
    // cleared before anything else is printed
    tracker.stop();
  }
}
