import type { Dataset } from "@mra-circulair/types";
import { describe, expect, it } from "vitest";
import { referenceDataset } from "./dataset.ts";
import { successionChain, successorOf } from "./successor.ts";

describe("successorOf", () => {
  it("answers Weesp -> Amsterdam by name or by code", () => {
    expect(successorOf("Weesp")?.id).toBe("GM0363");
    expect(successorOf("GM0457")?.name).toBe("Amsterdam");
  });

  it("answers the other two mergers", () => {
    expect(successorOf("Beemster")?.name).toBe("Purmerend");
    expect(successorOf("haarlemmerliede en spaarnwoude")?.name).toBe("Haarlemmermeer");
  });

  it("is undefined for an organisation that never merged or is unknown", () => {
    expect(successorOf("Amsterdam")).toBeUndefined();
    expect(successorOf("Atlantis")).toBeUndefined();
  });

  it("follows a chain of mergers and stops on a cycle", () => {
    const base = { kind: "gemeente" as const, identifiers: [] };
    const dataset: Dataset = {
      ...referenceDataset,
      organisations: [
        { ...base, id: "A", name: "A", succession: { successor: "B", date: "2019-01-01", type: "merger" } },
        { ...base, id: "B", name: "B", succession: { successor: "C", date: "2020-01-01", type: "merger" } },
        { ...base, id: "C", name: "C", succession: { successor: "A", date: "2021-01-01", type: "merger" } },
      ],
    };
    expect(successionChain("A", dataset).map((o) => o.id)).toEqual(["B", "C", "A"]);
  });
});
