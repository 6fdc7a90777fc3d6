import { describe, expect, it } from "vitest";
import type { ReadItem } from "../stream/record.ts";
import { bytesOf, chunksOf, readAll } from "../stream/testing.ts";
import { locateInLine, ndjsonLineBatches, readNdjsonLineBatch } from "./line-batches.ts";
import { MetaLines } from "./meta-lines.ts";
import { type NdjsonReadOptions, readNdjson } from "./read-ndjson.ts";

const FILE = "data.ndjson";
const META = '{"type": "meta", "record": {"schemaVersion": "1.0"}}';
const line = (type: string, record: string) => `{"type": "${type}", "record": ${record}}`;
const long = line("goal", `{"note": "${"x".repeat(300)}"}`);

// every kind of line the reader knows, with the line breaks it accepts
const INPUTS: [string, string | Uint8Array][] = [
  ["a plain file", [META, line("goal", '{"id": "G-1"}'), line("track", "{}"), ""].join("\n")],
  ["no final line break", `${META}\n${line("goal", "{}")}`],
  ["a final CR without LF", `${META}\n${line("goal", "{}")}\r`],
  ["CRLF, blank lines and a byte order mark", `\ufeff${META}\r\n\r\n  \r\n${line("goal", '{"id": "G"}')}\r\n\n`],
  [
    "hazards, syntax errors and shapes",
    [
      line("goal", '{"t": "é😀", "a": 1, "a": 2}'),
      META,
      "{oops",
      line("goal", '{"title": {"nl": "abc\\ud83d"}}'),
      '{"a": 1e400}',
      line("observation", '{"b": 12345678901234567890}'),
      '{"type": "goal", "record": {}, "note": 1}',
      '{"record": {}}',
      line("Procurement", "{}"),
      META,
      `\ufeff${line("goal", "{}")}`,
      line("goal", `${"[".repeat(80)}${"]".repeat(80)}`),
      "",
    ].join("\n"),
  ],
  ["lines over the limit", [META, long, long, line("goal", "{}"), `${long}\r`, line("goal", "{}"), long].join("\n")],
  [
    "invalid UTF-8",
    bytesOf(`${META}\n{"type": "goal", "record": {"t": "Caf`, [0xe9], ` M"}}\n${line("goal", "{}")}\n`),
  ],
  ["no meta line", `${line("goal", "{}")}\n`],
  ["nothing", ""],
];

const OPTIONS: Omit<NdjsonReadOptions, "file"> = { maxLineBytes: 200, maxDepth: 64 };

interface Located {
  readonly items: ReadItem[];
  readonly located: unknown[];
}

// what the engine does with batches: read each, and check the meta line in file order
async function viaBatches(input: string | Uint8Array, chunkSize: number, batchBytes: number): Promise<Located> {
  const meta = new MetaLines(FILE);
  const items: ReadItem[] = [];
  const located: unknown[] = [];
  const source = chunksOf(input, chunkSize);
  for await (const batch of ndjsonLineBatches(source, { maxLineBytes: 200, batchBytes })) {
    readNdjsonLineBatch(batch, { file: FILE, ...OPTIONS }, (item, start, end, duplicates) => {
      if (item.kind === "record") {
        const { entity, location } = item.record;
        for (const finding of meta.record(entity, location.line ?? 0)) items.push({ kind: "finding", finding });
        located.push(locateInLine(location, batch.bytes, start, end, duplicates, "/t"));
      }
      items.push(item);
    });
  }
  for (const finding of meta.end()) items.push({ kind: "finding", finding });
  return { items, located };
}

async function direct(input: string | Uint8Array): Promise<Located> {
  const { items, records } = await readAll(readNdjson(chunksOf(input), { file: FILE, ...OPTIONS }));
  return { items, located: records.map((record) => record.locate("/t")) };
}

describe("ndjsonLineBatches and readNdjsonLineBatch", () => {
  it.each(INPUTS)("read %s as readNdjson does, wherever chunks and batches are cut", async (_name, input) => {
    const expected = await direct(input);
    for (const chunkSize of [1, 7, 64, 1000, Number.POSITIVE_INFINITY]) {
      for (const batchBytes of [1, 100, 4096]) {
        const actual = await viaBatches(input, chunkSize, batchBytes);
        expect(actual.items).toEqual(expected.items);
        expect(actual.located).toEqual(expected.located);
      }
    }
  });

  it("numbers lines across batches and gives a skipped line a batch of its own", async () => {
    const text = [META, long, line("goal", "{}"), line("goal", "{}")].join("\n");
    const batches = [];
    for await (const batch of ndjsonLineBatches(chunksOf(text, 16), { maxLineBytes: 200, batchBytes: 60 })) {
      batches.push({ firstLine: batch.firstLine, skipped: batch.skipped, text: new TextDecoder().decode(batch.bytes) });
    }
    expect(batches).toEqual([
      { firstLine: 1, skipped: -1, text: `${META}\n` },
      { firstLine: 2, skipped: long.length, text: `${line("goal", "{}")}\n${line("goal", "{}")}\n` },
    ]);
  });

  it("copies the start of a line it keeps for the next chunk, also out of a Buffer, whose slice is a view", async () => {
    const first = Buffer.from(`${META}\n{"type": "go`);
    async function* chunks() {
      yield first;
      // changed after it was given: only a copy of the kept start does not see it
      first.fill(0x78);
      yield Buffer.from('al", "record": {}}\n');
    }
    const texts = [];
    for await (const batch of ndjsonLineBatches(chunks(), { batchBytes: 1024 }))
      texts.push(new TextDecoder().decode(batch.bytes));
    expect(texts.join("")).toBe(`${META}\n${line("goal", "{}")}\n`);
  });
});
