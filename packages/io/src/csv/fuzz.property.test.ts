import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { fastCheckParameters } from "../../../conformance/src/fast-check-parameters.ts";
import type { TabularReadItem } from "../flatten/tabular-record.ts";
import { readXlsx } from "../xlsx/read-xlsx.ts";
import { readCsv } from "./read-csv.ts";

async function drain(events: AsyncIterable<TabularReadItem>): Promise<TabularReadItem[]> {
  const all: TabularReadItem[] = [];
  for await (const event of events) all.push(event);
  return all;
}

const csvText = fc.string({
  unit: fc.constantFrom(
    ",",
    ";",
    "\t",
    '"',
    "\r",
    "\n",
    "'",
    "=",
    "a",
    "1",
    ".",
    " ",
    "€",
    "\u0000",
    "/",
    "__proto__",
    "constructor",
    "id",
    "title/nl",
    "cpvCodes",
    "criteriaApplied/0/use",
  ),
  maxLength: 60,
});

describe("the readers never throw on data, and never pollute a prototype (G2, G3, G4)", () => {
  afterEach(() => {
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it("readCsv, on CSV-like text", async () => {
    await fc.assert(
      fc.asyncProperty(csvText, fc.constantFrom(undefined, ",", ";"), async (text, delimiter) => {
        const events = await drain(
          readCsv(new TextEncoder().encode(text), {
            file: "f.csv",
            entity: "Procurement",
            ...(delimiter === undefined ? {} : { delimiter }),
          }),
        );
        for (const event of events) {
          if (event.kind === "record") {
            expect(Object.getPrototypeOf(event.record.value)).toBe(Object.prototype);
            expect(Object.hasOwn(event.record.value, "__proto__")).toBe(false);
            expect(event.record.locate("/title/nl").row).toBe(event.record.location.row);
          }
          if (event.kind === "finding") expect(event.finding.location.file).toBe("f.csv");
        }
      }),
      { ...fastCheckParameters(), numRuns: 300 },
    );
  });

  it("readCsv and readXlsx, on arbitrary bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        await drain(readCsv(bytes, { file: "f.csv", entity: "Organisation" }));
        const xlsx = await drain(readXlsx(bytes, { file: "f.xlsx" }));
        expect(xlsx.map((event) => event.kind === "finding" && event.finding.code)).toEqual(["xlsx-invalid"]);
      }),
      { ...fastCheckParameters(), numRuns: 200 },
    );
  });
});
