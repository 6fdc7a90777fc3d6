/** What is wrong at the first offending place of a JSON text. */
export type JsonSyntaxReason =
  | "unexpectedEnd"
  | "unexpectedCharacter"
  | "controlCharacter"
  | "badEscape"
  | "badNumber"
  | "trailing";

/** The first syntax error of a JSON text, with a 1-based line and column (in characters). */
export interface JsonSyntaxError {
  reason: JsonSyntaxReason;
  offset: number;
  line: number;
  column: number;
  /** The offending character, when there is one. */
  character?: string;
}

type Expect = "value" | "firstValue" | "key" | "firstKey" | "colon" | "after";

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const LITERALS = ["true", "false", "null"];
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);

function locate(text: string, offset: number, reason: JsonSyntaxReason): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) {
    line++;
    lineStart = at + 1;
  }
  const column = Array.from(text.slice(lineStart, offset)).length + 1;
  const character = offset < text.length ? String.fromCodePoint(text.codePointAt(offset) ?? 0) : undefined;
  return { reason, offset, line, column, ...(character === undefined ? {} : { character }) };
}

/**
 * Finds the first syntax error in a JSON text, or undefined when it is valid JSON. Used only after JSON.parse
 * failed, because the engine's messages differ between Node versions and some omit the position. Iterative,
 * so deeply nested input cannot overflow the stack.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: ("object" | "array")[] = [];
  let i = 0;
  let expect: Expect = "value";
  // an error at `at`, or the end of the text when `at` is past it
  const fail = (at: number, reason: JsonSyntaxReason) => locate(text, at, at >= text.length ? "unexpectedEnd" : reason);

  const scanString = (): JsonSyntaxError | undefined => {
    i++;
    while (i < text.length) {
      const c = text[i] ?? "";
      if (c === '"') {
        i++;
        return undefined;
      }
      if (c < " ") return fail(i, "controlCharacter");
      if (c === "\\") {
        const next = text[i + 1];
        if (next === "u") {
          for (let k = 2; k < 6; k++) if (!isHex(text[i + k])) return fail(i + k, "badEscape");
          i += 6;
        } else if (next !== undefined && ESCAPES.has(next)) i += 2;
        else return fail(i + 1, "badEscape");
      } else i++;
    }
    return fail(i, "unexpectedEnd");
  };

  const scanNumber = (): JsonSyntaxError | undefined => {
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else if (isDigit(text[i])) while (isDigit(text[i])) i++;
    else return fail(i, "badNumber");
    if (text[i] === ".") {
      i++;
      if (!isDigit(text[i])) return fail(i, "badNumber");
      while (isDigit(text[i])) i++;
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (!isDigit(text[i])) return fail(i, "badNumber");
      while (isDigit(text[i])) i++;
    }
    return undefined;
  };

  const scanLiteral = (): JsonSyntaxError | undefined => {
    const literal = LITERALS.find((l) => l[0] === text[i]);
    if (!literal) return fail(i, "unexpectedCharacter");
    for (let k = 0; k < literal.length; k++) if (text[i + k] !== literal[k]) return fail(i + k, "unexpectedCharacter");
    i += literal.length;
    return undefined;
  };

  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] ?? "")) i++;
    if (i >= text.length) return stack.length === 0 && expect === "after" ? undefined : fail(i, "unexpectedEnd");
    const c = text[i];
    let problem: JsonSyntaxError | undefined;
    switch (expect) {
      case "firstValue":
      case "value":
        if (expect === "firstValue" && c === "]") {
          stack.pop();
          i++;
        } else if (c === "{" || c === "[") {
          stack.push(c === "{" ? "object" : "array");
          i++;
          expect = c === "{" ? "firstKey" : "firstValue";
          continue;
        } else if (c === '"') problem = scanString();
        else if (c === "-" || isDigit(c)) problem = scanNumber();
        else problem = scanLiteral();
        expect = "after";
        break;
      case "firstKey":
      case "key":
        if (expect === "firstKey" && c === "}") {
          stack.pop();
          i++;
          expect = "after";
        } else if (c === '"') {
          problem = scanString();
          expect = "colon";
        } else return fail(i, "unexpectedCharacter");
        break;
      case "colon":
        if (c !== ":") return fail(i, "unexpectedCharacter");
        i++;
        expect = "value";
        break;
      case "after": {
        const top = stack.at(-1);
        if (top === undefined) return fail(i, "trailing");
        if (c === ",") {
          i++;
          expect = top === "object" ? "key" : "value";
        } else if ((c === "}" && top === "object") || (c === "]" && top === "array")) {
          stack.pop();
          i++;
        } else return fail(i, "unexpectedCharacter");
        break;
      }
    }
    if (problem) return problem;
  }
}
