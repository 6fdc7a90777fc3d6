import { describe, expect, it } from "vitest";
import { describeLocation } from "./finding-text.ts";

describe("describeLocation", () => {
  it("writes a text location as file:line:column", () => {
    expect(describeLocation({ file: "a.json", line: 3, column: 14 }, "nl")).toBe("a.json:3:14");
    expect(describeLocation({ file: "a.ndjson", line: 70_000 }, "en")).toBe("a.ndjson:70000");
  });

  it("writes a table location with its sheet, row and heading, in the chosen language", () => {
    expect(describeLocation({ file: "b.xlsx", sheet: "Inkoop", row: 4, heading: "Naam" }, "nl")).toBe(
      'b.xlsx blad "Inkoop" rij 4 "Naam"',
    );
    expect(describeLocation({ file: "b.csv", row: 4, column: 2 }, "en")).toBe("b.csv row 4 column 2");
    expect(describeLocation({ file: "b.csv" }, "en")).toBe("b.csv");
  });

  it("cleans and quotes what comes from the file", () => {
    expect(describeLocation({ file: "b\u001b[2J.csv", row: 2, heading: 'Na"am\u202e' }, "en")).toBe(
      'b.csv row 2 "Na\\"am"',
    );
  });
});
