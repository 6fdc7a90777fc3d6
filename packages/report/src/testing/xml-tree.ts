/** An element of a parsed XML document; text children have their references resolved. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
}

const PREDEFINED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

const isNameStart = (c: string) => (c >= "A" && c <= "Z") || (c >= "a" && c <= "z") || c === "_" || c === ":";
const isNameChar = (c: string) => isNameStart(c) || (c >= "0" && c <= "9") || c === "-" || c === ".";
const isSpace = (c: string) => c === " " || c === "\t" || c === "\n" || c === "\r";
const isXmlChar = (cp: number) =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  cp >= 0x10000;

/**
 * A small XML 1.0 parser for the subset the writers produce (declaration, elements, attributes, text and
 * references; no DTD, comments or CDATA), throwing at the first well-formedness error. Written for the tests
 * so that the JUnit output is checked by structure rather than by pattern.
 */
export function parseXml(text: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${i}: ${JSON.stringify(text.slice(i, i + 20))}`);
  };
  const expect = (literal: string) => {
    if (!text.startsWith(literal, i)) fail(`expected ${literal}`);
    i += literal.length;
  };
  const skipSpace = () => {
    while (i < text.length && isSpace(text.charAt(i))) i++;
  };
  const name = () => {
    const start = i;
    if (!isNameStart(text.charAt(i))) fail("expected a name");
    while (i < text.length && isNameChar(text.charAt(i))) i++;
    return text.slice(start, i);
  };
  // character data up to `end` (a "<", or the closing quote of an attribute), references resolved
  const chars = (end: string) => {
    let value = "";
    while (i < text.length && text.charAt(i) !== end) {
      const cp = text.codePointAt(i) ?? 0;
      if (!isXmlChar(cp)) fail("a character XML does not allow");
      if (cp >= 0xd800 && cp <= 0xdfff) fail("a lone surrogate");
      const c = String.fromCodePoint(cp);
      if (c === "<") fail("a < in an attribute value");
      if (c === ">" && end === "<" && text.startsWith("]]>", i - 2)) fail("]]> in text");
      if (c === "&") {
        const semicolon = text.indexOf(";", i);
        if (semicolon < 0) fail("an unterminated reference");
        const ref = text.slice(i + 1, semicolon);
        let resolved = PREDEFINED[ref];
        if (resolved === undefined && ref.startsWith("#")) {
          const hex = ref.startsWith("#x");
          const digits = ref.slice(hex ? 2 : 1);
          const valid =
            digits !== "" && [...digits].every((d) => (hex ? "0123456789abcdefABCDEF" : "0123456789").includes(d));
          const code = valid ? Number.parseInt(digits, hex ? 16 : 10) : -1;
          if (isXmlChar(code) && !(code >= 0xd800 && code <= 0xdfff)) resolved = String.fromCodePoint(code);
        }
        if (resolved === undefined) fail(`an unknown reference &${ref};`);
        value += resolved;
        i = semicolon + 1;
      } else {
        value += c;
        i += c.length;
      }
    }
    return value;
  };
  const element = (): XmlElement => {
    expect("<");
    const tag = name();
    const attributes: Record<string, string> = Object.create(null);
    for (;;) {
      const spaced = i < text.length && isSpace(text.charAt(i));
      skipSpace();
      if (text.startsWith("/>", i)) {
        i += 2;
        return { name: tag, attributes, children: [] };
      }
      if (text.charAt(i) === ">") {
        i++;
        break;
      }
      if (!spaced) fail("expected a space before an attribute");
      const attribute = name();
      if (attribute in attributes) fail(`a second attribute ${attribute}`);
      skipSpace();
      expect("=");
      skipSpace();
      const quote = text.charAt(i);
      if (quote !== '"' && quote !== "'") fail("expected a quoted value");
      i++;
      attributes[attribute] = chars(quote);
      expect(quote);
    }
    const children: (XmlElement | string)[] = [];
    for (;;) {
      if (i >= text.length) fail(`an unclosed <${tag}>`);
      if (text.startsWith("</", i)) {
        i += 2;
        if (name() !== tag) fail(`a close tag that does not match <${tag}>`);
        skipSpace();
        expect(">");
        return { name: tag, attributes, children };
      }
      if (text.charAt(i) === "<") children.push(element());
      else children.push(chars("<"));
    }
  };
  if (text.startsWith("<?xml")) {
    const end = text.indexOf("?>");
    if (end < 0) fail("an unterminated declaration");
    i = end + 2;
  }
  skipSpace();
  const root = element();
  skipSpace();
  if (i !== text.length) fail("content after the root element");
  return root;
}

/** The element children of an element named `name`. */
export const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((child): child is XmlElement => typeof child !== "string" && child.name === name);

/** The text of an element and its descendants. */
export const textOf = (element: XmlElement): string =>
  element.children.map((child) => (typeof child === "string" ? child : textOf(child))).join("");
