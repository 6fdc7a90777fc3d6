import type { Procurement } from "@mra-circulair/types";
import { describe, expect, it } from "vitest";
import { countingDay } from "./year.ts";

const withDates = (dates: Procurement["dates"]) => ({ dates }) as Procurement;

describe("countingDay", () => {
  it("places a contract that spans two years in the year of its award", () => {
    expect(
      countingDay(
        withDates({
          publication: "2021-09-01",
          award: "2021-12-20",
          contractStart: "2022-01-01",
          contractEnd: "2023-12-31",
        }),
      ),
    ).toEqual({ date: "2021-12-20", year: 2021, basis: "award" });
  });

  it("falls back to the contract start, then to the publication", () => {
    expect(countingDay(withDates({ publication: "2022-11-01", contractStart: "2023-02-01" }))).toEqual({
      date: "2023-02-01",
      year: 2023,
      basis: "contractStart",
    });
    expect(countingDay(withDates({ publication: "2022-11-01", contractEnd: "2024-01-31" }))).toEqual({
      date: "2022-11-01",
      year: 2022,
      basis: "publication",
    });
  });

  it("gives nothing without any of the three dates", () => {
    expect(countingDay(withDates({ contractEnd: "2024-01-31" }))).toBeUndefined();
  });
});
