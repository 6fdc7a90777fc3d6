import { expectTypeOf, test } from "vitest";
import type { ReadItem, SourceRecord } from "../stream/record.ts";
import type { TabularReadItem, TabularRecord } from "./tabular-record.ts";

test("tabular records and findings are the items of the JSON readers; only the header item is extra", () => {
  expectTypeOf<TabularRecord>().toExtend<SourceRecord>();
  expectTypeOf<Exclude<TabularReadItem, { kind: "header" }>>().toExtend<ReadItem>();
});
