/** Where well-formed UTF-8 ends in a byte sequence. */
export interface Utf8Scan {
  /** The offset of the first byte not validated: the end, an invalid byte, or the start of a cut-off sequence. */
  readonly end: number;
  /** Whether the byte at `end` is invalid; false when the bytes end in the middle of a sequence that may go on. */
  readonly invalid: boolean;
}

/**
 * Scans bytes for well-formed UTF-8 (Unicode table 3-7): no overlong forms, no surrogates, nothing above U+10FFFF.
 * Unlike a fatal TextDecoder, it says where the first invalid byte is, so that a reader can locate it.
 */
export function scanUtf8(bytes: Uint8Array, start = 0): Utf8Scan {
  const length = bytes.length;
  let i = start;
  while (i < length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead === 0xe0) {
      need = 2;
      low = 0xa0;
    } else if ((lead >= 0xe1 && lead <= 0xec) || lead === 0xee || lead === 0xef) need = 2;
    else if (lead === 0xed) {
      need = 2;
      high = 0x9f;
    } else if (lead === 0xf0) {
      need = 3;
      low = 0x90;
    } else if (lead >= 0xf1 && lead <= 0xf3) need = 3;
    else if (lead === 0xf4) {
      need = 3;
      high = 0x8f;
    } else return { end: i, invalid: true };
    for (let j = 1; j <= need; j++) {
      if (i + j >= length) return { end: i, invalid: false };
      const next = bytes[i + j] as number;
      const ok = j === 1 ? next >= low && next <= high : next >= 0x80 && next <= 0xbf;
      if (!ok) return { end: i, invalid: true };
    }
    i += need + 1;
  }
  return { end: length, invalid: false };
}
