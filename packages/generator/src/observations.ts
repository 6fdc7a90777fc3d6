import type { Observation, ObservationSubject, Organisation } from "@mra-circulair/types";
import { daysFromCivil, isoDate, parseIsoDate } from "./calendar.ts";
import { formatScaled, formatShare } from "./decimal.ts";
import { CO2E_INDICATOR, MATERIAL_INDICATOR, SHARE_INDICATOR } from "./indicators.ts";
import { syntheticProvenance } from "./synthetic.ts";

/** Observations name the procurements they are computed from only up to this many, so memory stays bounded. */
export const COMPUTED_FROM_LIMIT = 100;

const RULE_VERSION = "1.0.0";

const SHARE_METHOD = {
  nl: "Waarde van de aanbestedingen met ten minste één toegepast criterium met MVOI-thema circulair, gedeeld door de waarde van alle aanbestedingen die in de periode zijn gepubliceerd, maal 100.",
  en: "Value of the procurements that apply at least one criterion with MVOI theme circulair, divided by the value of all procurements published in the period, times 100.",
};

/** One procurement's contribution to the observations. */
export interface Contribution {
  readonly id: string;
  readonly buyer: Organisation;
  readonly year: number;
  readonly cents: number;
  readonly circular: boolean;
  /** Reported outcomes in hundredths of a tonne, when reported. */
  readonly materialHundredths?: number;
  readonly co2eHundredths?: number;
}

// a running sum with the ids it came from, the ids dropped once there are too many to list
class Sum {
  total = 0;
  count = 0;
  ids: string[] | null = [];

  add(amount: number, id: string): void {
    this.total += amount;
    this.count += 1;
    if (this.ids && this.ids.length < COMPUTED_FROM_LIMIT) this.ids.push(id);
    else this.ids = null;
  }
}

interface Tally {
  readonly value: Sum;
  circularCents: number;
  readonly material: Sum;
  readonly co2e: Sum;
}

function newTally(): Tally {
  return { value: new Sum(), circularCents: 0, material: new Sum(), co2e: new Sum() };
}

interface Subject {
  readonly subject: ObservationSubject;
  /** The organisation, for subjects that are one; its validity clips the period. */
  readonly organisation?: Organisation;
}

/**
 * Adds up procurements per organisation, subregion and the whole MRA per year, and turns the sums into
 * Observation records. Memory depends on the number of subjects and years, never on the number of procurements.
 */
export class ObservationTally {
  readonly #subjects: Subject[];
  readonly #tallies = new Map<string, Tally>();

  constructor(organisations: readonly Organisation[]) {
    const subregions = [...new Set(organisations.flatMap((o) => (o.subregion ? [o.subregion] : [])))].sort();
    this.#subjects = [
      ...organisations.map((organisation) => ({
        subject: { type: "organisation" as const, id: organisation.id },
        organisation,
      })),
      ...subregions.map((id) => ({ subject: { type: "subregion" as const, id } })),
      { subject: { type: "mra", id: "mra" } },
    ];
  }

  /** Counts one procurement for its buyer, the buyer's subregion and the MRA. */
  add(contribution: Contribution): void {
    const keys = [`organisation:${contribution.buyer.id}`, `mra:mra`];
    if (contribution.buyer.subregion) keys.push(`subregion:${contribution.buyer.subregion}`);
    for (const key of keys) {
      const tallyKey = `${key}:${contribution.year}`;
      let tally = this.#tallies.get(tallyKey);
      if (!tally) {
        tally = newTally();
        this.#tallies.set(tallyKey, tally);
      }
      tally.value.add(contribution.cents, contribution.id);
      if (contribution.circular) tally.circularCents += contribution.cents;
      if (contribution.materialHundredths !== undefined)
        tally.material.add(contribution.materialHundredths, contribution.id);
      if (contribution.co2eHundredths !== undefined) tally.co2e.add(contribution.co2eHundredths, contribution.id);
    }
  }

  /** The observations of the years `from` to `to`, by year and then subject; subjects without purchases are left out. */
  *records(from: number, to: number): Generator<Observation, void, undefined> {
    for (let year = from; year <= to; year++) {
      for (const { subject, organisation } of this.#subjects) {
        const tally = this.#tallies.get(`${subject.type}:${subject.id}:${year}`);
        if (!tally || tally.value.total === 0) continue;
        const period = periodOf(year, organisation);
        const base = `obs-${subject.id}-${year}`;
        yield observation(`${base}-share`, SHARE_INDICATOR, subject, period, {
          value: formatShare(tally.circularCents, tally.value.total),
          unit: "percent",
          method: SHARE_METHOD,
          sum: tally.value,
        });
        if (tally.material.count > 0) {
          yield observation(`${base}-material`, MATERIAL_INDICATOR, subject, period, {
            value: formatScaled(tally.material.total, 2),
            unit: "tonne",
            sum: tally.material,
          });
        }
        if (tally.co2e.count > 0) {
          yield observation(`${base}-co2e`, CO2E_INDICATOR, subject, period, {
            value: formatScaled(tally.co2e.total, 2),
            unit: "tonne-co2e",
            sum: tally.co2e,
          });
        }
      }
    }
  }
}

// the calendar year, clipped to the days the organisation existed (Weesp's 2022 ends on 23 March)
function periodOf(year: number, organisation: Organisation | undefined): { start: string; end: string } {
  let start = daysFromCivil(year, 1, 1);
  let end = daysFromCivil(year, 12, 31);
  if (organisation?.validFrom !== undefined) start = Math.max(start, parseIsoDate(organisation.validFrom));
  if (organisation?.validTo !== undefined) end = Math.min(end, parseIsoDate(organisation.validTo) - 1);
  return { start: isoDate(start), end: isoDate(end) };
}

interface Measured {
  value: string;
  unit: Observation["unit"];
  method?: { nl: string; en: string };
  sum: Sum;
}

function observation(
  id: string,
  indicator: string,
  subject: ObservationSubject,
  period: { start: string; end: string },
  measured: Measured,
): Observation {
  return {
    id,
    indicator,
    subject: { ...subject },
    period,
    value: measured.value,
    unit: measured.unit,
    ...(measured.method ? { method: { ...measured.method } } : {}),
    quality: "computed",
    ...(measured.sum.ids ? { computedFrom: [...measured.sum.ids] } : {}),
    ruleVersion: RULE_VERSION,
    provenance: syntheticProvenance(),
  };
}
