import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateDataset, generateNdjsonLines } from "@mra-circulair/generator";
import { tabularEntities, writeCsvText, writeXlsx } from "@mra-circulair/io";
import { referenceDataset } from "@mra-circulair/reference";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../testing/capture.ts";

let dir: string;
const path = (name: string) => join(dir, name);

// a province refers to no other organisation, so it is valid on its own
const organisation = referenceDataset.organisations?.find((o) => o.kind === "provincie");
const declaration = referenceDataset.declarations?.[0];
const indicators = referenceDataset.indicatorDefinitions ?? [];
const signature = referenceDataset.signatures?.[0];
const invalidDataset = {
  ...referenceDataset,
  meta: { ...referenceDataset.meta, license: "ftp://example.org", extra: "\u001b[31mred" },
  organisations: [{ ...organisation, kind: "stadsdeel", name: "" }],
};

const line = (type: string, record: unknown) => JSON.stringify({ type, record });
const metaLine = line("meta", referenceDataset.meta);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mra-circulair-validate-"));
  await writeFile(path("valid.json"), JSON.stringify(referenceDataset, null, 2));
  await writeFile(path("invalid.json"), JSON.stringify(invalidDataset, null, 2));
  await writeFile(path("syntax.json"), '{\n  "meta": {\n    "id": }\n}\n');
  await writeFile(path("organisation.json"), `\uFEFF${JSON.stringify(organisation)}`);
  await writeFile(path("unknown-shape.json"), JSON.stringify({ colour: "green", size: 3 }));
  await writeFile(path("notes.yaml"), "a: 1\n");
  // line 3 has a version that breaks the pattern
  const criterion = { ...referenceDataset.criteria?.[0] };
  await writeFile(
    path("lines.ndjson"),
    [metaLine, line("organisation", organisation), line("organisation", { ...organisation, id: 42 })].join("\n"),
  );
  await writeFile(path("criterion.ndjson"), [metaLine, line("criterion", criterion)].join("\n"));
  // a declaration in one file, a signature that refers to it in another
  const declarations = [
    metaLine,
    ...indicators.map((i) => line("indicator-definition", i)),
    line("declaration", declaration),
  ];
  await writeFile(path("declarations.ndjson"), declarations.join("\n"));
  await writeFile(path("signatures.ndjson"), [metaLine, line("signature", signature)].join("\n"));
  await writeFile(path("data.log"), declarations.join("\n"));
  // several batches of lines, with findings of reading, of the schemas and of the rules among them
  const generated = [...generateNdjsonLines({ records: 2500, seed: 7 })];
  const broken = ['{"type": "goal", "record": {"id": "g", "id": "h"}}', "{oops", generated.at(-1) ?? ""];
  await writeFile(
    path("many.ndjson"),
    `${[...generated.slice(0, 1500), ...broken, ...generated.slice(1500)].join("\n")}\n`,
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("mra-circulair validate", () => {
  it("accepts a valid dataset, exit 0, with the totals of the report", async () => {
    const { code, stdout, stderr } = await capture(["validate", path("valid.json")]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^0 errors, 0 warnings and 0 notices in \d+ records: valid\n$/);
  });

  it("lists each finding with file, line, column, pointer and message, exit 1", async () => {
    const { code, stdout } = await capture(["validate", path("invalid.json")]);
    expect(code).toBe(1);
    const file = path("invalid.json");
    expect(stdout).toMatch(new RegExp(`${file}:\\d+:\\d+  /meta/extra  `));
    expect(stdout).toContain("/meta/license");
    expect(stdout).toContain("/organisations/0/kind");
    expect(stdout).toContain("/organisations/0/name");
    expect(stdout).toMatch(/\d+ errors, .*: invalid\n/);
    // the escape sequence in the data is not echoed
    expect(stdout).not.toContain("\u001b");
  });

  it("words the report in Dutch on request", async () => {
    const { stdout } = await capture(["validate", path("invalid.json"), "--lang", "nl"]);
    expect(stdout).toMatch(/^fout {2}/m);
    expect(stdout).toContain(": ongeldig");
    expect(stdout).toMatch(/\d+ fouten, \d+ waarschuwingen en \d+ meldingen/);
  });

  it("applies --max-record-bytes and --max-depth, and refuses a limit that is no whole number", async () => {
    const json = async (...args: string[]) =>
      JSON.parse((await capture(["validate", ...args, "--format", "json"])).stdout);
    const small = await json(path("lines.ndjson"), "--max-record-bytes", "100");
    expect(small.files[0].findings.map((f: { code: string }) => f.code)).toContain("record-too-large");
    const shallow = await json(path("lines.ndjson"), "--max-depth", "1");
    expect(shallow.files[0].findings.map((f: { code: string }) => f.code)).toContain("nesting-too-deep");
    const bad = await capture(["validate", path("lines.ndjson"), "--max-depth", "deep"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--max-depth");
  });

  it("caps the findings with --max-errors, never the counts", async () => {
    const full = JSON.parse((await capture(["validate", path("invalid.json"), "--format", "json"])).stdout);
    const { code, stdout } = await capture(["validate", path("invalid.json"), "--format", "json", "--max-errors", "1"]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(full.totals.errors).toBeGreaterThan(1);
    expect(report.totals).toEqual(full.totals);
    expect(report.byCode).toEqual(full.byCode);
    expect(report.files[0].errors).toBe(full.files[0].errors);
    expect(report.files[0].findings).toHaveLength(1);
    expect(report.truncated).toBe(true);
    const none = JSON.parse(
      (await capture(["validate", path("invalid.json"), "--format", "json", "--max-errors", "0"])).stdout,
    );
    expect(none.files[0].findings).toEqual([]);
    expect(none.totals).toEqual(full.totals);
  });

  it("gives the same report on threads as on the main thread, and checks --jobs", async () => {
    const report = async (...args: string[]) => {
      const { code, stdout } = await capture(["validate", path("many.ndjson"), "--format", "json", ...args]);
      return { code, report: JSON.parse(stdout) };
    };
    const main = await report("--jobs", "1");
    expect(main.code).toBe(1);
    expect(main.report.totals.errors).toBeGreaterThan(2);
    expect(await report("--jobs", "2")).toEqual(main);
    expect(await report()).toEqual(main);
    for (const jobs of ["0", "two", "1.5"]) {
      const bad = await capture(["validate", path("many.ndjson"), "--jobs", jobs]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("--jobs");
    }
  });

  it("writes the JSON report in the chosen language", async () => {
    const en = JSON.parse((await capture(["validate", path("lines.ndjson"), "--format", "json"])).stdout);
    const nl = JSON.parse(
      (await capture(["validate", path("lines.ndjson"), "--format", "json", "--lang", "nl"])).stdout,
    );
    expect(en).toMatchObject({ version: "1.0", language: "en", valid: false });
    expect(nl.language).toBe("nl");
    expect(nl.files[0].findings[0].message).not.toBe(en.files[0].findings[0].message);
  });

  it("reports an NDJSON error on its own line", async () => {
    const { code, stdout } = await capture(["validate", path("lines.ndjson"), "--format", "json"]);
    expect(code).toBe(1);
    const [finding] = JSON.parse(stdout).files[0].findings;
    expect(finding).toMatchObject({
      pointer: "/id",
      entity: "Organisation",
      location: { file: path("lines.ndjson"), line: 3 },
    });
    const text = await capture(["validate", path("lines.ndjson")]);
    expect(text.stdout).toMatch(new RegExp(`${path("lines.ndjson")}:3:\\d+  /id  `));
  });

  it("reports a JSON syntax error at its line and column as invalid data", async () => {
    const { code, stdout } = await capture(["validate", path("syntax.json"), "--format", "json"]);
    expect(code).toBe(1);
    const [finding] = JSON.parse(stdout).files[0].findings;
    expect(finding).toMatchObject({ code: "json-syntax", location: { line: 3, column: 11 } });
  });

  it("writes JUnit XML: a suite per file, a failing case per error code", async () => {
    const files = [path("declarations.ndjson"), path("lines.ndjson")];
    const { code, stdout } = await capture(["validate", ...files, "--format", "junit"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="mra-circulair" /);
    expect(stdout.match(/<testsuite /g)).toHaveLength(2);
    expect(stdout).toContain(`<testsuite name="${files[0]}" tests="1" failures="0"`);
    expect(stdout).toContain(`<testcase classname="${files[0]}" name="valid"/>`);
    expect(stdout).toContain(`<testsuite name="${files[1]}" tests="1" failures="1"`);
    expect(stdout).toMatch(/<failure type="schema-type" message="1 finding">[^<]*lines\.ndjson:3:\d+ {2}\/id {2}/);
    expect(stdout.trimEnd()).toMatch(/<\/testsuites>$/);
  });

  it("writes SARIF 2.1.0 with a result per finding and its region", async () => {
    const { code, stdout } = await capture(["validate", path("lines.ndjson"), "--format", "sarif", "--lang", "nl"]);
    expect(code).toBe(1);
    const sarif = JSON.parse(stdout);
    expect(sarif.version).toBe("2.1.0");
    const [run] = sarif.runs;
    expect(run.tool.driver.name).toBe("mra-circulair");
    expect(run.tool.driver.rules.length).toBeGreaterThan(10);
    expect(run.language).toBe("nl");
    expect(run.results[0]).toMatchObject({
      level: "error",
      locations: [{ physicalLocation: { region: { startLine: 3 } } }],
      properties: { pointer: "/id" },
    });
    expect(run.tool.driver.rules[run.results[0].ruleIndex].id).toBe(run.results[0].ruleId);
  });

  it("colours the text report only on a terminal, and never with NO_COLOR", async () => {
    const tty = await capture(["validate", path("invalid.json")], {}, { isTTY: true });
    expect(tty.stdout).toContain("\u001b[31m");
    const noColor = await capture(["validate", path("invalid.json")], { NO_COLOR: "1" }, { isTTY: true });
    expect(noColor.stdout).not.toContain("\u001b[");
  });

  it("validates several files as one dataset: a reference may cross files", async () => {
    const alone = await capture(["validate", path("signatures.ndjson"), "--format", "json"]);
    expect(alone.code).toBe(1);
    expect(JSON.parse(alone.stdout).byCode.map((c: { code: string }) => c.code)).toContain("unresolved-reference");
    const together = await capture(["validate", path("declarations.ndjson"), path("signatures.ndjson")]);
    expect(together.code).toBe(0);
  });

  it("refuses a missing file, a directory and an unknown extension before reading anything, exit 2", async () => {
    const { code, stdout, stderr } = await capture(["validate", path("valid.json"), path("missing.json"), dir]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`error [E_READ]: ${path("missing.json")}: the file does not exist\n`);
    expect(stderr).toContain(`error [E_READ]: ${dir}: is a directory, not a file\n`);
    const yaml = await capture(["validate", path("notes.yaml")], { LANG: "nl_NL.UTF-8" });
    expect(yaml.code).toBe(2);
    expect(yaml.stderr).toContain(`fout [E_FORMAT]: ${path("notes.yaml")}: het formaat is niet af te leiden`);
  });

  it("reads a file of any name with --input-format", async () => {
    expect((await capture(["validate", path("data.log")])).code).toBe(2);
    expect((await capture(["validate", path("data.log"), "--input-format", "ndjson"])).code).toBe(0);
    const wrong = await capture(["validate", path("data.log"), "--input-format", "yaml"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--input-format must be one of json, ndjson, csv, xlsx, not yaml");
  });

  it("tells the entity of a single-record document by its keys, and says so", async () => {
    const { code, stderr, stdout } = await capture(["validate", path("organisation.json")]);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `${path("organisation.json")}: read as one Organisation, as its keys tell; name another with --entity\n`,
    );
    expect(stdout).toContain("in 1 record: valid");
  });

  it("takes --entity in PascalCase, kebab-case or as the dataset key", async () => {
    for (const name of ["Organisation", "organisation", "organisations"]) {
      const { code, stderr } = await capture(["validate", path("organisation.json"), "--entity", name]);
      expect(code).toBe(0);
      expect(stderr).toBe("");
    }
    const wrong = await capture([
      "validate",
      path("organisation.json"),
      "--entity",
      "purchase-package",
      "--format",
      "json",
    ]);
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.stdout).files[0].findings[0].entity).toBe("PurchasePackage");
  });

  it("asks for --entity when the keys fit no entity, and refuses an unknown one", async () => {
    const unnamed = await capture(["validate", path("unknown-shape.json")]);
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toContain(`[E_ENTITY_REQUIRED]: ${path("unknown-shape.json")}: cannot tell which entity`);
    const unknown = await capture(["validate", path("organisation.json"), "--entity", "Organization"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("[E_UNKNOWN_ENTITY]: unknown entity Organization");
  });

  it("refuses bad option values as usage errors", async () => {
    const format = await capture(["validate", path("valid.json"), "--format", "xml"]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("--format must be one of text, json, junit, sarif, not xml");
    const max = await capture(["validate", path("valid.json"), "--max-errors", "-1"]);
    expect(max.code).toBe(2);
    expect(max.stderr).toContain("--max-errors must be a whole number of 0 or more");
    expect((await capture(["validate"])).code).toBe(2);
  });

  it("describes a valid JSON dataset with --summary", async () => {
    const { code, stdout } = await capture(["validate", path("valid.json"), "--summary"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Publisher +mra-circulair/);
    expect(stdout).toMatch(/Organisations +36/);
    expect(stdout).toMatch(/Purchase packages +5/);
    expect(stdout).toMatch(/Signatories +36/);
    expect(stdout).toMatch(/Targets +2022: 10 \S+ \(\S+\)/);
    const nl = await capture(["validate", path("valid.json"), "--summary", "--lang", "nl"]);
    expect(nl.stdout).toMatch(/Inkooppakketten +5/);
    const invalid = await capture(["validate", path("invalid.json"), "--summary"]);
    expect(invalid.stdout).not.toContain("holds:");
    const ndjson = await capture(["validate", path("declarations.ndjson"), "--summary"]);
    expect(ndjson.stdout).toContain("--summary describes a JSON dataset document only");
    const json = await capture(["validate", path("valid.json"), "--summary", "--format", "json"]);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain("--summary goes with --format text only");
  });
});

describe("mra-circulair validate, tables", () => {
  let tables: string;
  const table = (name: string) => join(tables, name);
  const dataset = generateDataset({ records: 10, seed: 5 });

  beforeAll(async () => {
    tables = await mkdtemp(join(tmpdir(), "mra-circulair-tables-"));
    // Dutch Excel: ";" and decimal commas
    for (const info of tabularEntities()) {
      const value: unknown = Reflect.get(dataset, info.datasetKey);
      const records = info.entity === "DatasetMeta" ? [value] : (value as unknown[]);
      await writeFile(table(`${info.datasetKey}.csv`), writeCsvText(records, { entity: info.entity, delimiter: ";" }));
    }
    const procurements = (await readFile(table("procurements.csv"), "utf8")).split("\r\n");
    procurements[2] = (procurements[2] ?? "").replace(/;\d{8}-\d;/, ";not-a-cpv;");
    await mkdir(table("bad"));
    await writeFile(table("bad/procurements.csv"), procurements.join("\r\n"));
    await writeFile(table("export.csv"), await readFile(table("organisations.csv")));
    const signatures = await readFile(table("signatures.csv"), "utf8");
    await mkdir(table("dmy"));
    await writeFile(
      table("dmy/signatures.csv"),
      signatures.replace(/(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w:-])/g, "$3-$2-$1"),
    );
    const organisations = await readFile(table("organisations.csv"), "utf8");
    await writeFile(
      table("cp1252.organisations.csv"),
      Buffer.from(organisations.replace(/Aalsmeer/g, "Aalsméér"), "latin1"),
    );
    await writeFile(table("dataset.xlsx"), await writeXlsx(dataset));
  });

  afterAll(async () => {
    await rm(tables, { recursive: true, force: true });
  });

  const csvFiles = () => tabularEntities().map((info) => table(`${info.datasetKey}.csv`));

  it("validates one CSV file per entity together, each named after its entity", async () => {
    const { code, stdout, stderr } = await capture(["validate", ...csvFiles(), "--format", "json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.files).toHaveLength(tabularEntities().length);
    expect(report.files.find((f: { file: string }) => f.file === table("procurements.csv")).records).toEqual({
      Procurement: 10,
    });
  });

  it("locates a CSV finding by row and column heading", async () => {
    const { code, stdout } = await capture(["validate", table("bad/procurements.csv"), "--format", "json"]);
    expect(code).toBe(1);
    const finding = JSON.parse(stdout).files[0].findings.find((f: { pointer: string }) =>
      f.pointer.includes("cpvCodes"),
    );
    expect(finding).toMatchObject({ code: "schema-pattern", location: { row: 3, heading: "cpvCodes" } });
    const text = await capture(["validate", table("bad/procurements.csv"), "--lang", "nl"]);
    expect(text.stdout).toContain(`${table("bad/procurements.csv")} rij 3 "cpvCodes"`);
  });

  it("passes --delimiter, --decimal, --encoding and --date-format to the CSV reader", async () => {
    const comma = await capture(["validate", table("organisations.csv"), "--delimiter", ",", "--format", "json"]);
    expect(comma.code).toBe(1);
    expect(JSON.parse(comma.stdout).byCode[0].code).toBe("csv-wrong-delimiter");
    const point = await capture(["validate", table("procurements.csv"), "--decimal", ".", "--format", "json"]);
    expect(JSON.parse(point.stdout).byCode.map((c: { code: string }) => c.code)).toContain("csv-decimal");
    const detected = JSON.parse(
      (await capture(["validate", table("cp1252.organisations.csv"), "--format", "json"])).stdout,
    );
    expect(detected.byCode).toEqual([
      { code: "csv-encoding-detected", severity: "info", title: expect.any(String), count: 1 },
    ]);
    const declared = await capture(["validate", table("cp1252.organisations.csv"), "--encoding", "windows-1252"]);
    expect(declared.stdout).toMatch(/^0 errors, 0 warnings and 0 notices in 36 records: valid/);
    const utf8 = JSON.parse(
      (await capture(["validate", table("cp1252.organisations.csv"), "--encoding", "utf-8", "--format", "json"]))
        .stdout,
    );
    expect(utf8.byCode[0].code).toBe("not-utf8");
    const codes = async (...args: string[]) =>
      JSON.parse(
        (await capture(["validate", table("dmy/signatures.csv"), "--format", "json", ...args])).stdout,
      ).byCode.map((c: { code: string }) => c.code);
    expect(await codes()).toContain("csv-date-format");
    expect(await codes("--date-format", "dd-mm-yyyy")).not.toContain("csv-date-format");
    const bad = await capture(["validate", table("organisations.csv"), "--delimiter", "|"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--delimiter must be one of ",", ";", tab, not |');
  });

  it("asks for the entity of a CSV file its name does not give, and refuses one without a table", async () => {
    const unnamed = await capture(["validate", table("export.csv")]);
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toContain(
      `[E_ENTITY_REQUIRED]: ${table("export.csv")}: cannot tell the entity of a CSV file`,
    );
    expect((await capture(["validate", table("export.csv"), "--entity", "organisations"])).code).toBe(0);
    const target = await capture(["validate", table("export.csv"), "--entity", "Target"]);
    expect(target.code).toBe(2);
    expect(target.stderr).toContain("Target has no CSV form");
  });

  it("validates a workbook with one sheet per entity", async () => {
    const { code, stdout } = await capture(["validate", table("dataset.xlsx"), "--format", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).files[0]).toMatchObject({ format: "xlsx", valid: true });
  });
});
