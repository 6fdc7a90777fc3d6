/** What the readers use of a TextDecoder. */
export interface Utf8Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

/**
 * A strict UTF-8 decoder: invalid bytes throw instead of becoming U+FFFD, and a byte order mark is kept as
 * U+FEFF so that the caller decides where one is allowed.
 */
export function createUtf8Decoder(): Utf8Decoder {
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
}

const isContinuation = (byte: number | undefined) => byte !== undefined && (byte & 0xc0) === 0x80;

/**
 * The length of the UTF-8 sequence starting at `at` when it is complete and well-formed (no overlong form, no
 * surrogate, nothing past U+10FFFF, as the WHATWG decoder requires), or 0 when it is not.
 */
function sequenceLength(bytes: Uint8Array, at: number, end: number): number {
  const lead = bytes[at] ?? 0;
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f;
  } else return 0;
  if (at + length > end) return 0;
  const second = bytes[at + 1] ?? 0;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) if (!isContinuation(bytes[at + k])) return 0;
  return length;
}

/** The offset of the first byte in `bytes[start, end)` that does not start a well-formed UTF-8 sequence, or -1. */
export function findUtf8Error(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let i = start;
  while (i < end) {
    if ((bytes[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i, end);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/**
 * How many bytes at the end of `bytes` begin a sequence that the next chunk may complete (0 to 3), as a
 * streaming decoder holds them back.
 */
export function incompleteTailLength(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if (isContinuation(byte)) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

/** Up to `count` bytes from `at` in hex, as "C3 28", to show which bytes are wrong. */
export function hexBytes(bytes: Uint8Array, at: number, count = 4, end = bytes.length): string {
  const shown: string[] = [];
  for (let i = at; i < Math.min(end, at + count); i++) {
    shown.push((bytes[i] ?? 0).toString(16).toUpperCase().padStart(2, "0"));
  }
  return shown.join(" ");
}
