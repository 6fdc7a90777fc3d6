import type { Procurement } from "@mra-circulair/types";
import { AMBITION_LEVELS, MVOI_THEMES } from "../catalogue/labels.ts";
import { ExactSum } from "../decimal/exact-sum.ts";
import { R_COUNT } from "./classify.ts";
import { AMBITION_SHIFT, CIRCULAR, CIRCULAR_CRITERIA, CO2E, MATERIAL, THEME_SHIFT } from "./flags.ts";
import { ProcurementIds } from "./procurement-ids.ts";

/**
 * The sums and counts of one subject in one year, and the procurements behind them as far as a computedFrom list
 * of at most `limit` identifiers can need them. Every figure is an integer or an exact sum, so the order of adding
 * never changes a result.
 */
export class Tally {
  count = 0;
  readonly value = new ExactSum(2);
  circular = 0;
  readonly circularValue = new ExactSum(2);
  circularCriteria = 0;
  materialCount = 0;
  readonly material = new ExactSum(6);
  co2eCount = 0;
  readonly co2e = new ExactSum(6);
  /** Procurements per MVOI theme, in codelist order. */
  readonly themes = new Int32Array(MVOI_THEMES.length);
  /** Procurements per highest MVI ambition level, basis to ambitieus. */
  readonly ambition = new Int32Array(AMBITION_LEVELS.length);
  /** Applied criteria per R-strategy: PBL R0-R9, then RVO R1-R6. */
  readonly rCriteria = new Float64Array(R_COUNT);
  /** Procurements that applied a criterion per R-strategy, for the length of their computedFrom lists. */
  readonly rProcurements = new Int32Array(R_COUNT);
  /** The identifiers of the procurements counted, with their flags. */
  readonly procurements: ProcurementIds;

  constructor(limit: number) {
    this.procurements = new ProcurementIds(limit);
  }

  /** Counts one procurement with the flags and R counts its classification gave. */
  add(procurement: Procurement, flags: number, rCounts: Int32Array): void {
    const amount = procurement.contractValue.amount;
    // the amount is checked before anything is counted, so a bad one leaves the tally as it was
    this.value.add(amount);
    this.count += 1;
    let own = flags;
    if (flags & CIRCULAR) {
      this.circular += 1;
      this.circularValue.add(amount);
    }
    if (flags & CIRCULAR_CRITERIA) this.circularCriteria += 1;
    const outcomes = procurement.outcomes;
    if (outcomes?.materialSavedTonnes !== undefined) {
      this.materialCount += 1;
      this.material.add(outcomes.materialSavedTonnes);
      own |= MATERIAL;
    }
    if (outcomes?.co2eAvoidedTonnes !== undefined) {
      this.co2eCount += 1;
      this.co2e.add(outcomes.co2eAvoidedTonnes);
      own |= CO2E;
    }
    for (let i = 0; i < this.themes.length; i++)
      if (flags & (1 << (THEME_SHIFT + i))) this.themes[i] = (this.themes[i] ?? 0) + 1;
    for (let i = 0; i < this.ambition.length; i++)
      if (flags & (1 << (AMBITION_SHIFT + i))) this.ambition[i] = (this.ambition[i] ?? 0) + 1;
    for (let i = 0; i < R_COUNT; i++) {
      const applied = rCounts[i] ?? 0;
      if (applied === 0) continue;
      this.rCriteria[i] = (this.rCriteria[i] ?? 0) + applied;
      this.rProcurements[i] = (this.rProcurements[i] ?? 0) + 1;
    }
    this.procurements.add(procurement.id, own);
  }

  /** Adds another tally's sums and counts; its procurements stay with it (see computedFrom gathering). */
  addTally(other: Tally): void {
    this.count += other.count;
    this.value.addSum(other.value);
    this.circular += other.circular;
    this.circularValue.addSum(other.circularValue);
    this.circularCriteria += other.circularCriteria;
    this.materialCount += other.materialCount;
    this.material.addSum(other.material);
    this.co2eCount += other.co2eCount;
    this.co2e.addSum(other.co2e);
    for (let i = 0; i < this.themes.length; i++) this.themes[i] = (this.themes[i] ?? 0) + (other.themes[i] ?? 0);
    for (let i = 0; i < this.ambition.length; i++)
      this.ambition[i] = (this.ambition[i] ?? 0) + (other.ambition[i] ?? 0);
    for (let i = 0; i < R_COUNT; i++) {
      this.rCriteria[i] = (this.rCriteria[i] ?? 0) + (other.rCriteria[i] ?? 0);
      this.rProcurements[i] = (this.rProcurements[i] ?? 0) + (other.rProcurements[i] ?? 0);
    }
  }
}
