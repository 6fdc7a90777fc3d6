import type { IndicatorUnit, LocalizedText, Observation, ObservationPeriod } from "@mra-circulair/types";
import { NO_PROCUREMENTS } from "../counting/flags.ts";
import { formatValue } from "../decimal/round.ts";
import type { Value } from "../families/family.ts";
import type { Geography, SubjectRef } from "../results.ts";
import type { CircularityRule } from "../rule/types.ts";
import { observationId } from "./observation-id.ts";

/** What every observation of one computation says about where it comes from. */
export interface WriterContext {
  readonly datasetId: string;
  /** The dataset the purchase packages came from: the input or the reference data. */
  readonly packagesDatasetId: string;
  readonly geography: Geography;
  readonly rule: CircularityRule;
  readonly limit: number;
  readonly units: ReadonlyMap<string, IndicatorUnit>;
}

/** Turns values into Observation records that name the rule, the dataset, the geography and what was counted. */
export class ObservationWriter {
  readonly #p: WriterContext;
  readonly #procurements: LocalizedText;
  readonly #packages: LocalizedText;
  readonly #method: LocalizedText;

  constructor(provenance: WriterContext) {
    this.#p = provenance;
    const { datasetId, packagesDatasetId, rule } = provenance;
    this.#procurements = { nl: `Aanbestedingen in dataset ${datasetId}.`, en: `Procurements in dataset ${datasetId}.` };
    this.#packages = {
      nl: `Inkooppakketten in dataset ${packagesDatasetId}.`,
      en: `Purchase packages in dataset ${packagesDatasetId}.`,
    };
    this.#method = {
      nl: `Telregel ${rule.id} ${rule.version}: ${rule.description.nl}`,
      en: `Counting rule ${rule.id} ${rule.version}: ${rule.description.en}`,
    };
  }

  /** The observation of `value` for a subject and period, with `computedFrom` when a list is given. */
  write(
    value: Value,
    subject: SubjectRef,
    year: number,
    period: ObservationPeriod,
    list?: readonly string[],
  ): Observation {
    const { datasetId, geography, rule, limit, units } = this.#p;
    const unit = units.get(value.indicator);
    // the catalogue and the definitions are made together, so every indicator has a unit
    if (!unit) throw new Error(`no unit for indicator ${value.indicator}`);
    const fromProcurements = value.flag !== NO_PROCUREMENTS;
    const unlisted = !list && value.counted > 0;
    const counted = fromProcurements
      ? {
          nl: `, uit ${value.counted} aanbestedingen${unlisted ? ` (meer dan ${limit}: niet opgesomd)` : ""}`,
          en: `, from ${value.counted} procurements${unlisted ? ` (more than ${limit}: not listed)` : ""}`,
        }
      : {
          nl: ", uit de adopties in de inkooppakketrecords",
          en: ", from the adoptions in the purchase package records",
        };
    const byRule = value.byRule
      ? { nl: `, telregel ${rule.id} ${rule.version}`, en: `, counting rule ${rule.id} ${rule.version}` }
      : { nl: "", en: "" };
    return {
      id: observationId(value.indicator, subject, year),
      indicator: value.indicator,
      subject: { type: subject.type, id: subject.id },
      period,
      value: formatValue(value.value),
      unit,
      ...(value.byRule ? { method: this.#method } : {}),
      source: fromProcurements ? this.#procurements : this.#packages,
      quality: "computed",
      // one list is shared by the observations that count the same procurements
      ...(list ? { computedFrom: list as string[] } : {}),
      ...(value.byRule ? { ruleVersion: rule.version } : {}),
      provenance: [
        {
          status: "inferred",
          note: {
            nl: `Berekend door @mra-circulair/indicators uit dataset ${datasetId}, geografie ${geography}${byRule.nl}${counted.nl}.`,
            en: `Computed by @mra-circulair/indicators from dataset ${datasetId}, geography ${geography}${byRule.en}${counted.en}.`,
          },
        },
      ],
    };
  }
}
