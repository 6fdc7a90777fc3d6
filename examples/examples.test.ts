import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validate } from "@mra-circulair/schema";
import { describe, expect, it } from "vitest";

const here = import.meta.dirname;

describe("examples", () => {
  const datasets = readdirSync(here).filter((f) => f.endsWith(".dataset.json"));

  it.each(datasets)("%s is a valid Dataset", (file) => {
    const result = validate("Dataset", JSON.parse(readFileSync(join(here, file), "utf8")));
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it("validate-procurement gets one verdict from ajv, zod and io-ts", async () => {
    const { verdicts } = await import("./validate-procurement.ts");
    expect(verdicts).toEqual({ ajv: true, zod: true, ioTs: true });
  });

  it("signatories answers the everyday questions", async () => {
    const lines: string[] = [];
    const log = console.log;
    console.log = (line: string) => lines.push(line);
    try {
      await import("./signatories.ts");
    } finally {
      console.log = log;
    }
    expect(lines).toEqual(["33 gemeenten signed on 2018-06-20", "Weesp is continued by Amsterdam"]);
  });
});
