import { entityNames, schemas } from "@mra-circulair/schema";
import { describe, expect, it } from "vitest";
import { datasetMembers, lineTypes, META_ENTITY } from "./entities.ts";

type Json = Record<string, unknown>;
const schema = (file: string) => (schemas as unknown as Record<string, Json>)[file] as Json;
const entityOfRef = (ref: string) =>
  ref === "dataset.schema.json#/$defs/DatasetMeta" || ref === "#/$defs/DatasetMeta"
    ? META_ENTITY
    : Object.entries(entityNames).find(([, file]) => file === ref)?.[0];

describe("the entity tables", () => {
  it("match the line types of dataset-record.schema.json", () => {
    const lines = Object.values(schema("dataset-record.schema.json").$defs as Record<string, Json>).map((line) => {
      const properties = line.properties as Record<string, Json>;
      return [(properties.type as Json).const, entityOfRef((properties.record as Json).$ref as string)] as const;
    });
    expect(new Map(lines)).toEqual(lineTypes);
  });

  it("match the members of dataset.schema.json", () => {
    const members = Object.entries(schema("dataset.schema.json").properties as Record<string, Json>).map(
      ([key, member]) => {
        const ref = (member.$ref ?? (member.items as Json).$ref) as string;
        return [key, entityOfRef(ref)] as const;
      },
    );
    expect(new Map(members)).toEqual(datasetMembers);
  });
});
