// one bit per thing a procurement can be counted for, so each tally keeps a single number per procurement

/** Counted as circular under the rule. */
export const CIRCULAR = 1 << 0;
/** Applied at least one criterion with MVOI theme circulair. */
export const CIRCULAR_CRITERIA = 1 << 1;
/** Reported material saved. */
export const MATERIAL = 1 << 2;
/** Reported greenhouse gas avoided. */
export const CO2E = 1 << 3;
/** The first of six bits, one per MVOI theme in codelist order. */
export const THEME_SHIFT = 4;
/** The first of three bits, one per MVI ambition level from basis to ambitieus: the highest level applied. */
export const AMBITION_SHIFT = 10;
/** The first of sixteen bits, one per R-strategy: PBL R0-R9, then RVO R1-R6. */
export const R_SHIFT = 13;
/** Every procurement of the tally. */
export const ALL = -1;
/** Not counted from procurements: purchase package adoptions. */
export const NO_PROCUREMENTS = 0;
