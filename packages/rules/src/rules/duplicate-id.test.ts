import { describe, expect, it } from "vitest";
import { organisation, procurement, target } from "../testing/fixtures.ts";
import { line, ofCode, runExample, runNdjson } from "../testing/records.ts";
import { duplicateId } from "./duplicate-id.ts";

const code = duplicateId.code;

describe("duplicate-id", () => {
  it("reports the example's second organisation at its id", () => {
    const [finding] = ofCode(runExample(duplicateId), code);
    expect(finding).toEqual({
      code,
      severity: "error",
      pointer: "/id",
      entity: "Organisation",
      location: { file: "example.ndjson", line: 2 },
      excerpt: '"GM0363"',
      args: { entity: "Organisation", id: '"GM0363"' },
    });
  });

  it("near miss: the same id for two different entities is fine", () => {
    const text = [line("organisation", organisation("x-1")), line("procurement", procurement("x-1", { buyer: "x-1" }))];
    expect(ofCode(runNdjson(text.join("\n")), code)).toEqual([]);
  });

  it("reports every occurrence after the first", () => {
    const text = ["p-1", "p-1", "p-2", "p-1"].map((id) => line("procurement", procurement(id))).join("\n");
    expect(ofCode(runNdjson(text), code).map((f) => f.location.line)).toEqual([2, 4]);
  });

  it("treats targets of declarations and goals as one entity", () => {
    const declaration = { id: "d", title: { nl: "d" }, signedOn: "2018-06-20", targets: [target("t-1")] };
    const goal = { id: "g", title: { nl: "g" }, targets: [target("t-2"), target("t-1")] };
    const findings = ofCode(runNdjson([line("declaration", declaration), line("goal", goal)].join("\n")), code);
    expect(findings.map((f) => [f.entity, f.pointer, f.args.id])).toEqual([["Target", "/targets/1/id", '"t-1"']]);
  });

  it("checks roadmap actions within their roadmap only", () => {
    const action = (id: string) => ({
      id,
      title: { nl: id },
      level: "basis",
      theme: "measurement-method",
      startYear: 2020,
    });
    const roadmap = (id: string, actions: string[]) => ({ id, title: { nl: id }, actions: actions.map(action) });
    const text = [line("roadmap", roadmap("r-1", ["a", "b", "a"])), line("roadmap", roadmap("r-2", ["a"]))].join("\n");
    const findings = ofCode(runNdjson(text), code);
    expect(findings.map((f) => [f.location.line, f.pointer, f.args.entity])).toEqual([
      [1, "/actions/2/id", "RoadmapAction"],
    ]);
  });

  it("skips a record whose id is not a string", () => {
    const text = [
      line("procurement", procurement("p")),
      line("procurement", { id: 7 }),
      line("procurement", { id: 7 }),
    ];
    expect(ofCode(runNdjson(text.join("\n")), code)).toEqual([]);
  });
});
