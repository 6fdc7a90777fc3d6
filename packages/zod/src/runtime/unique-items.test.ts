import { expect, test } from "vitest";
import { z } from "zod";
import { uniqueItems } from "./unique-items.ts";

test("uniqueItems rejects a repeated string", () => {
  const schema = z.array(z.string()).check(uniqueItems());
  expect(schema.safeParse(["a", "b"]).success).toBe(true);
  expect(schema.safeParse(["a", "b", "a"]).success).toBe(false);
  expect(schema.safeParse([]).success).toBe(true);
});
