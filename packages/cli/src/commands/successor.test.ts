import { describe, expect, it } from "vitest";
import { capture } from "../testing/capture.ts";

describe("mra-circulair successor", () => {
  it("answers Weesp -> Amsterdam, by name or by code, in either language", async () => {
    const en = await capture(["successor", "Weesp"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toBe("Weesp (GM0457) -> Amsterdam (GM0363) since 2022-03-24 (light-merger)\n");
    const nl = await capture(["successor", "GM0457", "--lang", "nl"]);
    expect(nl.stdout).toBe("Weesp (GM0457) -> Amsterdam (GM0363) sinds 2022-03-24 (light-merger)\n");
  });

  it("prints the steps as JSON", async () => {
    const { code, stdout } = await capture(["successor", "beemster", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      organisation: { id: "GM0370", name: "Beemster", validTo: "2022-01-01" },
      successor: { id: "GM0439", name: "Purmerend" },
      steps: [
        {
          from: { id: "GM0370", name: "Beemster" },
          to: { id: "GM0439", name: "Purmerend" },
          date: "2022-01-01",
          type: "merger",
        },
      ],
    });
  });

  it("says plainly that an organisation never merged, exit 0", async () => {
    const { code, stdout } = await capture(["successor", "Amsterdam"]);
    expect(code).toBe(0);
    expect(stdout).toBe("Amsterdam (GM0363) never merged into another organisation; it still exists.\n");
  });

  it("refuses an unknown organisation, exit 2", async () => {
    const { code, stdout, stderr } = await capture(["successor", "Atlantis"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("[E_UNKNOWN_ORGANISATION]: no organisation Atlantis in the reference data");
  });
});
