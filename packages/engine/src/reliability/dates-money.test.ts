import { readCsv, writeCsvText } from "@mra-circulair/io";
import { describe, expect, it } from "vitest";
import {
  criterion,
  criterionLine,
  encode,
  entity,
  line,
  metaRecord,
  ndjson,
  procurement,
  run,
  sites,
} from "./fixtures.ts";

const criterionCsv = writeCsvText([criterion], { entity: entity("Criterion"), delimiter: ";" });
const procurementCsv = writeCsvText([procurement], { entity: entity("Procurement"), delimiter: ";", decimal: "," });

describe("G9 calendar-correct dates", () => {
  it.each(["2023-02-30", "2023-02-29", "2023-13-01", "2023-2-3"])("rejects %s as schema-date", async (date) => {
    const result = await run(encode(ndjson(criterionLine(`"validFrom":"${date}"`))), "d.ndjson");
    expect(sites(result)).toEqual([["schema-date", "/validFrom", { file: "d.ndjson", line: 2, column: 31 }]]);
  });

  it("accepts the leap day 2024-02-29", async () => {
    const result = await run(encode(ndjson(criterionLine(`"validFrom":"2024-02-29"`))), "d.ndjson");
    expect(result.findings).toEqual([]);
  });
});

describe("G10 explicit timezone semantics", () => {
  it("rejects a date-time without an offset", async () => {
    const text = line("meta", { ...metaRecord, publishedAt: "2026-11-28T12:00:00" });
    const result = await run(encode(text), "t.ndjson");
    expect(sites(result)).toEqual([
      ["schema-pattern", "/publishedAt", { file: "t.ndjson", line: 1, column: 159 }],
      ["schema-date-time", "/publishedAt", { file: "t.ndjson", line: 1, column: 159 }],
    ]);
  });

  it("accepts Amsterdam's nonexistent 02:30 when an explicit offset is given", async () => {
    // differs from G10: an offset is required, so the zone gap cannot arise and no warning is given
    const text = line("meta", { ...metaRecord, publishedAt: "2023-03-26T02:30:00+01:00" });
    expect((await run(encode(text), "t.ndjson")).findings).toEqual([]);
  });

  it("reads a dd-mm-yyyy CSV date only with a declared date format", async () => {
    const text = criterionCsv.replace(";active;;;", ";active;;;28-11-2026");
    const undeclared = await run(encode(text), "d.csv", { entity: "Criterion" });
    // once, by the reader, which says why: not also schema-date for the same cell
    expect(undeclared.findings.map((f) => [f.code, f.pointer, f.location.row, f.location.heading])).toEqual([
      ["csv-date-format", "/criteria/0/validFrom", 2, "validFrom"],
    ]);
    const declared = await run(encode(text), "d.csv", { entity: "Criterion", tabular: { dateFormat: "dd-mm-yyyy" } });
    expect(declared.findings).toEqual([]);
  });
});

describe("G11 exact money", () => {
  const withAmount = (amount: string) => procurementCsv.replace(";1250000,00;", `;${amount};`);

  it("reads 1.234,56 under the Dutch decimal comma as exactly 1234.56", async () => {
    const text = withAmount("1.234,56");
    const result = await run(encode(text), "m.csv", { entity: "Procurement", tabular: { decimal: "," } });
    expect(result.findings).toEqual([]);
    const options = { file: "m.csv", entity: entity("Procurement"), decimal: "," } as const;
    const values: unknown[] = [];
    for await (const item of readCsv(encode(text), options)) if (item.kind === "record") values.push(item.record.value);
    expect(values).toMatchObject([{ contractValue: { amount: "1234.56" } }]);
  });

  it("rejects 12,5 under the decimal point, never truncating it to 12", async () => {
    const result = await run(encode(withAmount("12,5")), "m.csv", { entity: "Procurement", tabular: { decimal: "." } });
    const amount = result.findings.filter((f) => f.location.heading === "contractValue/amount");
    expect(amount.map((f) => [f.code, f.location.row, f.location.column])).toEqual([["csv-decimal", 2, 10]]);
  });

  it.each(["19.99", "1.15", "0.07", "1234567.89"])(
    "accepts the amount %s: money is a decimal string",
    async (amount) => {
      // differs from G11: amounts are decimal strings with a pattern, not numbers with multipleOf 0.01
      const record = { ...procurement, contractValue: { amount, currency: "EUR" } };
      expect((await run(encode(ndjson(line("procurement", record))), "m.ndjson")).findings).toEqual([]);
    },
  );

  it("rejects a JSON number as an amount, on its line", async () => {
    const record = { ...procurement, contractValue: { amount: 19.99, currency: "EUR" } };
    const result = await run(encode(ndjson(line("procurement", record))), "m.ndjson");
    expect(result.findings.map((f) => [f.code, f.pointer, f.location.line])).toEqual([
      ["schema-type", "/contractValue/amount", 2],
    ]);
  });
});
