// a strict reader for the regular Genericode files of the eForms SDK: elements, attributes, text and comments
// only; a DOCTYPE, CDATA, processing instruction or unknown entity is refused rather than guessed at

export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly (XmlElement | string)[];
}

const NAME = /[A-Za-z_][A-Za-z0-9._:-]*/y;
const SPACE = /[ \t\r\n]*/y;
const PREDEFINED: ReadonlyMap<string, string> = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

export class XmlSyntaxError extends Error {
  override name = "XmlSyntaxError";
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

function decodeEntities(raw: string, text: string, at: number): string {
  return raw.replace(/&([^;&\s]*);?/g, (match, body: string) => {
    if (!match.endsWith(";")) throw new XmlSyntaxError(`unterminated entity reference on line ${lineOf(text, at)}`);
    const named = PREDEFINED.get(body);
    if (named !== undefined) return named;
    const numeric = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(body);
    if (numeric) {
      const codePoint = numeric[1] !== undefined ? Number.parseInt(numeric[1], 16) : Number(numeric[2]);
      if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint === 0) {
        throw new XmlSyntaxError(`invalid character reference &${body}; on line ${lineOf(text, at)}`);
      }
      return String.fromCodePoint(codePoint);
    }
    throw new XmlSyntaxError(`unknown entity &${body}; on line ${lineOf(text, at)}`);
  });
}

class Reader {
  index = 0;
  constructor(readonly text: string) {}

  fail(message: string): never {
    throw new XmlSyntaxError(`${message} on line ${lineOf(this.text, this.index)}`);
  }

  skipSpace(): void {
    SPACE.lastIndex = this.index;
    SPACE.exec(this.text);
    this.index = SPACE.lastIndex;
  }

  name(): string {
    NAME.lastIndex = this.index;
    const match = NAME.exec(this.text);
    if (!match) this.fail("expected a name");
    this.index = NAME.lastIndex;
    return match[0];
  }

  expect(literal: string): void {
    if (!this.text.startsWith(literal, this.index)) this.fail(`expected "${literal}"`);
    this.index += literal.length;
  }

  // comments and whitespace are the only things allowed around elements outside text content
  skipMisc(): void {
    for (;;) {
      this.skipSpace();
      if (!this.text.startsWith("<!--", this.index)) return;
      const end = this.text.indexOf("-->", this.index + 4);
      if (end < 0) this.fail("unterminated comment");
      this.index = end + 3;
    }
  }

  element(): XmlElement {
    this.expect("<");
    const name = this.name();
    const attributes = new Map<string, string>();
    for (;;) {
      const before = this.index;
      this.skipSpace();
      if (this.text.startsWith("/>", this.index)) {
        this.index += 2;
        return { name, attributes, children: [] };
      }
      if (this.text.startsWith(">", this.index)) {
        this.index += 1;
        break;
      }
      if (this.index === before) this.fail(`expected whitespace, ">" or "/>" in <${name}>`);
      const attribute = this.name();
      this.skipSpace();
      this.expect("=");
      this.skipSpace();
      const quote = this.text[this.index];
      if (quote !== '"' && quote !== "'") this.fail(`expected a quoted value for ${attribute}`);
      const end = this.text.indexOf(quote, this.index + 1);
      if (end < 0) this.fail(`unterminated value for ${attribute}`);
      const raw = this.text.slice(this.index + 1, end);
      if (raw.includes("<")) this.fail(`"<" in the value of ${attribute}`);
      if (attributes.has(attribute)) this.fail(`duplicate attribute ${attribute}`);
      attributes.set(attribute, decodeEntities(raw, this.text, this.index));
      this.index = end + 1;
    }
    const children: (XmlElement | string)[] = [];
    for (;;) {
      const next = this.text.indexOf("<", this.index);
      if (next < 0) this.fail(`unclosed element <${name}>`);
      if (next > this.index) {
        const raw = this.text.slice(this.index, next);
        if (raw.includes("]]>")) this.fail('"]]>" in text');
        children.push(decodeEntities(raw, this.text, this.index));
        this.index = next;
      }
      if (this.text.startsWith("</", this.index)) {
        this.index += 2;
        const closing = this.name();
        if (closing !== name) this.fail(`</${closing}> closes <${name}>`);
        this.skipSpace();
        this.expect(">");
        return { name, attributes, children };
      }
      if (this.text.startsWith("<!--", this.index)) {
        this.skipMisc();
        continue;
      }
      if (this.text.startsWith("<![CDATA[", this.index)) this.fail("CDATA sections are not supported");
      if (this.text.startsWith("<!", this.index) || this.text.startsWith("<?", this.index)) {
        this.fail("declarations and processing instructions are not supported inside elements");
      }
      children.push(this.element());
    }
  }
}

