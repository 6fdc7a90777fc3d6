import { afterAll, describe, expect, it } from "vitest";
import { agree, describeVerdicts, verdicts } from "./backends.ts";
import { entityNames, entityStem } from "./bundle.ts";
import { type CorpusDocument, parseCorpusFile, readCorpusFiles } from "./corpus.ts";
import { reportsAt, unrelatedErrors } from "./error-location.ts";
import { watchPrototypes } from "./prototype-guard.ts";

const prototypeChanges = watchPrototypes();
const files = readCorpusFiles();
const parsed = files.map((file) => ({ file, ...parseCorpusFile(file) }));
const documents = parsed.flatMap(({ document }) => (document === undefined ? [] : [document]));
const agreeing = new Set<string>();

// the longest entity stem that prefixes a file name decides its entity (dataset-record-x is a DatasetRecord)
function entityOfFileName(name: string): string | undefined {
  const file = name.slice(name.indexOf("/") + 1);
  return entityNames
    .filter((entity) => file.startsWith(`${entityStem(entity)}-`))
    .sort((a, b) => entityStem(b).length - entityStem(a).length)[0];
}

describe("the corpus files", () => {
  it("are found in valid/ and invalid/", () => {
    expect(files.filter((file) => file.expectation === "valid").length).toBeGreaterThan(0);
    expect(files.filter((file) => file.expectation === "invalid").length).toBeGreaterThan(0);
  });

  it("each parse with JSON.parse and have the documented form", () => {
    expect(
      parsed
        .filter(({ problems }) => problems.length > 0)
        .map(({ file, problems }) => `${file.name}: ${problems.join("; ")}`),
    ).toEqual([]);
  });

  it("are named in kebab-case after their entity", () => {
    const misnamed = documents
      .filter(
        (doc) =>
          !/^(valid|invalid)\/[a-z0-9]+(-[a-z0-9]+)*\.json$/.test(doc.name) ||
          entityOfFileName(doc.name) !== doc.entity,
      )
      .map((doc) => `${doc.name} holds ${doc.entity}`);
    expect(misnamed).toEqual([]);
  });

  it("hold at least 150 documents", () => {
    expect(documents.length).toBeGreaterThanOrEqual(150);
  });

  it("cover every entity with valid and invalid documents", () => {
    const missing = entityNames.flatMap((entity) =>
      (["valid", "invalid"] as const)
        .filter((expectation) => !documents.some((doc) => doc.entity === entity && doc.expectation === expectation))
        .map((expectation) => `${entity} has no ${expectation} document`),
    );
    expect(missing).toEqual([]);
  });
});

describe("ajv, zod and io-ts on the corpus", () => {
  it.each(documents.map((doc) => [doc.name, doc] as const))("%s", (_name, doc: CorpusDocument) => {
    const result = verdicts(doc.entity, doc.document);
    const expected = doc.expectation === "valid" ? "accepted" : "rejected";
    const expectedAll = { ajv: expected, zod: expected, ioTs: expected };
    if (agree(result) && result.ajv === expected) agreeing.add(doc.name);
    expect(
      { ajv: result.ajv, zod: result.zod, ioTs: result.ioTs },
      `${doc.description} (${describeVerdicts(result)})`,
    ).toEqual(expectedAll);
    if (doc.pointer !== undefined) {
      expect(
        reportsAt(result.ajvErrors, doc.pointer),
        `ajv reports no error at ${doc.pointer}: ${describeVerdicts(result)}`,
      ).toBe(true);
      expect(
        unrelatedErrors(result.ajvErrors, doc.pointer),
        `ajv errors beyond the one stated reason at ${doc.pointer}`,
      ).toEqual([]);
    }
  });

  it("leave the built-in prototypes unchanged", () => {
    expect(prototypeChanges()).toEqual([]);
  });
});

afterAll(() => {
  const valid = documents.filter((doc) => doc.expectation === "valid").length;
  const entities = new Set(documents.map((doc) => doc.entity)).size;
  const disagreeing = documents.length - agreeing.size;
  console.log(
    `conformance: ${documents.length} documents (${valid} valid, ${documents.length - valid} invalid) over ${entities} entities: ` +
      `ajv, zod and io-ts agree on ${agreeing.size}${disagreeing > 0 ? `; ${disagreeing} with a wrong or split verdict` : ""}`,
  );
});
