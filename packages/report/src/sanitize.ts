/** The longest text from a file that a report echoes in one place, such as an arg or an excerpt (G21). */
export const ECHO_MAX = 200;

const ESC = 0x1b;
const BEL = 0x07;
// C1 controls that open a sequence as ESC [ and ESC ] do: CSI, and the string commands DCS, SOS, OSC, PM, APC
const C1_CSI = 0x9b;
const C1_STRING = new Set([0x90, 0x98, 0x9d, 0x9e, 0x9f]);
const C1_ST = 0x9c;

/** Whether a code point is a control, a bidi or invisible formatting mark, or a noncharacter that XML forbids. */
function isUnsafe(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0x061c ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2069) ||
    cp === 0xfeff ||
    cp === 0xfffe ||
    cp === 0xffff
  );
}

const inRange = (text: string, at: number, low: number, high: number) => {
  const unit = text.charCodeAt(at);
  return unit >= low && unit <= high;
};

/** The index after a CSI sequence's parameters, intermediates and final byte (ECMA-48), starting after "ESC [". */
function skipCsi(text: string, at: number): number {
  let i = at;
  while (i < text.length && inRange(text, i, 0x30, 0x3f)) i++;
  while (i < text.length && inRange(text, i, 0x20, 0x2f)) i++;
  return i < text.length && inRange(text, i, 0x40, 0x7e) ? i + 1 : i;
}

/** The index after a control string (OSC, DCS, …) ended by BEL or ST; an unended one swallows the rest. */
function skipControlString(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === BEL || unit === C1_ST) return i + 1;
    if (unit === ESC) return text.charCodeAt(i + 1) === 0x5c ? i + 2 : i;
  }
  return text.length;
}

/** The index after an escape sequence that starts at `at` (on ESC, CSI or a C1 string opener). */
function skipEscape(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  if (unit === C1_CSI) return skipCsi(text, at + 1);
  if (C1_STRING.has(unit)) return skipControlString(text, at + 1);
  const next = text.charCodeAt(at + 1);
  if (next === 0x5b) return skipCsi(text, at + 2);
  // ESC P, X, ], ^, _ open control strings
  if (next === 0x50 || next === 0x58 || next === 0x5d || next === 0x5e || next === 0x5f) {
    return skipControlString(text, at + 2);
  }
  let i = at + 1;
  while (i < text.length && inRange(text, i, 0x20, 0x2f)) i++;
  return i < text.length && inRange(text, i, 0x30, 0x7e) ? i + 1 : i;
}

/**
 * Makes text from a file safe to print on one line of a terminal, a CI log or an XML report: ANSI escape
 * sequences are removed whole, control characters (C0, C1, DEL), bidi overrides and invisible marks are
 * dropped, and lone surrogates become U+FFFD. At most `max` characters (code points) are kept, the last
 * being "…" when the text was cut.
 */
export function sanitize(text: string, max = Number.POSITIVE_INFINITY): string {
  const cut = (kept: string) => `${Array.from(kept).slice(0, -1).join("")}…`;
  let result = "";
  let count = 0;
  // safe characters are copied in runs, as slices, rather than one by one
  let run = 0;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const sequence = cp === ESC || cp === C1_CSI || C1_STRING.has(cp);
    const lone = cp >= 0xd800 && cp <= 0xdfff;
    if (sequence || lone || isUnsafe(cp)) {
      result += text.slice(run, i);
      i = sequence ? skipEscape(text, i) : i + 1;
      run = i;
      if (!lone) continue;
      if (count === max) return cut(result);
      result += "\ufffd";
      count++;
      continue;
    }
    if (count === max) return cut(result + text.slice(run, i));
    count++;
    i += cp > 0xffff ? 2 : 1;
  }
  return result + text.slice(run);
}