/** Parses one XML document into an element tree, refusing every construct the Genericode files do not use. */
export function parseXml(source: string): XmlElement {
  const text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  const reader = new Reader(text);
  if (text.startsWith("<?xml")) {
    const end = text.indexOf("?>");
    if (end < 0) reader.fail("unterminated XML declaration");
    const declaration = text.slice(0, end);
    if (/encoding\s*=\s*["'](?!utf-8["'])/i.test(declaration)) reader.fail("only UTF-8 documents are supported");
    reader.index = end + 2;
  }
  reader.skipMisc();
  if (text.startsWith("<!", reader.index)) reader.fail("a DOCTYPE or other declaration is not supported");
  if (text.startsWith("<?", reader.index)) reader.fail("processing instructions are not supported");
  const root = reader.element();
  reader.skipMisc();
  if (reader.index !== text.length) reader.fail("content after the root element");
  return root;
}

function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

function childElements(element: XmlElement, name?: string): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child === "string") {
      if (child.trim() !== "") throw new XmlSyntaxError(`unexpected text in <${element.name}>`);
    } else if (name === undefined || localName(child.name) === name) {
      elements.push(child);
    }
  }
  return elements;
}

function onlyChild(element: XmlElement, name: string): XmlElement {
  const found = childElements(element, name);
  if (found.length !== 1)
    throw new XmlSyntaxError(`expected one <${name}> in <${element.name}>, found ${found.length}`);
  return found[0] as XmlElement;
}

function textOf(element: XmlElement): string {
  let text = "";
  for (const child of element.children) {
    if (typeof child !== "string") throw new XmlSyntaxError(`unexpected element <${child.name}> in <${element.name}>`);
    text += child;
  }
  return text;
}

/** The parts of a Genericode code list that the importer uses. */
export interface GenericodeList {
  readonly shortName: string;
  readonly longName: string;
  /** The LongName with Identifier="listId": the authority table's URI, when the list is one. */
  readonly listUri: string | undefined;
  readonly version: string;
  readonly agency: string;
  readonly columns: readonly string[];
  /** One map per row, from column id to value, in document order. */
  readonly rows: readonly ReadonlyMap<string, string>[];
}

/** Reads a Genericode 1.0 CodeList with a SimpleCodeList. */
export function readGenericode(source: string): GenericodeList {
  const root = parseXml(source);
  if (localName(root.name) !== "CodeList") throw new XmlSyntaxError(`root element is <${root.name}>, not a CodeList`);
  const identification = onlyChild(root, "Identification");
  let longName: string | undefined;
  let listUri: string | undefined;
  for (const element of childElements(identification, "LongName")) {
    const identifier = element.attributes.get("Identifier");
    if (identifier === undefined) longName = textOf(element);
    else if (identifier === "listId") listUri = textOf(element);
  }
  if (longName === undefined) throw new XmlSyntaxError("the Identification has no LongName");
  const columns = childElements(onlyChild(root, "ColumnSet"), "Column").map((column) => {
    const id = column.attributes.get("Id");
    if (id === undefined) throw new XmlSyntaxError("a Column has no Id");
    return id;
  });
  if (new Set(columns).size !== columns.length) throw new XmlSyntaxError("duplicate column ids");
  const rows = childElements(onlyChild(root, "SimpleCodeList"), "Row").map((row) => {
    const values = new Map<string, string>();
    for (const value of childElements(row, "Value")) {
      const column = value.attributes.get("ColumnRef");
      if (column === undefined || !columns.includes(column)) {
        throw new XmlSyntaxError(`a Value refers to an unknown column ${column ?? "(none)"}`);
      }
      if (values.has(column)) throw new XmlSyntaxError(`two values for column ${column} in one row`);
      values.set(column, textOf(onlyChild(value, "SimpleValue")));
    }
    return values;
  });
  return {
    shortName: textOf(onlyChild(identification, "ShortName")),
    longName,
    listUri,
    version: textOf(onlyChild(identification, "Version")),
    agency: textOf(onlyChild(onlyChild(identification, "Agency"), "LongName")),
    columns,
    rows,
  };
}
