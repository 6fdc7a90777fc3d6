import { describe, expect, it } from "vitest";
import { whereText } from "./where.ts";

const file = "data.csv";

describe("whereText", () => {
  it("gives a JSON finding's line and column", () => {
    expect(whereText({ file, line: 12, column: 5 }, "nl")).toBe("regel 12, kolom 5");
    expect(whereText({ file, line: 12 }, "en")).toBe("line 12");
  });

  it("gives a CSV finding's row and column heading, not its line", () => {
    expect(whereText({ file, row: 4, line: 7, column: 2, heading: "Opdrachtgever" }, "nl")).toBe(
      "rij 4, kolom ‘Opdrachtgever’",
    );
    expect(whereText({ file, row: 1234, column: 3 }, "en")).toBe("row 1234, column 3");
  });

  it("names the sheet of a workbook", () => {
    expect(whereText({ file, sheet: "procurements", row: 3, heading: "Buyer" }, "en")).toBe(
      "sheet ‘procurements’, row 3, column ‘Buyer’",
    );
  });

  it("says the whole file when the finding has no place in it", () => {
    expect(whereText({ file }, "nl")).toBe("het hele bestand");
    expect(whereText({ file }, "en")).toBe("the whole file");
  });
});
