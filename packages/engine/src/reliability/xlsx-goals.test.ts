import { readXlsx, writeXlsx } from "@mra-circulair/io";
import { afterAll, describe, expect, it } from "vitest";
import { part } from "../../../io/src/xlsx/testing.ts";
import { textCell, workbookBytes } from "../../../io/src/xlsx/write-xlsx.ts";
import { criterion, metaRecord, run, sites } from "./fixtures.ts";

const protoKeys = Object.getOwnPropertyNames(Object.prototype);

describe("G3 no prototype pollution through XLSX", () => {
  afterAll(() => {
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(protoKeys);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("rejects the headings __proto__, a repeated __proto__, a.__proto__.x and constructor/prototype", async () => {
    const headings = ["__proto__", "__proto__", "a.__proto__.x", "constructor/prototype", "id"];
    const bytes = await workbookBytes([
      { sheet: "criteria", data: [headings.map(textCell), ["1", "2", "3", "4", "crit-1"].map(textCell)] },
    ]);
    const result = await run([bytes], "p.xlsx");
    const forbidden = result.findings.filter((f) => f.code === "csv-forbidden-column");
    expect(forbidden.map((f) => [f.location.sheet, f.location.row, f.location.column, f.location.heading])).toEqual([
      ["criteria", 1, 1, "__proto__"],
      ["criteria", 1, 2, "__proto__"],
      ["criteria", 1, 3, "a.__proto__.x"],
      ["criteria", 1, 4, "constructor/prototype"],
    ]);
  });

  it("reads no sheet named __proto__, constructor or toString as an entity", async () => {
    const sheet = (name: string) => ({ sheet: name, data: [["id"].map(textCell), ["x"].map(textCell)] });
    const bytes = await workbookBytes(["__proto__", "constructor", "toString"].map(sheet));
    const result = await run([bytes], "s.xlsx");
    expect(result.findings.map((f) => [f.code, f.location.sheet])).toEqual([
      ["xlsx-unknown-sheet", "__proto__"],
      ["xlsx-unknown-sheet", "constructor"],
      ["xlsx-unknown-sheet", "toString"],
    ]);
    expect(result.totals.records).toBe(0);
  });

  it("keeps prototype names in cells as plain data in records whose prototype is Object.prototype", async () => {
    const titles = ["__proto__", "constructor", "toString", "hasOwnProperty"];
    const criteria = titles.map((title, i) => ({ ...criterion, id: `crit-${i}`, title: { nl: title } }));
    const bytes = await writeXlsx({ meta: metaRecord, criteria });
    expect((await run([bytes], "v.xlsx")).findings).toEqual([]);
    const values: unknown[] = [];
    for await (const item of readXlsx(bytes, { file: "v.xlsx" }))
      if (item.kind === "record") values.push(item.record.value);
    expect(values.slice(1)).toEqual(criteria);
    for (const value of values) expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});

describe("G14 XLSX export writes text, never formulas", () => {
  const triggers = [
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1)",
    "\t=1",
    "\r\n=1",
    " =1",
    '"=1"',
    "＝1",
    "＋1",
    "－1",
    "＠1",
    "=A1\u0000",
  ];

  it("round-trips every formula trigger as data, with no formula cell in the workbook", async () => {
    const criteria = triggers.map((title, i) => ({ ...criterion, id: `crit-${i}`, title: { nl: title } }));
    const bytes = await writeXlsx({ meta: metaRecord, criteria });
    expect(await part(bytes, "xl/worksheets/sheet2.xml")).not.toMatch(/<f[\s>]/);
    // the reader warns with xlsx-formula about any formula cell; there is none, and the titles come back as written
    expect((await run([bytes], "g14.xlsx")).findings).toEqual([]);
    const values: unknown[] = [];
    for await (const item of readXlsx(bytes, { file: "g14.xlsx" }))
      if (item.kind === "record") values.push(item.record.value);
    expect(values.slice(1)).toEqual(criteria);
  });

  it("locates a neutralised formula that is not a valid code by sheet, row and heading", async () => {
    const bytes = await writeXlsx(
      { meta: metaRecord, criteria: [{ ...criterion, status: "=HYPERLINK(1)" }] },
      { headings: "nl" },
    );
    const result = await run([bytes], "g14.xlsx");
    expect(
      result.findings.map((f) => [f.code, f.pointer, f.location.sheet, f.location.row, f.location.heading, f.excerpt]),
    ).toEqual([["code-not-in-closed-codelist", "/criteria/0/status", "Criteria", 2, "Status", '"=HYPERLINK(1)"']]);
  });

  it("never evaluates a formula cell of a workbook it reads: a warning at the cell, and no value", async () => {
    const bytes = await workbookBytes([
      {
        sheet: "criteria",
        data: [
          ["id", "title/nl"].map(textCell),
          [textCell("crit-1"), { type: "Formula", value: 'CONCATENATE("a","b")' }],
        ],
      },
    ]);
    const result = await run([bytes], "f.xlsx");
    expect(sites(result).filter(([code]) => code === "xlsx-formula")).toEqual([
      ["xlsx-formula", "", { file: "f.xlsx", sheet: "criteria", row: 2, column: 2 }],
    ]);
    expect(result.findings.find((f) => f.location.heading === "title/nl")?.code).toBe("schema-required");
  });
});
