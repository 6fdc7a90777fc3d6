import { jsonCodes, tabularCodes } from "@mra-circulair/io";
import { createRegistry, type Registry } from "@mra-circulair/report";
import { ruleDefinitions } from "@mra-circulair/rules";
import { schemaCodes } from "./schema-codes.ts";

/** Every finding code the engine can report, for rendering messages and for the docs. */
export const registry: Registry = createRegistry([...jsonCodes, ...tabularCodes, ...schemaCodes, ...ruleDefinitions]);
