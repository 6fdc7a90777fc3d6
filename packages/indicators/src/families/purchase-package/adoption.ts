import type { IndicatorDefinition, Organisation, PurchasePackage } from "@mra-circulair/types";
import { INDICATORS, packageIndicator } from "../../catalogue/ids.ts";
import type { GeographyResolver } from "../../context/geography.ts";
import { NO_PROCUREMENTS } from "../../counting/flags.ts";
import { Exact } from "../../decimal/round.ts";
import type { CatalogueEntry } from "../../results.ts";
import type { Value } from "../family.ts";

interface Adoption {
  readonly organisation: string;
  readonly packageId: string;
  readonly year: number;
}

/** Adoptions in force for a subject at the end of a year: distinct organisations per package. */
export interface AdoptionState {
  /** Distinct pairs of organisation and package. */
  readonly total: number;
  /** Per package, in the order of the packages: the number of organisations that adopted it. */
  readonly perPackage: readonly number[];
}

/**
 * The adoption of purchase packages. An adoption counts from the year of its date, or when it has none from the
 * year the dataset was published. It belongs to the organisation that continues the adopter under the geography:
 * under `as-was` the one that exists on the last day of the period, so a merger passes adoptions on.
 */
export class AdoptionCounter {
  readonly packages: readonly PurchasePackage[];
  readonly #adoptions: readonly Adoption[];
  readonly #resolver: GeographyResolver;

  constructor(packages: readonly PurchasePackage[], publishedYear: number, resolver: GeographyResolver) {
    // priority rank first, as the MRA chose them, then identifier: the order of the records never matters
    this.packages = [...packages].sort(
      (a, b) =>
        (a.priority?.rank ?? Number.POSITIVE_INFINITY) - (b.priority?.rank ?? Number.POSITIVE_INFINITY) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    this.#resolver = resolver;
    this.#adoptions = packages.flatMap((pkg) =>
      (pkg.adoptions ?? []).map((adoption) => ({
        organisation: adoption.organisation,
        packageId: pkg.id,
        year: adoption.adoptedOn === undefined ? publishedYear : Number(adoption.adoptedOn.slice(0, 4)),
      })),
    );
  }

  /** Whether any package records an adoption; without any, adoption is not measured at all. */
  get measured(): boolean {
    return this.#adoptions.length > 0;
  }

  /** The number of adoption records. */
  get records(): number {
    return this.#adoptions.length;
  }

  /** The years of the adoptions. */
  years(): number[] {
    return this.#adoptions.map((a) => a.year);
  }

  /** The catalogue entries: the headline count and one count per package. */
  entries(): CatalogueEntry[] {
    return [
      { indicator: INDICATORS.packagesAdopted, family: "headline", measure: "count" },
      ...this.packages.map(
        (pkg): CatalogueEntry => ({
          indicator: packageIndicator(pkg.id),
          family: "purchase-package",
          measure: "count",
          member: { code: pkg.id, label: { nl: pkg.name.nl, en: pkg.name.en ?? pkg.name.nl } },
        }),
      ),
    ];
  }

  /** The values for the organisations in `members` at the end of `year` (on `day`): the headline, then per package. */
  values(members: ReadonlySet<string>, year: number, day: string): Value[] {
    const state = this.stateOf(members, year, day);
    const counts = [state.total, ...state.perPackage];
    return this.entries().map((entry, index) => ({
      indicator: entry.indicator,
      value: new Exact(counts[index] ?? 0),
      flag: NO_PROCUREMENTS,
      counted: 0,
    }));
  }

  /**
   * The adoptions in force at the end of `year` (on `day`, the last day of the subject's period) for the
   * organisations in `members`.
   */
  stateOf(members: ReadonlySet<string>, year: number, day: string): AdoptionState {
    const pairs = new Set<string>();
    const perPackage = new Map<string, Set<string>>();
    for (const adoption of this.#adoptions) {
      if (adoption.year > year) continue;
      const holder: Organisation | undefined = this.#resolver.resolve(adoption.organisation, day);
      if (!holder || !members.has(holder.id)) continue;
      pairs.add(`${holder.id}\u0000${adoption.packageId}`);
      let holders = perPackage.get(adoption.packageId);
      if (!holders) {
        holders = new Set();
        perPackage.set(adoption.packageId, holders);
      }
      holders.add(holder.id);
    }
    return { total: pairs.size, perPackage: this.packages.map((pkg) => perPackage.get(pkg.id)?.size ?? 0) };
  }
}

/** The definition of one package's adoption indicator, made from the package record and the headline definition. */
export function packageDefinition(pkg: PurchasePackage, headline: IndicatorDefinition): IndicatorDefinition {
  const en = pkg.name.en ?? pkg.name.nl;
  return {
    id: packageIndicator(pkg.id),
    name: { nl: `Adoptie van inkooppakket ${pkg.name.nl}`, en: `Adoption of purchase package ${en}` },
    description: {
      nl: `Het aantal organisaties van het onderwerp dat het inkooppakket ${pkg.name.nl} aan het eind van het jaar heeft geadopteerd.`,
      en: `The number of organisations of the subject that have adopted the purchase package ${en} by the end of the year.`,
    },
    unit: "count",
    aggregation: "sum",
    direction: headline.direction,
    method: {
      nl: `Aantal verschillende organisaties met een adoptie van ${pkg.name.nl} op of voor 31 december van het jaar; een adoptie zonder datum telt vanaf het jaar waarin de dataset is gepubliceerd. Na een herindeling gaat de adoptie over op de organisatie die de adopterende voortzet.`,
      en: `Number of distinct organisations with an adoption of ${en} on or before 31 December of the year; an adoption without a date counts from the year the dataset was published. After a merger the adoption passes to the organisation that continues the adopting one.`,
    },
    version: headline.version,
    ...(headline.sources ? { sources: headline.sources } : {}),
    provenance: [
      ...(headline.provenance ?? []),
      {
        status: "inferred",
        field: "/name",
        note: {
          nl: `Gemaakt door @mra-circulair/indicators uit het inkooppakketrecord ${pkg.id} en de definitie ${headline.id}.`,
          en: `Made by @mra-circulair/indicators from the purchase package record ${pkg.id} and the definition ${headline.id}.`,
        },
      },
    ],
  };
}
