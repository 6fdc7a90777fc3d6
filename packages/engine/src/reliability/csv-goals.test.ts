import { readCsv, writeCsvText } from "@mra-circulair/io";
import { describe, expect, it } from "vitest";
import { criterion, encode, entity, procurement, run, sites } from "./fixtures.ts";

const csv = (delimiter: "," | ";") => writeCsvText([criterion], { entity: entity("Criterion"), delimiter });
const [heading = "", row = ""] = csv(";").split("\r\n");
const asCriterion = { entity: "Criterion" } as const;

describe("G14 export neutralises formulas and reads them back", () => {
  const triggers = ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r\n=1", " =1", '"=1"', "＝1", "＋1", "－1", "＠1"];

  it.each(triggers)("round-trips the title %j as data, quoted and prefixed on export", async (title) => {
    const text = writeCsvText([{ ...criterion, title: { nl: title } }], { entity: entity("Criterion") });
    const cell = text.split("\r\n")[1]?.split(",")[1] ?? "";
    if (/^[=+\-@\t\r＝＋－＠]/.test(title)) expect(cell.replace(/^"/, "")).toMatch(/^'/);
    const result = await run(encode(text), "f.csv", asCriterion);
    expect(result.findings).toEqual([]);
  });

  it("locates a neutralised formula that is not a valid code by row and heading", async () => {
    const text = writeCsvText([{ ...criterion, status: "=HYPERLINK(1)" }], { entity: entity("Criterion") });
    expect(text).toContain("'=HYPERLINK(1)");
    const result = await run(encode(text), "f.csv", asCriterion);
    expect(result.findings.map((f) => [f.code, f.location.row, f.location.heading, f.excerpt])).toEqual([
      ["code-not-in-closed-codelist", 2, "status", '"=HYPERLINK(1)"'],
    ]);
  });

  it("leaves numeric cells unprefixed", () => {
    const text = writeCsvText([procurement], { entity: entity("Procurement") });
    expect(text).toContain(",1250000.00,");
    expect(text).not.toContain("'1250000");
  });
});

describe("G15 Dutch Excel CSV in Windows-1252", () => {
  const cp1252: Record<string, number> = { "€": 0x80, "’": 0x92, "–": 0x96, é: 0xe9, ü: 0xfc };
  const bytes = Uint8Array.from(
    [...`${heading}\r\n${row.replace("Hergebruik", "Café Müller € ’ –")}\r\n`].map((c) => cp1252[c] ?? c.charCodeAt(0)),
  );

  it("detects the encoding without a BOM and says so", async () => {
    const result = await run([bytes], "nl.csv", asCriterion);
    expect(sites(result)).toEqual([["csv-encoding-detected", "", { file: "nl.csv" }]]);
    expect(result.findings[0]?.args).toEqual({ encoding: "windows-1252" });
  });

  it("decodes to the exact characters when declared, never U+FFFD or U+0080", async () => {
    const declared = await run([bytes], "nl.csv", { ...asCriterion, tabular: { encoding: "windows-1252" } });
    expect(declared.findings).toEqual([]);
    const options = { file: "nl.csv", entity: entity("Criterion"), encoding: "windows-1252" } as const;
    const titles: unknown[] = [];
    for await (const item of readCsv([bytes], options)) if (item.kind === "record") titles.push(item.record.value);
    expect(titles).toMatchObject([{ title: { nl: "Café Müller € ’ –" } }]);
  });

  it("refuses the bytes declared as UTF-8, on their row", async () => {
    const result = await run([bytes], "nl.csv", { ...asCriterion, tabular: { encoding: "utf-8" } });
    expect(sites(result)).toEqual([["not-utf8", "", { file: "nl.csv", row: 2, line: 2 }]]);
  });

  it("reads a UTF-8 BOM file with a clean first heading", async () => {
    expect((await run(encode(`\uFEFF${csv(",")}`), "bom.csv", asCriterion)).findings).toEqual([]);
  });
});

describe("G16 delimiter handling", () => {
  it("detects ; from the header line", async () => {
    expect((await run(encode(csv(";")), "d.csv", asCriterion)).findings).toEqual([]);
  });

  it("says the delimiter looks like ; when , is declared, never a valid one-column file", async () => {
    const result = await run(encode(csv(";")), "d.csv", { ...asCriterion, tabular: { delimiter: "," } });
    expect(sites(result)).toEqual([["csv-wrong-delimiter", "", { file: "d.csv", row: 1, line: 1 }]]);
    expect(result.valid).toBe(false);
  });

  it("reports an ambiguous header as csv-delimiter", async () => {
    const result = await run(encode(`${heading.replace(";", ",")}\r\n${row}\r\n`), "d.csv", asCriterion);
    expect(sites(result)).toEqual([["csv-delimiter", "", { file: "d.csv", row: 1, line: 1 }]]);
  });
});

describe("G17 malformed CSV gives precise errors", () => {
  // a row that gives no record has no pointer; one that does has the record's, or its cell's, in the dataset
  it.each([
    ["csv-unclosed-quote", `"crit-1;${row.slice(7)}`, "", { row: 2, line: 2, column: 1, heading: "id" }],
    ["csv-invalid-quote", `cr"it-1;${row.slice(7)}`, "", { row: 2, line: 2, column: 1, heading: "id" }],
    ["csv-ragged-row", `${row};x`, "/criteria/0", { row: 2, line: 2 }],
    [
      "csv-nul-byte",
      row.replace("Hergebruik", "Herge\0bruik"),
      "/criteria/0/title/nl",
      { row: 2, line: 2, column: 2, heading: "title/nl" },
    ],
  ])("reports %s with its location", async (code, body, pointer, location) => {
    const result = await run(encode(`${heading}\r\n${body}\r\n`), "m.csv", asCriterion);
    expect(sites(result)).toEqual([[code, pointer, { file: "m.csv", ...location }]]);
  });

  it("reports CR-only line endings", async () => {
    const result = await run(encode(`${heading}\r${row}\r`), "m.csv", asCriterion);
    expect(sites(result)).toEqual([["csv-line-ending", "", { file: "m.csv", row: 1, line: 1 }]]);
  });

  it("reports an unclosed quote on line 2 of an 11 MiB file on row 2", async () => {
    // the reader reports the quote that never closes rather than record-too-large once the quoted field passes 10 MiB
    const rest = `${row}\r\n`.repeat(Math.ceil((11 * 1024 * 1024) / (row.length + 2)));
    const result = await run(encode(`${heading}\r\n"${rest}`), "m.csv", asCriterion);
    expect(result.findings.map((f) => [f.code, f.location.row])).toEqual([["csv-unclosed-quote", 2]]);
  });
});
