import { describe, expect, it } from "vitest";
import { observation, organisation, procurement } from "../testing/fixtures.ts";
import { line, ofCode, runExample, runNdjson } from "../testing/records.ts";
import { mergedOrganisationUsed } from "./merged-organisation-used.ts";

const code = mergedOrganisationUsed.code;

const messages = (text: string) =>
  ofCode(runNdjson(text), code).map((f) => [f.location.line, f.pointer, f.args.id, f.args.successorId]);

describe("merged-organisation-used", () => {
  it("reports the example: Weesp buys in 2023, after its merger into Amsterdam (from the reference data)", () => {
    expect(ofCode(runExample(mergedOrganisationUsed), code)).toEqual([
      {
        code,
        severity: "warning",
        pointer: "/buyer",
        entity: "Procurement",
        location: { file: "example.ndjson", line: 1 },
        excerpt: '"GM0457"',
        args: { name: "Weesp", id: "GM0457", date: "2022-03-24", successorName: "Amsterdam", successorId: "GM0363" },
      },
    ]);
  });

  it("near miss: Weesp buys the day before its end date", () => {
    const text = line("procurement", procurement("p", { buyer: "GM0457", dates: { publication: "2022-03-23" } }));
    expect(messages(text)).toEqual([]);
  });

  it("takes the end date as the first day the organisation no longer exists", () => {
    const text = line("procurement", procurement("p", { buyer: "GM0457", dates: { publication: "2022-03-24" } }));
    expect(messages(text)).toEqual([[1, "/buyer", "GM0457", "GM0363"]]);
  });

  it("dates a procurement by its publication, else its award", () => {
    const published = procurement("p", { buyer: "GM0457", dates: { publication: "2022-01-01", award: "2022-06-01" } });
    const awarded = procurement("q", { buyer: "GM0457", dates: { award: "2022-06-01" } });
    const undated = procurement("r", { buyer: "GM0457", dates: { contractStart: "2023-01-01" } });
    const text = [published, awarded, undated].map((p) => line("procurement", p)).join("\n");
    expect(messages(text)).toEqual([[2, "/buyer", "GM0457", "GM0363"]]);
  });

  it("checks signatures, observations, adoptions, ambitions and MVI plans on their dates", () => {
    const text = [
      line("signature", { id: "s", declaration: "d", organisation: "GM0370", signedOn: "2022-02-01" }),
      line(
        "observation",
        observation("o", {
          subject: { type: "organisation", id: "GM0393" },
          period: { start: "2019-01-01", end: "2019-12-31" },
        }),
      ),
      line(
        "observation",
        observation("o2", {
          subject: { type: "organisation", id: "GM0457" },
          period: { start: "2022-01-01", end: "2022-12-31" },
        }),
      ),
      line("purchase-package", {
        id: "pkg",
        name: { nl: "p" },
        adoptions: [{ organisation: "GM0457", adoptedOn: "2023-01-01" }, { organisation: "GM0457" }],
      }),
      line("roadmap", {
        id: "r",
        title: { nl: "r" },
        ambitions: [{ organisation: "GM0370", level: "basis", since: "2021-12-31" }],
      }),
      line("mvi-link", {
        id: "l",
        type: "implements",
        from: { itemType: "roadmap", id: "r" },
        to: { kind: "mvi-plan", organisation: "GM0457", title: { nl: "plan" }, year: 2023 },
      }),
    ];
    expect(messages(text.join("\n"))).toEqual([
      [1, "/organisation", "GM0370", "GM0439"],
      [2, "/subject/id", "GM0393", "GM0394"],
      [4, "/adoptions/0/organisation", "GM0457", "GM0363"],
      [6, "/to/organisation", "GM0457", "GM0363"],
    ]);
  });

  it("uses the dataset's organisations when it has any, in any order, and names the successor", () => {
    const merged = organisation("GM0001", {
      name: "Oud",
      validTo: "2020-01-01",
      succession: { successor: "GM0002", date: "2020-01-01", type: "merger" },
    });
    const text = [
      line("procurement", procurement("p", { buyer: "GM0001", dates: { publication: "2021-01-01" } })),
      line("organisation", merged),
      line("organisation", organisation("GM0002", { name: "Nieuw" })),
      line("procurement", procurement("q", { buyer: "GM0001", dates: { publication: "2021-01-01" } })),
      line("procurement", procurement("r", { buyer: "GM0457", dates: { publication: "2023-01-01" } })),
    ];
    const findings = ofCode(runNdjson(text.join("\n")), code);
    expect(findings.map((f) => [f.location.line, f.args.name, f.args.successorName])).toEqual([
      [1, "Oud", "Nieuw"],
      [4, "Oud", "Nieuw"],
    ]);
  });

  it("follows a chain of mergers to the organisation that exists on the date", () => {
    const org = (id: string, successor?: string, end?: string) =>
      line(
        "organisation",
        organisation(
          id,
          successor && end ? { validTo: end, succession: { successor, date: end, type: "merger" } } : {},
        ),
      );
    const buy = (id: string, date: string) =>
      line("procurement", procurement(id, { buyer: "A", dates: { publication: date } }));
    const text = [
      org("A", "B", "2019-01-01"),
      org("B", "C", "2021-01-01"),
      org("C"),
      buy("p", "2020-06-01"),
      buy("q", "2022-06-01"),
    ];
    expect(messages(text.join("\n"))).toEqual([
      [4, "/buyer", "A", "B"],
      [5, "/buyer", "A", "C"],
    ]);
  });

  it("names an unknown successor by its identifier and survives a cycle", () => {
    const text = [
      line(
        "organisation",
        organisation("A", {
          validTo: "2019-01-01",
          succession: { successor: "B", date: "2019-01-01", type: "merger" },
        }),
      ),
      line(
        "organisation",
        organisation("B", {
          validTo: "2019-06-01",
          succession: { successor: "A", date: "2019-06-01", type: "merger" },
        }),
      ),
      line(
        "organisation",
        organisation("X", {
          validTo: "2019-01-01",
          succession: { successor: "Y", date: "2019-01-01", type: "merger" },
        }),
      ),
      line("procurement", procurement("p", { buyer: "A", dates: { publication: "2020-01-01" } })),
      line("procurement", procurement("q", { buyer: "X", dates: { publication: "2020-01-01" } })),
    ];
    expect(messages(text.join("\n"))).toEqual([
      [4, "/buyer", "A", "B"],
      [5, "/buyer", "X", "Y"],
    ]);
  });
});
