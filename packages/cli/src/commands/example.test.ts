import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateDataset, generateNdjsonLines } from "@mra-circulair/generator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sink } from "../context.ts";
import { capture } from "../testing/capture.ts";

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mra-circulair-example-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("mra-circulair example", () => {
  it("writes a small dataset as one JSON document on stdout, the generator's dataset", async () => {
    const { code, stdout, stderr } = await capture(["example", "--records", "5", "--seed", "9"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(JSON.parse(stdout)).toEqual(generateDataset({ records: 5, seed: 9 }));
    expect(stdout).toMatch(/^\{\n {2}"meta": \{\n {4}"schemaVersion"/);
  });

  it("is deterministic: the same seed gives the same bytes, another seed others", async () => {
    const a = await capture(["example", "--records", "20", "--seed", "4", "--format", "ndjson"]);
    const b = await capture(["example", "--records", "20", "--seed", "4", "--format", "ndjson"]);
    const c = await capture(["example", "--records", "20", "--seed", "5", "--format", "ndjson"]);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(c.stdout);
    expect(a.stdout).toBe(`${[...generateNdjsonLines({ records: 20, seed: 4 })].join("\n")}\n`);
  });

  it("streams NDJSON through the data sink in chunks, waiting for each", async () => {
    const chunks: string[] = [];
    let waiting = 0;
    const data: Sink = {
      write: async (chunk) => {
        waiting++;
        await new Promise((resolve) => setTimeout(resolve, 0));
        chunks.push(String(chunk));
        waiting--;
      },
    };
    const { code } = await capture(["example", "--records", "300", "--format", "ndjson"], {}, { data });
    expect(code).toBe(0);
    expect(waiting).toBe(0);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join("")).toBe(`${[...generateNdjsonLines({ records: 300, seed: 1 })].join("\n")}\n`);
  });

  it("writes to --out in the format its extension says, and the result validates", async () => {
    const ndjson = await capture(["example", "--records", "30", "--out", path("a.ndjson")]);
    expect(ndjson.code).toBe(0);
    expect(ndjson.stdout).toBe("");
    expect(ndjson.stderr).toBe(`${path("a.ndjson")}: the reference data and 30 procurements written as ndjson\n`);
    expect((await readFile(path("a.ndjson"), "utf8")).split("\n")[0]).toMatch(/^\{"type":"meta"/);
    const json = await capture(["example", "--records", "1", "--out", path("b.json"), "--lang", "nl"]);
    expect(json.stderr).toBe(`${path("b.json")}: de referentiegegevens en 1 aanbesteding geschreven als json\n`);
    for (const file of ["a.ndjson", "b.json"]) expect((await capture(["validate", path(file)])).code).toBe(0);
    // no temporary file is left behind
    expect((await readdir(dir)).sort()).toEqual(["a.ndjson", "b.json"]);
  });

  it("picks NDJSON for a large dataset without --format or --out, and refuses a JSON document that large", async () => {
    let first: string | undefined;
    const data: Sink = {
      write: async (chunk) => {
        first ??= String(chunk);
      },
    };
    const large = await capture(["example", "--records", "10001"], {}, { data });
    expect(large.code).toBe(0);
    expect(first).toMatch(/^\{"type":"meta","record":\{/);
    const refused = await capture(["example", "--records", "100001", "--format", "json"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--format json holds at most 100000 procurements in one document, not 100001");
  });

  it("refuses bad numbers and formats, and an unwritable --out, exit 2", async () => {
    const seed = await capture(["example", "--seed", "4294967296"]);
    expect(seed.code).toBe(2);
    expect(seed.stderr).toContain("--seed must be a whole number from 0 to 4294967295, not 4294967296");
    expect((await capture(["example", "--records", "ten"])).code).toBe(2);
    expect((await capture(["example", "--format", "csv"])).stderr).toContain("--format must be one of json, ndjson");
    const out = await capture(["example", "--out", path("no/such/dir/x.json")]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`[E_WRITE]: ${path("no/such/dir/x.json")}: the directory to write in does not exist`);
  });
});
