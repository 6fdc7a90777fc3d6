import { entityNamed } from "@mra-circulair/io";
import { describe, expect, it } from "vitest";
import type { InputFile } from "./inputs.ts";
import { inReadingOrder } from "./reading-order.ts";

const table = (path: string, entity: string): InputFile => {
  const info = entityNamed(entity);
  if (info === undefined) throw new Error(`no entity ${entity}`);
  return { path, format: "csv", size: 1, entity: info, entityFrom: "name" };
};
const whole = (path: string, format: InputFile["format"]): InputFile => ({ path, format, size: 1 });

describe("inReadingOrder", () => {
  it("reads tables in the rules' reading order, whatever order the shell gave them in", () => {
    const inputs = [
      table("criteria.csv", "Criterion"),
      table("observations.csv", "Observation"),
      table("organisations.csv", "Organisation"),
      table("procurements.csv", "Procurement"),
      table("purchasePackages.csv", "PurchasePackage"),
    ];
    expect(inReadingOrder(inputs).map((input) => input.path)).toEqual([
      "organisations.csv",
      "purchasePackages.csv",
      "criteria.csv",
      "procurements.csv",
      "observations.csv",
    ]);
  });

  it("reads files of many entities first, and keeps the given order among files of one kind", () => {
    const inputs = [
      table("b.procurements.csv", "Procurement"),
      whole("dataset.json", "json"),
      table("a.procurements.csv", "Procurement"),
      whole("more.ndjson", "ndjson"),
    ];
    expect(inReadingOrder(inputs).map((input) => input.path)).toEqual([
      "dataset.json",
      "more.ndjson",
      "b.procurements.csv",
      "a.procurements.csv",
    ]);
  });
});
