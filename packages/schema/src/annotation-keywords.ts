import type { KeywordDefinition } from "ajv/dist/2020.js";

// annotations only: they never change a verdict, but their form is checked when a schema is added
export const annotationKeywords: readonly KeywordDefinition[] = [
  {
    keyword: "x-nl",
    schemaType: "object",
    metaSchema: {
      type: "object",
      additionalProperties: false,
      required: ["title", "description"],
      properties: { title: { type: "string", minLength: 1 }, description: { type: "string", minLength: 1 } },
    },
  },
  {
    keyword: "x-codelist",
    schemaType: "string",
    metaSchema: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", maxLength: 64 },
  },
  { keyword: "x-openCodelist", schemaType: "boolean", metaSchema: { type: "boolean" } },
];
