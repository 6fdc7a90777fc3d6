import type { EntityName } from "@mra-circulair/schema";
import type fc from "fast-check";
import { parsePointer } from "../json-pointer.ts";
import { definitionTree, entityTree, validDocument } from "./entities.ts";
import type { SchemaNode } from "./schema-tree.ts";
import { withKey } from "./typed-mutation.ts";
import { validValue } from "./valid.ts";

type Document = Record<string, unknown>;

/** A place in a generated entity where a common definition is tested in isolation. */
export interface DefinitionHost {
  /** The definition, as file and $defs name. */
  readonly file: string;
  readonly name: string;
  readonly entity: EntityName;
  /** Where the definition sits in the host document. */
  readonly pointer: string;
  /** Valid documents of the entity to put a value in. */
  readonly documents: () => fc.Arbitrary<Document>;
  /** Puts a value at the pointer of a copy of the document. */
  readonly place: (document: Document, value: unknown) => Document;
}

const documentsOf = (entity: EntityName) => () => validDocument(entity) as fc.Arbitrary<Document>;
const at =
  (key: string) =>
  (document: Document, value: unknown): Document =>
    withKey(document, key, value);
const nested =
  (outer: string, inner: string) =>
  (document: Document, value: unknown): Document =>
    withKey(document, outer, withKey(document[outer] as Document, inner, value));
const common = "common.schema.json";

/** The semantics that JSON Schema libraries get wrong, each at one place of a host entity. */
export const definitionHosts: readonly DefinitionHost[] = [
  {
    file: common,
    name: "CalendarDate",
    entity: "Signature",
    pointer: "/signedOn",
    documents: documentsOf("Signature"),
    place: at("signedOn"),
  },
  {
    file: common,
    name: "DateTime",
    entity: "DatasetRecord",
    pointer: "/record/publishedAt",
    documents: () =>
      validValue(definitionTree("dataset.schema.json", "DatasetMeta")).map((record) => ({ type: "meta", record })),
    place: nested("record", "publishedAt"),
  },
  {
    file: common,
    name: "Amount",
    entity: "Procurement",
    pointer: "/contractValue/amount",
    documents: documentsOf("Procurement"),
    place: nested("contractValue", "amount"),
  },
  {
    file: common,
    name: "Percentage",
    entity: "Procurement",
    pointer: "/criteriaApplied/0/weight",
    documents: documentsOf("Procurement"),
    place: (document, weight) =>
      withKey(document, "criteriaApplied", [
        withKey({ criterion: "criterion-weight", use: "gunningscriterium" }, "weight", weight),
      ]),
  },
  {
    file: common,
    name: "Quantity",
    entity: "Target",
    pointer: "/value",
    documents: documentsOf("Target"),
    place: at("value"),
  },
  {
    file: "observation.schema.json",
    name: "ObservationValue",
    entity: "Observation",
    pointer: "/value",
    documents: documentsOf("Observation"),
    place: at("value"),
  },
  {
    file: common,
    name: "CpvCode",
    entity: "PurchasePackage",
    pointer: "/cpvCodes/0",
    documents: documentsOf("PurchasePackage"),
    place: (document, code) => withKey(document, "cpvCodes", [code]),
  },
  {
    file: common,
    name: "Identifier",
    entity: "Signature",
    pointer: "/organisation",
    documents: documentsOf("Signature"),
    place: at("organisation"),
  },
  {
    file: common,
    name: "HttpUrl",
    entity: "IndicatorDefinition",
    pointer: "/sources/0",
    documents: documentsOf("IndicatorDefinition"),
    place: (document, url) => withKey(document, "sources", [url]),
  },
  {
    file: common,
    name: "Year",
    entity: "Target",
    pointer: "/year",
    documents: documentsOf("Target"),
    place: at("year"),
  },
  {
    file: "criterion.schema.json",
    name: "SemanticVersion",
    entity: "Criterion",
    pointer: "/version",
    documents: documentsOf("Criterion"),
    place: at("version"),
  },
];

/** Whether the definition sits at the host's pointer, so that a renamed property cannot make a test vacuous. */
export function hostHoldsDefinition(host: DefinitionHost): boolean {
  const target = definitionTree(host.file, host.name);
  const reaches = (node: SchemaNode, tokens: readonly string[]): boolean => {
    const [token, ...rest] = tokens;
    if (node.kind === "anyOf") return node.variants.some((variant) => reaches(variant, tokens));
    if (token === undefined) return node === target;
    if (node.kind === "array") return /^(0|[1-9][0-9]*)$/.test(token) && reaches(node.items, rest);
    if (node.kind !== "object") return false;
    const property = node.properties.find(([key]) => key === token);
    return property !== undefined && reaches(property[1], rest);
  };
  return reaches(entityTree(host.entity), parsePointer(host.pointer));
}
