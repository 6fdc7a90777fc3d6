import { describe, expect, it } from "vitest";
import { columns, table } from "./table.ts";

describe("table", () => {
  it("aligns columns by characters and pads no last column", () => {
    expect(
      table(
        ["Naam", "Code"],
        [
          ["Weesp", "GM0457"],
          ["Zaanstad", ""],
        ],
      ),
    ).toEqual(["Naam      Code", "Weesp     GM0457", "Zaanstad"]);
    expect(
      columns([
        ["é", "x"],
        ["ab", "y"],
      ]),
    ).toEqual(["é   x", "ab  y"]);
  });

  it("styles the header only and strips escape sequences and control characters from cells", () => {
    expect(table(["a"], [["b\u001b[2J\u0007c"]], (s) => `*${s}*`)).toEqual(["*a*", "bc"]);
  });
});
