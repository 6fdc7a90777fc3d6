import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// the package also runs in a browser validator: its shipped code uses no Node API
const shipped = readdirSync(new URL(".", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !/\.test(-d)?\.ts$/.test(entry.name))
  .map((entry) => entry.name);

describe("the shipped source", () => {
  it("has files to check", () => {
    expect(shipped).toContain("index.ts");
  });

  it.each(shipped)("%s uses no Node API and imports only its own files", (name) => {
    const source = readFileSync(new URL(name, import.meta.url), "utf8");
    for (const [, specifier] of source.matchAll(/from\s+"([^"]+)"/g)) expect(specifier).toMatch(/^\.\/[a-z-]+\.ts$/);
    expect(source).not.toMatch(/\b(?:process|Buffer|require|__dirname|__filename|setImmediate)\b/);
    expect(source).not.toMatch(/node:/);
  });
});
