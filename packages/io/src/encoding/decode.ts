import iconv from "iconv-lite";
import { scanUtf8 } from "./utf8.ts";

/** The encodings a CSV file may be declared in. */
export type DeclaredEncoding = "utf-8" | "windows-1252";

/** The encodings a file can be read in: the declared ones, and UTF-16 when a BOM says so. */
export type TextEncoding = DeclaredEncoding | "utf-16le" | "utf-16be";

/** What the decoder yields: text, once the encoding it chose when that is not the declared or default one, and at most one invalid byte, after which it stops. */
export type DecodeEvent =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "detected"; readonly encoding: TextEncoding }
  | { readonly kind: "invalid"; readonly encoding: TextEncoding; readonly byte: number };

export interface DecodeOptions {
  /** The declared encoding; without one, UTF-8 unless a BOM or the start of the file says otherwise. */
  readonly encoding?: DeclaredEncoding;
  /** How many bytes of the start are sniffed for UTF-8 when no encoding is declared (64 KiB by default). */
  readonly sniffBytes?: number;
}

const SNIFF_BYTES = 64 * 1024;

/** Bytes to read: a whole Uint8Array, or the chunks of a stream (a Node stream, `file.stream()`, any iterable). */
export type BytesInput = Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** Chunks of a byte input: a whole Uint8Array in 64 KiB views, or the chunks of a stream as they come. */
export async function* byteChunks(input: BytesInput): AsyncGenerator<Uint8Array> {
  if (input instanceof Uint8Array) {
    for (let offset = 0; offset < input.length; offset += SNIFF_BYTES)
      yield input.subarray(offset, offset + SNIFF_BYTES);
    return;
  }
  for await (const chunk of input) if (chunk.length > 0) yield chunk;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, i) => bytes[i] === byte);

/** One encoding's decoding state: text for each chunk, and where it breaks. */
interface ChunkDecoder {
  /** The text of the chunk up to the first invalid byte, and that byte. */
  write(chunk: Uint8Array): { text: string; invalid?: number };
  /** The end of the input: a byte left in the middle of a sequence is invalid. */
  end(): { text: string; invalid?: number };
}

function utf8Decoder(): ChunkDecoder {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let pending: Uint8Array = new Uint8Array(0);
  return {
    write(chunk) {
      const bytes = concat(pending, chunk);
      const { end, invalid } = scanUtf8(bytes);
      const text = decoder.decode(bytes.subarray(0, end));
      if (invalid) return { text, invalid: bytes[end] as number };
      pending = bytes.slice(end);
      return { text };
    },
    end() {
      return pending.length === 0 ? { text: "" } : { text: "", invalid: pending[0] as number };
    },
  };
}

function windows1252Decoder(): ChunkDecoder {
  // iconv-lite, not TextDecoder or Buffer's latin1: on Node 20.18.3+ those give U+0080 for 0x80 instead of € (G15)
  const decoder = iconv.getDecoder("windows-1252");
  return {
    write(chunk) {
      const text = decoder.write(chunk as Buffer);
      // the five bytes Windows-1252 leaves undefined come out as U+FFFD; one byte is one UTF-16 unit here
      const bad = text.indexOf("\uFFFD");
      return bad < 0 ? { text } : { text: text.slice(0, bad), invalid: chunk[bad] as number };
    },
    end() {
      return { text: decoder.end() ?? "" };
    },
  };
}

function utf16Decoder(littleEndian: boolean): ChunkDecoder {
  let pending: Uint8Array = new Uint8Array(0);
  let highSurrogate: number | undefined;
  return {
    write(chunk) {
      const bytes = concat(pending, chunk);
      const units = Math.floor(bytes.length / 2);
      let text = "";
      for (let i = 0; i < units; i++) {
        const a = bytes[2 * i] as number;
        const b = bytes[2 * i + 1] as number;
        const unit = littleEndian ? a | (b << 8) : (a << 8) | b;
        if (highSurrogate !== undefined) {
          if (unit < 0xdc00 || unit > 0xdfff) return { text, invalid: littleEndian ? a : b };
          text += String.fromCharCode(highSurrogate, unit);
          highSurrogate = undefined;
        } else if (unit >= 0xd800 && unit <= 0xdbff) highSurrogate = unit;
        else if (unit >= 0xdc00 && unit <= 0xdfff) return { text, invalid: littleEndian ? a : b };
        else text += String.fromCharCode(unit);
      }
      pending = bytes.slice(units * 2);
      return { text };
    },
    end() {
      return pending.length > 0 || highSurrogate !== undefined ? { text: "", invalid: pending[0] ?? 0 } : { text: "" };
    },
  };
}

function decoderFor(encoding: TextEncoding): ChunkDecoder {
  switch (encoding) {
    case "utf-8":
      return utf8Decoder();
    case "windows-1252":
      return windows1252Decoder();
    case "utf-16le":
      return utf16Decoder(true);
    case "utf-16be":
      return utf16Decoder(false);
  }
}

/**
 * Decodes a byte input to text in constant memory, never guessing a character: the BOM is stripped and decides the
 * encoding (UTF-8, UTF-16LE or UTF-16BE); otherwise the declared encoding, or UTF-8 when the first 64 KiB are
 * UTF-8, or else Windows-1252 (as Excel does for a file without BOM), reported with a "detected" event. At the
 * first byte that is not valid in the encoding it yields an "invalid" event and stops, so no U+FFFD or stray C1
 * control ever reaches the text.
 */
export async function* decodeText(input: BytesInput, options: DecodeOptions = {}): AsyncGenerator<DecodeEvent> {
  const sniffBytes = options.sniffBytes ?? SNIFF_BYTES;
  const chunks = byteChunks(input);
  let head: Uint8Array = new Uint8Array(0);
  let exhausted = false;
  // the start of the file, enough to see a BOM and to sniff UTF-8
  while (head.length < sniffBytes) {
    const next = await chunks.next();
    if (next.done === true) {
      exhausted = true;
      break;
    }
    head = concat(head, next.value);
  }

  let encoding: TextEncoding;
  if (startsWith(head, [0xef, 0xbb, 0xbf])) {
    encoding = "utf-8";
    head = head.subarray(3);
  } else if (startsWith(head, [0xff, 0xfe])) {
    encoding = "utf-16le";
    head = head.subarray(2);
    yield { kind: "detected", encoding };
  } else if (startsWith(head, [0xfe, 0xff])) {
    encoding = "utf-16be";
    head = head.subarray(2);
    yield { kind: "detected", encoding };
  } else if (options.encoding !== undefined) {
    encoding = options.encoding;
  } else {
    // a cut-off sequence at the end of the sniffed bytes is no evidence against UTF-8
    const scan = scanUtf8(head);
    encoding = scan.invalid ? "windows-1252" : "utf-8";
    if (encoding === "windows-1252") yield { kind: "detected", encoding };
  }

  const decoder = decoderFor(encoding);
  const emit = function* (part: { text: string; invalid?: number }): Generator<DecodeEvent, boolean> {
    if (part.text !== "") yield { kind: "text", text: part.text };
    if (part.invalid === undefined) return true;
    yield { kind: "invalid", encoding, byte: part.invalid };
    return false;
  };
  if (!(yield* emit(decoder.write(head)))) return;
  if (!exhausted) {
    for (;;) {
      const next = await chunks.next();
      if (next.done === true) break;
      if (!(yield* emit(decoder.write(next.value)))) {
        await chunks.return(undefined);
        return;
      }
    }
  }
  yield* emit(decoder.end());
}
