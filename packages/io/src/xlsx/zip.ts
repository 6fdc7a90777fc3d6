/** One entry of a zip archive, from its central directory. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** Why a byte array is not a zip archive this reader accepts. */
export class ZipFormatError extends Error {
  override readonly name = "ZipFormatError";
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** Whether the archive needs ZIP64, which no workbook within the limits needs. */
export class Zip64Error extends ZipFormatError {}

/**
 * Reads the central directory of a zip archive, without inflating anything: the names and sizes its entries
 * declare. Throws ZipFormatError for bytes that are no zip archive.
 */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let offset = bytes.length - EOCD_SIZE; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) {
      eocd = offset;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("no zip central directory");
  const total = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const start = view.getUint32(eocd + 16, true);
  if (total === 0xffff || size === 0xffffffff || start === 0xffffffff) throw new Zip64Error("ZIP64 archive");
  if (start + size > eocd) throw new ZipFormatError("central directory outside the file");
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  let offset = start;
  for (let i = 0; i < total; i++) {
    if (offset + 46 > eocd || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      throw new ZipFormatError("broken central directory");
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const uncompressedSize = view.getUint32(offset + 24, true);
    const localHeaderOffset = view.getUint32(offset + 42, true);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      throw new Zip64Error("ZIP64 entry");
    }
    entries.push({
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      flags: view.getUint16(offset + 8, true),
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry, found through its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
    throw new ZipFormatError(`no local header for ${entry.name}`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError(`${entry.name} runs past the end of the file`);
  return bytes.subarray(start, end);
}

/**
 * Inflates an entry in chunks (with the web-standard DecompressionStream), giving each chunk to `onChunk`, and
 * stops as soon as the output grows beyond `limit` bytes: returns false then, without inflating the rest.
 */
export async function inflateEntry(
  data: Uint8Array,
  method: number,
  limit: number,
  onChunk: (chunk: Uint8Array) => void,
): Promise<boolean> {
  if (method === 0) {
    if (data.length > limit) return false;
    onChunk(data);
    return true;
  }
  if (method !== 8) throw new ZipFormatError(`compression method ${method} is not supported`);
  // a copy: Blob takes only ArrayBuffer-backed views in the DOM typings, and data may sit on a SharedArrayBuffer
  const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return true;
      total += value.length;
      if (total > limit) {
        await reader.cancel();
        return false;
      }
      onChunk(value);
    }
  } catch (error) {
    throw new ZipFormatError(`${error instanceof Error ? error.message : String(error)}`);
  } finally {
    reader.releaseLock();
  }
}
