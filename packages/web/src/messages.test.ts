import { describe, expect, it } from "vitest";
import { counted, formatBytes, formatNumber, type MessageKey, messages, text } from "./messages.ts";

const placeholders = (template: string) => [...template.matchAll(/\{([a-z]+)\}/g)].map((match) => match[1]).sort();
const keys = Object.keys(messages) as MessageKey[];

describe("the page's texts", () => {
  it.each(keys)("%s has a Dutch and an English text with the same placeholders", (key) => {
    const { nl, en } = messages[key];
    expect(nl.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    expect(placeholders(nl)).toEqual(placeholders(en));
  });

  it("fills placeholders, and leaves one without a value visible", () => {
    expect(text("en", "status.checking", { file: "a.csv" })).toBe("Checking a.csv…");
    expect(text("nl", "status.checking")).toBe("{file} wordt gecontroleerd…");
  });

  it("counts in the right number and writes numbers as the language does", () => {
    expect(counted("nl", "error", 1)).toBe("1 fout");
    expect(counted("nl", "error", 1234)).toBe("1.234 fouten");
    expect(counted("en", "warning", 0)).toBe("0 warnings");
    expect(formatNumber("en", 1234567)).toBe("1,234,567");
  });

  it("writes sizes in the largest unit below 1000 of it", () => {
    expect(formatBytes("nl", 893)).toBe("893 B");
    expect(formatBytes("nl", 52_428_800)).toBe("52,4 MB");
    expect(formatBytes("en", 52_428_800)).toBe("52.4 MB");
    expect(formatBytes("en", 129_763)).toBe("130 kB");
  });
});
