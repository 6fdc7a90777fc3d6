import { describe, expect, it } from "vitest";
import { valueAt } from "./pointer.ts";

describe("valueAt", () => {
  const doc = { a: [{ "b/c": 1, "d~e": 2 }], "": 3 };

  it("follows a JSON Pointer", () => {
    expect(valueAt(doc, "")).toBe(doc);
    expect(valueAt(doc, "/a/0/b~1c")).toBe(1);
    expect(valueAt(doc, "/a/0/d~0e")).toBe(2);
    expect(valueAt(doc, "/")).toBe(3);
  });

  it("finds nothing that is not there, nor anything inherited", () => {
    expect(valueAt(doc, "/a/1")).toBeUndefined();
    expect(valueAt(doc, "/a/0/b~1c/x")).toBeUndefined();
    expect(valueAt(doc, "/constructor")).toBeUndefined();
    expect(valueAt(doc, "/a/length")).toBeUndefined();
    expect(valueAt(doc, "a")).toBeUndefined();
  });
});
