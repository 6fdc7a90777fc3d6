/** A dropped file as the page sees it: a browser File, or Node's in the tests. */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
  stream(): ReadableStream<Uint8Array>;
  slice(start?: number, end?: number): Blob;
}

// a file's chunks can come faster than the worker hears the page; a task now and then lets a cancel through
const YIELD_EVERY_MS = 50;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The file's bytes as the browser reads them, chunk by chunk through a reader (not every browser iterates a
 * ReadableStream); `onBytes` hears how many have been read, and the signal stops the reading.
 */
export async function* fileBytes(
  file: DroppedFile,
  onBytes?: (read: number) => void,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  let read = 0;
  let yielded = performance.now();
  try {
    for (;;) {
      if (performance.now() - yielded > YIELD_EVERY_MS) {
        await nextTask();
        yielded = performance.now();
      }
      signal?.throwIfAborted();
      const next = await reader.read();
      if (next.done) return;
      read += next.value.length;
      onBytes?.(read);
      yield next.value;
    }
  } finally {
    await reader.cancel();
  }
}
