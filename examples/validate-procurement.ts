// One procurement checked three ways: JSON Schema (ajv), zod and io-ts give one verdict.
import { Procurement as ProcurementCodec } from "@mra-circulair/io-ts";
import { validate } from "@mra-circulair/schema";
import type { Procurement } from "@mra-circulair/types";
import { Procurement as ProcurementSchema } from "@mra-circulair/zod";
import { isRight } from "fp-ts/lib/Either.js";

export const procurement: Procurement = {
  id: "proc-GM0358-2024-001",
  buyer: "GM0358",
  title: { nl: "Kantoormeubilair raadhuis", en: "Office furniture for the town hall" },
  cpvCodes: ["39130000-2"],
  procedure: "openbaar",
  contractValue: { amount: "1234567.89", currency: "EUR" },
  dates: { publication: "2024-02-29", award: "2024-05-01" },
  criteriaApplied: [{ criterion: "crit-kantoor-hergebruik", use: "gunningscriterium", weight: "30" }],
  mvoiThemes: ["circulair"],
  eforms: { strategicProcurement: ["env-imp"], environmentalImpact: ["circ-econ"], gppCriteria: ["national"] },
};

export const verdicts = {
  ajv: validate("Procurement", procurement).valid,
  zod: ProcurementSchema.safeParse(procurement).success,
  ioTs: isRight(ProcurementCodec.decode(procurement)),
};
console.log(verdicts);
