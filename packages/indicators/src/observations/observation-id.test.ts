import { describe, expect, it } from "vitest";
import { observationId } from "./observation-id.ts";

describe("observationId", () => {
  it("names year, subject and indicator", () => {
    expect(observationId("circular-procurement-share", { type: "subregion", id: "ijmond" }, 2022)).toBe(
      "obs:2022:subregion:ijmond:circular-procurement-share",
    );
  });

  it("stays within 128 characters and distinct when the parts are long", () => {
    const long = `purchase-package-adopted:${"x".repeat(120)}`;
    const a = observationId(`${long}a`, { type: "mra", id: "mra" }, 2022);
    const b = observationId(`${long}b`, { type: "mra", id: "mra" }, 2022);
    expect(a).toHaveLength(128);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/);
  });
});
