import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateDataset, generateNdjsonLines } from "@mra-circulair/generator";
import { referenceDataset } from "@mra-circulair/reference";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../testing/capture.ts";

let dir: string;
const path = (name: string) => join(dir, name);
const province = referenceDataset.organisations?.find((o) => o.kind === "provincie");
const lines = (text: string) => text.trimEnd().split("\n");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mra-circulair-convert-"));
  await writeFile(path("dataset.json"), JSON.stringify(generateDataset({ records: 12, seed: 2 })));
  await writeFile(path("dataset.ndjson"), `${[...generateNdjsonLines({ records: 12, seed: 2 })].join("\n")}\n`);
  await writeFile(path("province.json"), JSON.stringify(province));
  const broken = [...generateNdjsonLines({ records: 3, seed: 2 })];
  const at = broken.findIndex((line) => line.startsWith('{"type":"procurement"'));
  broken[at] = (broken[at] ?? "").replace(/"amount":"[0-9.]+"/, '"amount":"12,50"');
  await writeFile(path("broken.ndjson"), broken.join("\n"));
  // a name a spreadsheet would take for a formula, and a record with a property no table has
  const risky = { meta: referenceDataset.meta, organisations: [{ ...province, name: '=HYPERLINK("http://x")' }] };
  await writeFile(path("risky.json"), JSON.stringify(risky));
  await writeFile(path("untabular.json"), JSON.stringify({ ...province, extra: { nested: true } }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("mra-circulair convert", () => {
  it("turns a JSON dataset into NDJSON lines on stdout, one DatasetRecord a line", async () => {
    const { code, stdout, stderr } = await capture(["convert", path("dataset.json"), "--to", "ndjson"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const records = lines(stdout).map((line) => JSON.parse(line));
    expect(records[0].type).toBe("meta");
    expect(new Set(records.map((r) => r.type))).toContain("purchase-package");
    expect(records.filter((r) => r.type === "procurement")).toHaveLength(12);
  });

  it("writes the lines of a dataset document in reading order: every record before the references to it", async () => {
    // in the document, the observations come before the procurements they are computed from
    const document = JSON.parse(await readFile(path("dataset.json"), "utf8")) as Record<string, unknown>;
    expect(Object.keys(document).indexOf("observations")).toBeLessThan(Object.keys(document).indexOf("procurements"));
    const { stdout } = await capture(["convert", path("dataset.json"), "--to", "ndjson"]);
    const types = [...new Set(lines(stdout).map((line) => (JSON.parse(line) as { type: string }).type))];
    expect(types).toEqual([
      "meta",
      "indicator-definition",
      "organisation",
      "declaration",
      "signature",
      "roadmap",
      "goal",
      "purchase-package",
      "track",
      "criterion",
      "procurement",
      "observation",
      "mvi-link",
    ]);
  });

  it("turns NDJSON back into the same dataset document, and says what it wrote", async () => {
    const { code, stderr } = await capture([
      "convert",
      path("dataset.ndjson"),
      "--to",
      "json",
      "--out",
      path("back.json"),
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/back\.json: \d+ records written as json\n$/);
    const written = JSON.parse(await readFile(path("back.json"), "utf8"));
    expect(written).toEqual(generateDataset({ records: 12, seed: 2 }));
    expect((await capture(["validate", path("back.json")])).code).toBe(0);
  });

  it("keeps a single-record document one record, or makes it one NDJSON line", async () => {
    const json = await capture(["convert", path("province.json"), "--to", "json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(province);
    expect(json.stderr).toContain("read as one Organisation");
    const ndjson = await capture(["convert", path("province.json"), "--to", "ndjson", "--entity", "organisation"]);
    expect(lines(ndjson.stdout).map((line) => JSON.parse(line))).toEqual([{ type: "organisation", record: province }]);
  });

  it("refuses to write invalid data and says why, exit 1, leaving no file", async () => {
    const out = path("refused.json");
    const { code, stdout, stderr } = await capture(["convert", path("broken.ndjson"), "--to", "json", "--out", out]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/broken\.ndjson:\d+:\d+ {2}\/contractValue\/amount {2}/);
    expect(stderr).toContain(`error [E_INVALID_INPUT]: ${path("broken.ndjson")}: 1 error; nothing written.`);
    expect(await readdir(dir)).not.toContain("refused.json");
    const nl = await capture(["convert", path("broken.ndjson"), "--to", "json", "--out", out, "--lang", "nl"]);
    expect(nl.stderr).toContain("fout [E_INVALID_INPUT]:");
    expect(nl.stderr).toContain("niets geschreven");
  });

  it("writes invalid data with --force, and still exits 1", async () => {
    const out = path("forced.ndjson");
    const { code, stderr } = await capture([
      "convert",
      path("broken.ndjson"),
      "--to",
      "ndjson",
      "--out",
      out,
      "--force",
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/forced\.ndjson: \d+ records written despite 1 error \(--force\)/);
    expect(await readFile(out, "utf8")).toContain('"amount":"12,50"');
  });

  it("refuses bad usage with exit 2: no --to, an unknown format, a missing input, overwriting the input", async () => {
    const noTo = await capture(["convert", path("dataset.json")]);
    expect(noTo.code).toBe(2);
    expect(noTo.stderr).toContain("the option --to <format> is required");
    const yaml = await capture(["convert", path("dataset.json"), "--to", "yaml"]);
    expect(yaml.code).toBe(2);
    expect(yaml.stderr).toContain("--to must be one of json, ndjson, csv, xlsx, not yaml");
    const missing = await capture(["convert", path("nope.json"), "--to", "json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`[E_READ]: ${path("nope.json")}: the file does not exist`);
    const same = await capture(["convert", path("dataset.json"), "--to", "json", "--out", path("dataset.json")]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("the output would overwrite the input");
    const unwritable = await capture(["convert", path("dataset.json"), "--to", "json", "--out", path("x/y.json")]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toContain("[E_WRITE]");
  });

  it("writes a whole dataset as one CSV file per entity in the --out directory, which validates as one", async () => {
    const out = path("tables");
    const { code, stderr } = await capture(["convert", path("dataset.json"), "--to", "csv", "--out", out]);
    expect(code).toBe(0);
    expect(stderr).toContain(`${join(out, "procurements.csv")}: 12 records written as csv\n`);
    const files = (await readdir(out)).sort();
    expect(files).toContain("meta.csv");
    expect(files).toContain("purchasePackages.csv");
    expect((await readFile(join(out, "procurements.csv"), "utf8")).split("\r\n")[0]).toMatch(/^id,buyer,title\/nl,/);
    const validated = await capture(["validate", ...files.map((file) => join(out, file))]);
    expect(validated.code).toBe(0);
    const back = await capture(["convert", join(out, "organisations.csv"), "--to", "json"]);
    expect(JSON.parse(back.stdout).organisations).toEqual(generateDataset({ records: 12, seed: 2 }).organisations);
  });

  it("writes a workbook that reads back as the same dataset", async () => {
    const workbook = path("dataset.xlsx");
    const { code, stderr } = await capture(["convert", path("dataset.ndjson"), "--to", "xlsx", "--out", workbook]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/dataset\.xlsx: \d+ records written as xlsx\n$/);
    expect((await readFile(workbook)).subarray(0, 2).toString("latin1")).toBe("PK");
    const back = await capture(["convert", workbook, "--to", "json"]);
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toEqual(generateDataset({ records: 12, seed: 2 }));
  });

  it("writes the CSV of one entity to stdout, Dutch Excel style on request", async () => {
    const tables = path("one-entity");
    expect((await capture(["convert", path("dataset.json"), "--to", "csv", "--out", tables])).code).toBe(0);
    const { code, stdout } = await capture([
      "convert",
      join(tables, "organisations.csv"),
      "--to",
      "csv",
      "--out-delimiter",
      ";",
      "--headings",
      "nl",
    ]);
    expect(code).toBe(0);
    expect(stdout.split("\r\n")[0]).toMatch(/^Identificator;Naam;/);
    expect(stdout.split("\r\n")).toHaveLength(38);
  });

  it("neutralises text a spreadsheet would take for a formula", async () => {
    const { code, stdout } = await capture(["convert", path("risky.json"), "--to", "csv", "--out", path("risky")]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    const organisations = await readFile(join(path("risky"), "organisations.csv"), "utf8");
    expect(organisations).toContain(`"'=HYPERLINK(""http://x"")"`);
    const back = await capture(["convert", join(path("risky"), "organisations.csv"), "--to", "ndjson"]);
    expect(JSON.parse(back.stdout).record.name).toBe('=HYPERLINK("http://x")');
  });

  it("asks where a workbook or the CSV files of a dataset go, before reading anything", async () => {
    const xlsx = await capture(["convert", path("dataset.json"), "--to", "xlsx"]);
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toContain("--to xlsx writes a workbook, not text: name the file with --out");
    const csv = await capture(["convert", path("dataset.json"), "--to", "csv"], { LANG: "nl_NL.UTF-8" });
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain(
      "bevat een hele dataset, die één CSV-bestand per entiteit wordt: noem een map met --out",
    );
    const file = await capture(["convert", path("dataset.json"), "--to", "csv", "--out", path("dataset.ndjson")]);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain("is a file, not a directory");
    const headings = await capture([
      "convert",
      path("dataset.json"),
      "--to",
      "csv",
      "--out",
      path("t"),
      "--headings",
      "fr",
    ]);
    expect(headings.stderr).toContain("--headings must be one of path, en, nl, not fr");
  });

  it("says so when data forced through has no tabular form, exit 1", async () => {
    const { code, stderr } = await capture(["convert", path("untabular.json"), "--to", "csv", "--force"]);
    expect(code).toBe(1);
    expect(stderr).toContain(`[E_INVALID_INPUT]: ${path("untabular.json")}: the data cannot be written as csv: `);
  });
});
