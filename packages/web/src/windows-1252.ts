/**
 * What the validator page bundles in place of iconv-lite, which needs Node's Buffer: io decodes only Windows-1252
 * with it, through `getDecoder`. The bytes 0x80-0x9F per the Encoding Standard; the five it leaves undefined
 * become U+FFFD as iconv-lite makes them, so io still reports them.
 */
const HIGH_CONTROLS = "€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ";

const CODE_UNITS = Uint16Array.from({ length: 256 }, (_, byte) =>
  byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROLS.charCodeAt(byte - 0x80) : byte,
);

/** A stateless decoder: every byte is one character. */
export interface SingleByteDecoder {
  write(bytes: Uint8Array): string;
  end(): undefined;
}

// String.fromCharCode takes its units as arguments, and engines limit how many a call may have
const UNITS_PER_CALL = 8192;

function decode(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += UNITS_PER_CALL) {
    const slice = bytes.subarray(start, start + UNITS_PER_CALL);
    parts.push(String.fromCharCode(...Array.from(slice, (byte) => CODE_UNITS[byte] as number)));
  }
  return parts.join("");
}

function getDecoder(encoding: string): SingleByteDecoder {
  if (encoding.toLowerCase() !== "windows-1252") {
    throw new RangeError(`the page decodes only windows-1252, not ${encoding}`);
  }
  return { write: decode, end: () => undefined };
}

export default { getDecoder };
