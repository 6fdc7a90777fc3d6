import type {
  MviAmbitionLevelCode,
  MvoiThemeCode,
  RStrategyPblCode,
  RStrategyRvoCode,
  SubregionCode,
} from "@mra-circulair/types";

interface Label {
  readonly nl: string;
  readonly en: string;
}

// the labels of schemas/codelists, in codelist order; labels.test.ts holds them to the codelist files

/** The MVOI themes with their labels (codelist mvoi-theme). */
export const MVOI_THEMES: readonly (readonly [MvoiThemeCode, Label])[] = [
  ["milieu-biodiversiteit", { nl: "Milieu en biodiversiteit", en: "Environment and biodiversity" }],
  ["klimaat", { nl: "Klimaat", en: "Climate" }],
  ["circulair", { nl: "Circulair (inclusief biobased)", en: "Circular (including biobased)" }],
  ["ketenverantwoordelijkheid", { nl: "Ketenverantwoordelijkheid", en: "Supply-chain responsibility" }],
  ["diversiteit-inclusie", { nl: "Diversiteit en inclusie", en: "Diversity and inclusion" }],
  ["social-return", { nl: "Social return", en: "Social return" }],
];

/** The MVI ambition levels from low to high, with their labels (codelist mvi-ambition-level). */
export const AMBITION_LEVELS: readonly (readonly [MviAmbitionLevelCode, Label])[] = [
  ["basis", { nl: "Basis", en: "Basic" }],
  ["significant", { nl: "Significant", en: "Significant" }],
  ["ambitieus", { nl: "Ambitieus", en: "Ambitious" }],
];

/** The R-strategies of the PBL ladder R0-R9 (codelist r-strategy-pbl). */
export const R_STRATEGIES_PBL: readonly (readonly [RStrategyPblCode, Label])[] = [
  ["R0", { nl: "Afwijzen (refuse)", en: "Refuse" }],
  ["R1", { nl: "Heroverwegen (rethink)", en: "Rethink" }],
  ["R2", { nl: "Verminderen (reduce)", en: "Reduce" }],
  ["R3", { nl: "Hergebruiken (re-use)", en: "Re-use" }],
  ["R4", { nl: "Repareren (repair)", en: "Repair" }],
  ["R5", { nl: "Opknappen (refurbish)", en: "Refurbish" }],
  ["R6", { nl: "Reviseren (remanufacture)", en: "Remanufacture" }],
  ["R7", { nl: "Hergebruiken in een andere functie (repurpose)", en: "Repurpose" }],
  ["R8", { nl: "Recyclen (recycle)", en: "Recycle" }],
  ["R9", { nl: "Terugwinnen (recover)", en: "Recover" }],
];

/** The R-strategies of the condensed RVO ladder R1-R6 (codelist r-strategy-rvo). */
export const R_STRATEGIES_RVO: readonly (readonly [RStrategyRvoCode, Label])[] = [
  ["R1", { nl: "Refuse en Rethink", en: "Refuse and Rethink" }],
  ["R2", { nl: "Reduce", en: "Reduce" }],
  ["R3", { nl: "Re-use", en: "Re-use" }],
  ["R4", { nl: "Repair, Refurbish, Remanufacture, Repurpose", en: "Repair, Refurbish, Remanufacture, Repurpose" }],
  ["R5", { nl: "Recycling", en: "Recycling" }],
  ["R6", { nl: "Recover", en: "Recover" }],
];

/** The R-ladders with their labels (codelist r-ladder). */
export const R_LADDERS = {
  "pbl-r0-r9": { nl: "PBL R-ladder R0-R9", en: "PBL R-ladder R0-R9" },
  "rvo-r1-r6": { nl: "Verkorte R-ladder R1-R6 (RVO)", en: "Condensed R-ladder R1-R6 (RVO)" },
} as const;

/** The MRA subregions with their official names, the same in both languages (codelist subregion). */
export const SUBREGIONS: readonly (readonly [SubregionCode, Label])[] = [
  ["almere-lelystad", { nl: "Almere-Lelystad", en: "Almere-Lelystad" }],
  ["amstelland-meerlanden", { nl: "Amstelland-Meerlanden", en: "Amstelland-Meerlanden" }],
  ["amsterdam", { nl: "Amsterdam", en: "Amsterdam" }],
  ["gooi-en-vechtstreek", { nl: "Gooi en Vechtstreek", en: "Gooi en Vechtstreek" }],
  ["ijmond", { nl: "IJmond", en: "IJmond" }],
  ["zaanstreek-waterland", { nl: "Zaanstreek-Waterland", en: "Zaanstreek-Waterland" }],
  ["zuid-kennemerland", { nl: "Zuid-Kennemerland", en: "Zuid-Kennemerland" }],
];

/** The name of the whole Metropoolregio Amsterdam as a subject. */
export const MRA_NAME: Label = { nl: "Metropoolregio Amsterdam", en: "Amsterdam Metropolitan Area" };
