/** How an example file shows on a page: its text, or a note for a binary file such as a workbook. */
export type ExampleText =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "binary"; readonly bytes: number };

const MAX_CHARS = 4000;
const utf8 = new TextDecoder("utf-8", { fatal: true });

const hex = (byte: number) => `\\x${byte.toString(16).toUpperCase().padStart(2, "0")}`;

/**
 * The text of an example with what cannot be seen made visible: a control character or a byte that is not UTF-8
 * shows as \xNN, because those bytes are the point of examples such as not-utf8 and csv-nul-byte.
 */
export function exampleText(file: string, bytes: Uint8Array): ExampleText {
  if (file.endsWith(".xlsx")) return { kind: "binary", bytes: bytes.length };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    // not UTF-8 (on purpose): printable ASCII as it is, every other byte as \xNN
    text = Array.from(bytes, (byte) =>
      byte === 0x0a || (byte >= 0x20 && byte < 0x7f) ? String.fromCharCode(byte) : hex(byte),
    ).join("");
  }
  const visible = text
    .replace(/\r\n/g, "\n")
    .replace(/\r/g, "\\r\n")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is shown
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (char) => hex(char.charCodeAt(0)));
  return { kind: "text", text: visible.length > MAX_CHARS ? `${visible.slice(0, MAX_CHARS)}…` : visible };
}
