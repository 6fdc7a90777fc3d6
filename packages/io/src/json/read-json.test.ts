import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { chunksOf, readAll } from "../stream/testing.ts";
import { type JsonReadOptions, readJson, readJsonBatches } from "./read-json.ts";

const fixture = (name: string) => new URL(`fixtures/${name}`, import.meta.url);
const read = (text: string | Uint8Array, options: Partial<JsonReadOptions> = {}, chunkSize?: number) =>
  readAll(readJson(chunksOf(text, chunkSize), { file: "data.json", ...options }));
/** The 1-based line and column of the first `part` in `text`. */
const where = (text: string, part: string, from = 0) => {
  const offset = text.indexOf(part, from);
  const before = text.slice(0, offset);
  return {
    file: "data.json",
    line: before.split("\n").length,
    column: Array.from(before.slice(before.lastIndexOf("\n") + 1)).length + 1,
  };
};

describe("readJson", () => {
  it("reads a dataset from a Node stream as meta, then each array element with its entity and line", async () => {
    const { records, findings } = await readAll(
      readJson(createReadStream(fixture("dataset.json")), { file: "data.json" }),
    );
    const text = await readFile(fixture("dataset.json"), "utf8");
    expect(findings).toEqual([]);
    expect(records.map((record) => [record.entity, record.pointerBase, record.location])).toEqual([
      ["DatasetMeta", "/meta", where(text, "{", 1)],
      ["Organisation", "/organisations/0", where(text, '{ "id": "GM0363"')],
      ["Organisation", "/organisations/1", where(text, '{ "id": "GM0358"')],
      ["Procurement", "/procurements/0", where(text, '{\n      "id": "P-1"')],
    ]);
    expect(records[3]?.value).toEqual(JSON.parse(text).procurements[0]);
    expect(records[3]?.locate("/lots/0/value")).toEqual(where(text, '"value"'));
    expect(records[3]?.locate("/title/nl")).toEqual(where(text, '"nl": "Meubilair'));
  });

  it("reads the example dataset of the repository without findings", async () => {
    const url = new URL("../../../../examples/mra-example.dataset.json", import.meta.url);
    const { records, findings } = await readAll(readJson(createReadStream(url), { file: "example.json" }));
    const dataset = JSON.parse(await readFile(url, "utf8")) as Record<string, unknown>;
    expect(findings).toEqual([]);
    const members = Object.values(dataset).filter(Array.isArray) as unknown[][];
    expect(records).toHaveLength(1 + members.reduce((sum, member) => sum + member.length, 0));
    expect(records.map((record) => record.value)).toEqual([dataset.meta, ...members.flat()]);
  });

  it("hands over the same items in batches", async () => {
    const text = `{"meta": {}, "goals": [${Array.from({ length: 600 }, (_, i) => `{"id": "G-${i}"}`).join(",")}]}`;
    const batches: (readonly unknown[])[] = [];
    for await (const batch of readJsonBatches(chunksOf(text), { file: "data.json" })) batches.push(batch);
    expect(batches.map((batch) => batch.length)).toEqual([256, 256, 89]);
    expect(batches.flat()).toEqual((await read(text)).items);
  });

  it("reads one record of the given entity", async () => {
    const { records, findings } = await read('  \n {"id": "P-1", "lots": []}\n', { entity: "Procurement" });
    expect(findings).toEqual([]);
    expect(records.map((record) => [record.entity, record.value, record.location, record.pointerBase])).toEqual([
      ["Procurement", { id: "P-1", lots: [] }, { file: "data.json", line: 2, column: 2 }, ""],
    ]);
    expect(records[0]?.locate("/lots")).toEqual({ file: "data.json", line: 2, column: 16 });
  });

  it("gives the same items wherever the chunks are cut, and drops a byte order mark at the start", async () => {
    const text = `\ufeff{"meta": {"t": "é😀"}, "goals": [{"a": 1, "a": 2}, {}]}`;
    const whole = await read(text);
    expect(whole.codes).toEqual(["duplicate-key"]);
    expect(whole.findings[0]?.location).toEqual(where(text.slice(1), '"a": 2'));
    const encoded = new TextEncoder().encode(text);
    for (let size = 1; size <= encoded.length; size += 5) {
      const cut = await read(encoded, {}, size);
      expect(cut.findings).toEqual(whole.findings);
      expect(cut.records.map((record) => record.value)).toEqual(whole.records.map((record) => record.value));
    }
  });

  it("counts lines of a CRLF document", async () => {
    const text = '{\r\n  "meta": {},\r\n  "goals": [\r\n    {"id": "G-1", "id": "G-2"}\r\n  ]\r\n}\r\n';
    const { findings, records } = await read(text);
    expect(records.map((record) => record.location)).toEqual([where(text, "{}"), where(text, '{"id"')]);
    expect(findings.map((finding) => finding.location)).toEqual([where(text, '"id": "G-2"')]);
  });

  it("reads a one-line document of many records in one pass", async () => {
    const count = 50_000;
    const text = `{"meta":{},"observations":[${Array.from({ length: count }, (_, i) => `{"id":"O-${i}","value":${i}.5}`).join(",")}]}`;
    const { findings, records } = await read(text, {}, 64 * 1024);
    expect(findings).toEqual([]);
    expect(records).toHaveLength(count + 1);
    const last = records.at(-1);
    expect(last?.location).toEqual(where(text, `{"id":"O-${count - 1}"`));
    expect(last?.locate("/value")).toEqual(where(text, '"value"', text.lastIndexOf("{")));
  });

  describe("syntax", () => {
    it("locates a syntax error by line and column, after the records before it", async () => {
      const text = '{\n  "meta": {},\n  "procurements": [\n    {"id": 1,}\n  ]\n}';
      const { records, findings } = await read(text);
      expect(records.map((record) => record.entity)).toEqual(["DatasetMeta"]);
      expect(findings.map((finding) => [finding.code, finding.pointer, finding.location, finding.args])).toEqual([
        ["json-syntax", "/procurements/0", where(text, "}\n  ]"), { found: '"}"', reason: "unexpected-character" }],
      ]);
    });

    it.each([
      ['{"meta": {}, "goals": [{}] "tracks": []}', "unexpected-character", '"tracks"'],
      ['{"meta": {}, "goals": [{}, ]}', "unexpected-character", "]}"],
      ['{"meta": {}} {}', "trailing-data", "{}"],
      ['{"meta": {"a": "x}', "unexpected-end", ""],
      ['{"meta": {}, "goals": [{"a": "\\q"}]}', "bad-escape", 'q"'],
      ['{"meta" {}}', "unexpected-character", "{}}"],
      ['{"meta": {}, "x": [1, 2,]}', "unexpected-character", "]}"],
      ["", "unexpected-end", ""],
    ])("finds the problem in %j", async (text, reason, at) => {
      const { findings } = await read(text);
      // the problem is at the last occurrence of `at`, or at the end
      const location =
        at === "" ? { file: "data.json", line: 1, column: text.length + 1 } : where(text, at, text.lastIndexOf(at));
      expect(findings.map((finding) => [finding.code, finding.args.reason, finding.location])).toEqual([
        ["json-syntax", reason, location],
      ]);
    });

    it("reports a truncated file", async () => {
      const text = (await readFile(fixture("dataset.json"), "utf8")).slice(0, 300);
      const { findings, records } = await read(text);
      expect(findings.map((finding) => [finding.code, finding.args])).toEqual([
        ["json-syntax", { found: "EOF", reason: "unexpected-end" }],
      ]);
      expect(findings[0]?.location.line).toBe(text.split("\n").length);
      expect(records.length).toBeGreaterThan(0);
    });
  });

  describe("hazards", () => {
    const text = `{
  "meta": {"schemaVersion": "1.0"},
  "procurements": [
    {
      "id": "P-1",
      "id": "P-2",
      "amount": 1e400,
      "reference": 12345678901234567890,
      "title": {"nl": "Stoel \\ud83d", "en": "Chair"},
      "lots": [{"n": 1, "n": 2}]
    }
  ]
}`;

    it("reports each hazard at its line and column, with a pointer into the document", async () => {
      const { findings, records } = await read(text);
      expect(findings.map((finding) => [finding.code, finding.pointer, finding.location, finding.entity])).toEqual([
        ["duplicate-key", "/procurements/0/id", where(text, '"id": "P-2"'), "Procurement"],
        ["number-not-exact", "/procurements/0/amount", where(text, "1e400"), "Procurement"],
        ["number-not-exact", "/procurements/0/reference", where(text, "1234567890123"), "Procurement"],
        ["lone-surrogate", "/procurements/0/title/nl", where(text, "\\ud83d"), "Procurement"],
        ["duplicate-key", "/procurements/0/lots/0/n", where(text, '"n": 2'), "Procurement"],
      ]);
      expect(records[1]?.value).toMatchObject({ id: "P-2", amount: Number.POSITIVE_INFINITY, lots: [{ n: 2 }] });
      expect(records[1]?.locate("/id")).toEqual(where(text, '"id": "P-2"'));
    });

    it("reports a duplicate member of the dataset itself", async () => {
      const doc = '{"meta": {}, "goals": [{"id": "G-1"}], "goals": [{"id": "G-2"}]}';
      const { findings, records } = await read(doc);
      expect(findings.map((finding) => [finding.code, finding.pointer, finding.location])).toEqual([
        ["duplicate-key", "/goals", where(doc, '"goals"', 20)],
      ]);
      expect(records.map((record) => record.pointerBase)).toEqual(["/meta", "/goals/0", "/goals/0"]);
    });

    it.each([
      ["arrays", 10_000, (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`],
      ["arrays", 100_000, (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`],
      ["objects", 10_000, (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`],
      ["objects", 100_000, (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`],
    ])("drops a record of %s nested %i deep with nesting-too-deep", async (_kind, depth, nest) => {
      const head = '{"meta": {}, "goals": [';
      const { findings, records } = await read(`${head}${nest(depth)}, {"id": "G-2"}]}`);
      // the 65th container, counted from the record
      const column = head.length + nest(depth).indexOf(nest(depth)[0] ?? "", 64 * (nest(depth)[0] === "[" ? 1 : 5)) + 1;
      expect(findings.map((finding) => [finding.code, finding.location.column, finding.args])).toEqual([
        ["nesting-too-deep", column, { limit: 64 }],
      ]);
      expect(records.map((record) => record.pointerBase)).toEqual(["/meta", "/goals/1"]);
    });

    it("holds a member that gives no records to the nesting limit too: an unknown key, or a list that is none", async () => {
      const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
      const doc = `{"meta": {},\n"extra": {"a": ${deep}},\n"goals": {"a": ${deep}}}`;
      const { findings, records } = await read(doc);
      // the 65th container, counted from the member's value
      expect(findings.map((finding) => [finding.code, finding.pointer, finding.location])).toEqual([
        ["dataset-unknown-key", "/extra", { file: "data.json", line: 2, column: 1 }],
        ["nesting-too-deep", `/extra/a${"/0".repeat(63)}`, { file: "data.json", line: 2, column: 79 }],
        ["dataset-not-array", "/goals", { file: "data.json", line: 3, column: 1 }],
        ["nesting-too-deep", `/goals/a${"/0".repeat(63)}`, { file: "data.json", line: 3, column: 79 }],
      ]);
      expect(records.map((record) => record.pointerBase)).toEqual(["/meta"]);
      const shallow = await read(`{"meta": {}, "extra": {"a": ${"[".repeat(63)}${"]".repeat(63)}}}`);
      expect(shallow.codes).toEqual(["dataset-unknown-key"]);
    });

    it("drops an entity document nested too deep", async () => {
      const { codes, records } = await read(`${"[".repeat(100_000)}${"]".repeat(100_000)}`, { entity: "Goal" });
      expect(codes).toEqual(["nesting-too-deep"]);
      expect(records).toEqual([]);
    });

    it("keeps prototype keys as plain data and leaves Object.prototype alone", async () => {
      const before = Object.getOwnPropertyNames(Object.prototype);
      const doc = `{"meta": {}, "goals": [
        {"__proto__": {"x": 1}},
        {"\\u005f_proto__": {"x": 1}},
        {"constructor": {"prototype": {"x": 1}}},
        {"a": [{"__proto__": {"x": 1}}]}
      ]}`;
      const { records, findings } = await read(doc);
      expect(findings).toEqual([]);
      expect(records.slice(1).map((record) => Object.keys(record.value as object))).toEqual([
        ["__proto__"],
        ["__proto__"],
        ["constructor"],
        ["a"],
      ]);
      for (const record of records) expect(Object.getPrototypeOf(record.value)).toBe(Object.prototype);
      expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    });

    it("does not take a dataset member from the prototype", async () => {
      const { codes, records } = await read('{"meta": {}, "constructor": [{}], "__proto__": [{}], "toString": 1}');
      expect(codes).toEqual(["dataset-unknown-key", "dataset-unknown-key", "dataset-unknown-key"]);
      expect(records).toHaveLength(1);
    });
  });

  describe("encoding and size", () => {
    it("reports invalid UTF-8 with its line and column", async () => {
      const head = new TextEncoder().encode('{"meta": {},\n "goals": [{"t": "Caf');
      const input = new Uint8Array([...head, 0xe9, ...new TextEncoder().encode('"}]}')]);
      const { findings, records } = await read(input, {}, 4);
      expect(findings.map((finding) => [finding.code, finding.location, finding.args.reason])).toEqual([
        ["not-utf8", { file: "data.json", line: 2, column: ' "goals": [{"t": "Caf'.length + 1 }, "invalid-bytes"],
      ]);
      expect(records).toEqual([]);
    });

    it("reports a byte order mark in the middle as not-utf8", async () => {
      const { findings } = await read('{"meta": {},\n\ufeff"goals": []}');
      expect(findings.map((finding) => [finding.code, finding.location, finding.args])).toEqual([
        ["not-utf8", { file: "data.json", line: 2, column: 1 }, { reason: "byte-order-mark", bytes: "EF BB BF" }],
      ]);
    });

    it("refuses a document over the size limit without reading on", async () => {
      let chunksRead = 0;
      function* source() {
        for (let i = 0; i < 1000; i++) {
          chunksRead++;
          yield new Uint8Array(1024).fill(0x20);
        }
      }
      const { findings, records } = await readAll(readJson(source(), { file: "big.json", maxBytes: 10 * 1024 }));
      expect(findings.map((finding) => [finding.code, finding.location, finding.args])).toEqual([
        ["file-too-large", { file: "big.json" }, { limit: 10 * 1024 }],
      ]);
      expect(records).toEqual([]);
      expect(chunksRead).toBe(11);
    });
  });

  describe("dataset shape", () => {
    it("reports a document that is not an object", async () => {
      const { findings } = await read('[{"id": "P-1"}]');
      expect(findings.map((finding) => [finding.code, finding.location])).toEqual([
        ["dataset-not-object", { file: "data.json", line: 1, column: 1 }],
      ]);
    });

    it("reports unknown members, members that are not arrays, and missing metadata", async () => {
      const doc = '{"procurement": [{}], "goals": {"id": "G-1"}, "tracks": [{"id": "T-1"}]}';
      const { findings, records } = await read(doc);
      expect(findings.map((finding) => [finding.code, finding.pointer, finding.args])).toEqual([
        ["dataset-unknown-key", "/procurement", { key: '"procurement"' }],
        ["dataset-not-array", "/goals", { key: '"goals"' }],
        ["meta-missing", "", {}],
      ]);
      expect(records.map((record) => record.entity)).toEqual(["Track"]);
      expect((await read("{}")).codes).toEqual(["meta-missing"]);
    });
  });
});
