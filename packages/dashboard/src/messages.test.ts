import { describe, expect, it } from "vitest";
import { messageCatalogues, translator } from "./messages.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("the message catalogue", () => {
  it("has every key in Dutch and English, with the same placeholders", () => {
    const { en, nl } = messageCatalogues;
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(placeholders(nl[key as keyof typeof nl]), key).toEqual(placeholders(text));
      expect(nl[key as keyof typeof nl].trim(), key).not.toBe("");
    }
  });

  it("fills placeholders and leaves an unknown one visible", () => {
    expect(translator("nl")("meta.yearsValue", { from: 2019, to: 2025 })).toBe("2019–2025");
    const loose = translator("en") as (key: string, values?: Record<string, string>) => string;
    expect(loose("meta.yearsValue", { from: "2019" })).toBe("2019–{to}");
  });
});
