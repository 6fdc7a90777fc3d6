import { describe, expect, it } from "vitest";
import { bytesOf, chunksOf, readAll } from "../stream/testing.ts";
import { type NdjsonReadOptions, readNdjson, readNdjsonBatches } from "./read-ndjson.ts";

const META = '{"type": "meta", "record": {"schemaVersion": "1.0"}}';
const read = (text: string | Uint8Array, options: Partial<NdjsonReadOptions> = {}, chunkSize?: number) =>
  readAll(readNdjson(chunksOf(text, chunkSize), { file: "data.ndjson", ...options }));
const line = (type: string, record: string) => `{"type": "${type}", "record": ${record}}`;
const join = (...lines: string[]) => `${lines.join("\n")}\n`;

describe("readNdjson", () => {
  it("reads each line as a record of the entity its type names", async () => {
    const { records, findings } = await read(
      join(META, line("procurement", '{"id": "P-1"}'), line("purchase-package", "{}")),
    );
    expect(findings).toEqual([]);
    expect(records.map((record) => [record.entity, record.value, record.location, record.pointerBase])).toEqual([
      ["DatasetMeta", { schemaVersion: "1.0" }, { file: "data.ndjson", line: 1 }, ""],
      ["Procurement", { id: "P-1" }, { file: "data.ndjson", line: 2 }, ""],
      ["PurchasePackage", {}, { file: "data.ndjson", line: 3 }, ""],
    ]);
  });

  it("hands over the same items in batches, a batch per chunk", async () => {
    const text = join(META, ...Array.from({ length: 50 }, (_, i) => line("goal", `{"id": "G-${i}", "a": 1, "a": 2}`)));
    const batches: number[] = [];
    const items: unknown[] = [];
    for await (const batch of readNdjsonBatches(chunksOf(text, 256), { file: "data.ndjson" })) {
      batches.push(batch.length);
      items.push(...batch);
    }
    expect(batches.length).toBeGreaterThan(10);
    expect(items).toEqual((await read(text, {}, 256)).items);
  });

  it("skips blank lines, reads CRLF and a byte order mark at the start", async () => {
    const text = `\ufeff${META}\r\n\r\n   \r\n${line("goal", '{"id": "G-1"}')}\r\n\n`;
    const { records, findings } = await read(text);
    expect(findings).toEqual([]);
    expect(records.map((record) => [record.location.line, record.value])).toEqual([
      [1, { schemaVersion: "1.0" }],
      [4, { id: "G-1" }],
    ]);
  });

  it("gives the same items wherever the chunks are cut", async () => {
    const text = `\ufeff${join(META, line("goal", '{"t": "é😀", "a": 1, "a": 2}'), "{oops", line("track", "{}"))}`;
    const whole = await read(text);
    const encoded = new TextEncoder().encode(text);
    for (let size = 1; size <= encoded.length; size += 7) {
      const cut = await read(encoded, {}, size);
      expect(cut.findings).toEqual(whole.findings);
      expect(cut.records.map((record) => record.value)).toEqual(whole.records.map((record) => record.value));
    }
  });

  it("locates a syntax error by line and column, and reads on", async () => {
    const bad = '{"type": "goal", "record": {"a": [1, 2,]}}';
    const { findings, records } = await read(join(META, bad, line("goal", "{}")));
    expect(findings).toEqual([
      {
        code: "json-syntax",
        severity: "error",
        pointer: "/a/2",
        location: { file: "data.ndjson", line: 2, column: bad.indexOf("]") + 1 },
        excerpt: 'ecord": {"a": [1, 2,]}}',
        args: { found: '"]"', reason: "unexpected-character" },
      },
    ]);
    expect(records).toHaveLength(2);
  });

  it("reports a truncated last line", async () => {
    const cut = '{"type": "goal", "record": {"title": "Meubi';
    const { findings } = await read(`${META}\n${cut}`);
    expect(findings.map((finding) => [finding.code, finding.location, finding.args])).toEqual([
      [
        "json-syntax",
        { file: "data.ndjson", line: 2, column: cut.length + 1 },
        { found: "EOF", reason: "unexpected-end" },
      ],
    ]);
  });

  describe("hazards", () => {
    it("finds duplicate keys, nested and in arrays, and still passes the record on", async () => {
      const text = line("procurement", '{"id": "P-1", "lots": [{"n": 1, "n": 2}], "id": "P-2"}');
      const { findings, records } = await read(join(META, text));
      expect(findings.map((finding) => [finding.code, finding.pointer, finding.location.column, finding.args])).toEqual(
        [
          ["duplicate-key", "/lots/0/n", text.lastIndexOf('"n"') + 1, { key: '"n"' }],
          ["duplicate-key", "/id", text.lastIndexOf('"id"') + 1, { key: '"id"' }],
        ],
      );
      expect(findings[0]?.entity).toBe("Procurement");
      expect(records[1]?.value).toEqual({ id: "P-2", lots: [{ n: 2 }] });
    });

    it("finds numbers that do not survive parsing", async () => {
      const record = '{"a": 1e400, "b": 12345678901234567890, "c": [0.1000000000000000000001], "d": 9007199254740991}';
      const { findings } = await read(join(META, line("observation", record)));
      expect(findings.map((finding) => [finding.code, finding.pointer, finding.args])).toEqual([
        ["number-not-exact", "/a", { literal: "1e400", parsed: "Infinity" }],
        ["number-not-exact", "/b", { literal: "12345678901234567890", parsed: "12345678901234567000" }],
        ["number-not-exact", "/c/0", { literal: "0.1000000000000000000001", parsed: "0.1" }],
      ]);
    });

    it("finds lone surrogates", async () => {
      const text = line("goal", '{"title": {"nl": "abc\\ud83d", "en": "\\ud83d\\ude00"}}');
      const { findings } = await read(join(META, text));
      expect(findings.map((finding) => [finding.code, finding.pointer, finding.location.column, finding.args])).toEqual(
        [["lone-surrogate", "/title/nl", text.indexOf("\\ud83d") + 1, { escape: "\\ud83d" }]],
      );
    });

    it.each([
      ["arrays", 10_000, (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`],
      ["arrays", 100_000, (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`],
      ["objects", 10_000, (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`],
      ["objects", 100_000, (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`],
    ])("drops a record of %s nested %i deep with nesting-too-deep", async (_kind, depth, nest) => {
      const { findings, records } = await read(join(META, line("goal", nest(depth)), line("goal", "{}")));
      expect(findings.map((finding) => [finding.code, finding.location.line, finding.args])).toEqual([
        ["nesting-too-deep", 2, { limit: 64 }],
      ]);
      expect(findings[0]?.pointer.split("/")).toHaveLength(65);
      expect(records.map((record) => record.location.line)).toEqual([1, 3]);
    });

    it("allows a record exactly as deep as the limit", async () => {
      const nest = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
      const { codes } = await read(join(META, line("goal", nest(5)), line("goal", nest(6))), { maxDepth: 5 });
      expect(codes).toEqual(["nesting-too-deep"]);
    });
  });

  describe("prototype keys", () => {
    it.each([
      ['{"__proto__": {"x": 1}}', "__proto__"],
      ['{"\\u005f_proto__": {"x": 1}}', "__proto__"],
      ['{"constructor": {"prototype": {"x": 1}}}', "constructor"],
      ['{"a": [{"__proto__": {"x": 1}}]}', "a"],
    ])("keeps %s as plain data", async (record, key) => {
      const before = Object.getOwnPropertyNames(Object.prototype);
      const { records, findings } = await read(join(META, line("goal", record)));
      expect(findings).toEqual([]);
      const value = records[1]?.value as Record<string, unknown>;
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect(Object.keys(value)).toEqual([key]);
      expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
      expect(({} as Record<string, unknown>).x).toBeUndefined();
      expect(Object.prototype.constructor).toBe(Object);
    });
  });

  describe("limits and encoding", () => {
    it("skips an oversize line in the middle without keeping it, and reads the lines after it", async () => {
      const long = line("goal", `{"note": "${"x".repeat(5000)}"}`);
      for (const size of [100, 64 * 1024]) {
        const { findings, records } = await read(
          join(META, long, line("goal", "{}"), line("track", "{}")),
          { maxLineBytes: 1000 },
          size,
        );
        expect(findings.map((finding) => [finding.code, finding.location, finding.args])).toEqual([
          ["record-too-large", { file: "data.ndjson", line: 2 }, { bytes: long.length, limit: 1000 }],
        ]);
        expect(records.map((record) => record.location.line)).toEqual([1, 3, 4]);
      }
    });

    it("reports invalid UTF-8 with its line and column, and reads on", async () => {
      const before = '{"type": "goal", "record": {"t": "Caf';
      const input = bytesOf(`${META}\n${before}`, [0xe9], ` M"}}\n${line("goal", "{}")}\n`);
      for (const size of [3, 1000]) {
        const { findings, records } = await read(input, {}, size);
        expect(findings.map((finding) => [finding.code, finding.location, finding.args])).toEqual([
          [
            "not-utf8",
            { file: "data.ndjson", line: 2, column: before.length + 1 },
            { reason: "invalid-bytes", bytes: "E9 20 4D 22" },
          ],
        ]);
        expect(records).toHaveLength(2);
      }
    });

    it("counts the column of invalid UTF-8 in characters, after a byte order mark at the start", async () => {
      const before = '{"type": "goal", "record": {"t": "€😀 ';
      const { findings } = await read(bytesOf([0xef, 0xbb, 0xbf], before, [0xff], '"}}'));
      expect(findings[0]?.location).toEqual({ file: "data.ndjson", line: 1, column: Array.from(before).length + 1 });
    });

    it("reports a byte order mark after the start, and reads the line", async () => {
      const { findings, records } = await read(
        `${META}\n\ufeff${line("goal", "{}")}\n${line("goal", '{"t": "a\ufeffb"}')}`,
      );
      expect(findings.map((finding) => [finding.code, finding.pointer, finding.location, finding.args])).toEqual([
        ["not-utf8", "", { file: "data.ndjson", line: 2, column: 1 }, { reason: "byte-order-mark", bytes: "EF BB BF" }],
        [
          "not-utf8",
          "/t",
          { file: "data.ndjson", line: 3, column: 36 },
          { reason: "byte-order-mark", bytes: "EF BB BF" },
        ],
      ]);
      expect(records).toHaveLength(3);
    });
  });

  describe("line shape", () => {
    it("reports a missing, an unknown and a non-string type, and a missing record", async () => {
      const { findings, records } = await read(
        join(
          META,
          '{"record": {}}',
          line("Procurement", "{}"),
          '{"type": 7, "record": {}}',
          '{"type": "goal"}',
          "[1]",
          '"x"',
        ),
      );
      expect(findings.map((finding) => [finding.code, finding.location.line])).toEqual([
        ["ndjson-type-missing", 2],
        ["ndjson-type-unknown", 3],
        ["ndjson-type-missing", 4],
        ["ndjson-record-missing", 5],
        ["ndjson-type-missing", 6],
        ["ndjson-type-missing", 7],
      ]);
      expect(findings[1]?.args.type).toBe('"Procurement"');
      expect(records).toHaveLength(1);
    });

    it("does not take a type from the prototype", async () => {
      const { codes } = await read(
        join(META, '{"type": "constructor", "record": {}}', '{"type": "toString", "record": {}}'),
      );
      expect(codes).toEqual(["ndjson-type-unknown", "ndjson-type-unknown"]);
    });

    it("reports extra fields beside type and record, and passes the record on", async () => {
      const { findings, records } = await read(join(META, '{"type": "goal", "record": {}, "note": 1, "__proto__": 2}'));
      expect(findings.map((finding) => finding.args.key)).toEqual(['"note"', '"__proto__"']);
      expect(records).toHaveLength(2);
    });

    it("reports metadata that is missing, repeated or not first", async () => {
      expect((await read(join(line("goal", "{}")))).codes).toEqual(["meta-missing"]);
      expect((await read("")).codes).toEqual(["meta-missing"]);
      const { findings } = await read(join(line("goal", "{}"), META, META));
      expect(findings.map((finding) => [finding.code, finding.location.line, finding.args])).toEqual([
        ["meta-not-first", 2, { line: 2 }],
        ["meta-repeated", 3, { first: 2 }],
      ]);
    });
  });

  describe("locate", () => {
    it("maps a pointer in the record to its line and column", async () => {
      const text = '{"type": "procurement", "record": {"id": "P-1", "lots": [{"title": "Stoel 😀", "value": -1}]}}';
      const { records } = await read(join(META, text));
      const record = records[1];
      // columns count characters: the emoji is one, though two UTF-16 units
      const at = (part: string, emojiBefore = false) => ({
        file: "data.ndjson",
        line: 2,
        column: text.indexOf(part) + (emojiBefore ? 0 : 1),
      });
      expect(record?.locate("/lots/0/value")).toEqual(at('"value"', true));
      expect(record?.locate("/lots/0")).toEqual(at('{"title"'));
      expect(record?.locate("/lots/9")).toEqual(at('"lots"'));
      expect(record?.locate("/id")).toEqual(at('"id"'));
      expect(record?.locate("")).toEqual(at('"record"'));
    });
  });
});
