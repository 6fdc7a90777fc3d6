import type {
  AppliedCriterion,
  Criterion,
  EformsCodes,
  MvoiTheme,
  Organisation,
  Procurement,
} from "@mra-circulair/types";
import { BuyerPicker, buyerWeight } from "./buyers.ts";
import { addMonths, civilFromDays, daysFromCivil, isoDate, parseIsoDate } from "./calendar.ts";
import { criteriaById } from "./criteria.ts";
import { formatCents, formatScaled } from "./decimal.ts";
import type { Settings } from "./options.ts";
import { fillTitle, PROFILE_MIX, type ProcurementProfile } from "./profiles.ts";
import { cumulate, exp, pickCumulative, type Random } from "./random.ts";
import { syntheticProvenance } from "./synthetic.ts";

/** A tender is awarded at most this many days after publication; a buyer must still exist on that day. */
export const AWARD_HORIZON_DAYS = 120;

const THEME_ORDER: readonly MvoiTheme[] = [
  "milieu-biodiversiteit",
  "klimaat",
  "circulair",
  "ketenverantwoordelijkheid",
  "diversiteit-inclusie",
  "social-return",
];

const ENVIRONMENTAL_IMPACT: Partial<Record<MvoiTheme, "circ-econ" | "clim-mitig" | "pollu-prev">> = {
  circulair: "circ-econ",
  klimaat: "clim-mitig",
  "milieu-biodiversiteit": "pollu-prev",
};
const SOCIAL_THEMES: ReadonlySet<MvoiTheme> = new Set([
  "ketenverantwoordelijkheid",
  "diversiteit-inclusie",
  "social-return",
]);
const GPP_BY_SOURCE: Record<Criterion["source"], "eu" | "national" | "other"> = {
  "mra-handreiking": "national",
  "mvi-criteriatool": "national",
  "eu-gpp": "eu",
  own: "other",
};
const GPP_ORDER = ["eu", "national", "other"] as const;
const IMPACT_ORDER = ["circ-econ", "clim-mitig", "pollu-prev"] as const;

const AWARD_WEIGHTS = ["5", "10", "10", "15", "15", "20", "20", "25", "30", "12.5"] as const;

const OUTCOME_METHOD = {
  nl: "Opgave van de opdrachtnemer, berekend met de methode van RIVM, TNO en CE Delft.",
  en: "Reported by the contractor, calculated with the RIVM, TNO and CE Delft method.",
};

interface Mix {
  readonly profiles: readonly ProcurementProfile[];
  readonly cumulative: readonly number[];
}

// the days from which a criterion may be applied, and before which; superseded criteria stop when their successor starts
function availability(): Map<string, readonly [number, number]> {
  const result = new Map<string, readonly [number, number]>();
  for (const criterion of criteriaById.values()) {
    const from = criterion.validFrom === undefined ? Number.NEGATIVE_INFINITY : parseIsoDate(criterion.validFrom);
    result.set(criterion.id, [from, Number.POSITIVE_INFINITY]);
  }
  for (const criterion of criteriaById.values()) {
    if (criterion.validFrom === undefined) continue;
    for (const old of criterion.supersedes ?? []) {
      const window = result.get(old);
      if (window) result.set(old, [window[0], Math.min(window[1], parseIsoDate(criterion.validFrom))]);
    }
  }
  return result;
}

// contract values scale with the buyer: Amsterdam's office furniture contract is larger than Oostzaan's
function valueScale(buyer: Organisation): number {
  const weight = buyerWeight(buyer);
  if (weight >= 400) return 1.8;
  if (weight >= 150) return 1.4;
  if (weight >= 60) return 1.1;
  if (weight >= 25) return 0.9;
  return 0.7;
}

// rules of thumb for the procedure by value: private procedures below the thresholds, mostly open above them
function procedureFor(random: Random, euros: number, works: boolean): string {
  if (euros < (works ? 150_000 : 50_000))
    return random.chance(0.65) ? "enkelvoudig-onderhands" : "meervoudig-onderhands";
  if (euros < (works ? 1_500_000 : 215_000)) return random.chance(0.8) ? "meervoudig-onderhands" : "openbaar";
  const draw = random.float();
  if (draw < 0.8) return "openbaar";
  if (draw < 0.9) return "niet-openbaar";
  if (draw < 0.96) return "mededingingsprocedure-met-onderhandeling";
  return "concurrentiegerichte-dialoog";
}

function eformsFor(themes: readonly MvoiTheme[], applied: readonly Criterion[]): EformsCodes {
  const impacts = new Set(themes.flatMap((theme) => ENVIRONMENTAL_IMPACT[theme] ?? []));
  const social = themes.some((theme) => SOCIAL_THEMES.has(theme));
  const gpp = new Set(
    applied
      .filter((c) => c.mvoiThemes.some((theme) => ENVIRONMENTAL_IMPACT[theme]))
      .map((c) => GPP_BY_SOURCE[c.source]),
  );
  const strategic: EformsCodes["strategicProcurement"] = [];
  if (impacts.size > 0) strategic.push("env-imp");
  if (social) strategic.push("soc-obj");
  return {
    strategicProcurement: strategic.length > 0 ? strategic : ["none"],
    environmentalImpact: IMPACT_ORDER.filter((code) => impacts.has(code)),
    gppCriteria: gpp.size > 0 ? GPP_ORDER.filter((code) => gpp.has(code)) : ["none"],
  };
}

/** Makes procurements one by one, in order of publication. Holds only per-buyer counters. */
export class ProcurementFactory {
  readonly #random: Random;
  readonly #picker: BuyerPicker;
  readonly #mix = new Map<Organisation["kind"], Mix>();
  readonly #availability = availability();
  readonly #sequence = new Map<string, number>();
  /** The last day of the last year: later awards have not happened yet. */
  readonly #cutoff: number;

  constructor(random: Random, organisations: readonly Organisation[], settings: Settings) {
    this.#random = random;
    this.#picker = new BuyerPicker(organisations);
    this.#cutoff = daysFromCivil(settings.to, 12, 31);
    for (const [kind, entries] of Object.entries(PROFILE_MIX) as [Organisation["kind"], typeof PROFILE_MIX.other][]) {
      this.#mix.set(kind, {
        profiles: entries.map(([profile]) => profile),
        cumulative: cumulate(entries.map(([, weight]) => weight)),
      });
    }
  }

  /** A procurement published on `day` (a day number). */
  make(day: number): Procurement {
    const random = this.#random;
    const year = civilFromDays(day)[0];
    const buyer = this.#picker.pick(random, day + AWARD_HORIZON_DAYS);
    const mix = this.#mix.get(buyer.kind) as Mix;
    const profile = mix.profiles[pickCumulative(random, mix.cumulative)] as ProcurementProfile;
    const templates = profile.titles[buyer.kind] ?? profile.titles.gemeente ?? [];
    const template = random.pick(templates);
    const cents = this.#value(profile, buyer);
    const euros = cents / 100;

    const awardDay = day + (profile.works ? random.between(45, AWARD_HORIZON_DAYS) : random.between(30, 100));
    const startDay = awardDay + random.between(14, 75);
    const endDay = addMonths(startDay, random.pick(profile.durations)) - 1;
    const awarded = awardDay <= this.#cutoff;

    const applied = this.#criteria(profile, buyer, day, year);
    const themes = THEME_ORDER.filter((theme) => applied.some((c) => c.mvoiThemes.includes(theme)));
    const circular = themes.includes("circulair");
    const outcomes = circular && awarded && random.chance(0.45) ? this.#outcomes(profile, cents) : undefined;

    const sequenceKey = `${buyer.id}-${year}`;
    const sequence = (this.#sequence.get(sequenceKey) ?? 0) + 1;
    this.#sequence.set(sequenceKey, sequence);
    const id = `proc-${sequenceKey}-${String(sequence).padStart(3, "0")}`;

    return {
      id,
      buyer: buyer.id,
      title: fillTitle(template, buyer, buyerWeight(buyer) >= 60, random.below(4)),
      ...(profile.purchasePackage === undefined ? {} : { purchasePackage: profile.purchasePackage }),
      cpvCodes: [...template.cpv],
      procedure: procedureFor(random, euros, profile.works),
      contractValue: { amount: formatCents(cents), currency: "EUR" },
      dates: awarded
        ? {
            publication: isoDate(day),
            award: isoDate(awardDay),
            contractStart: isoDate(startDay),
            contractEnd: isoDate(endDay),
          }
        : { publication: isoDate(day) },
      criteriaApplied: applied.map((criterion): AppliedCriterion => {
        const use = criterion.type;
        return use === "gunningscriterium"
          ? { criterion: criterion.id, use, weight: random.pick(AWARD_WEIGHTS) }
          : { criterion: criterion.id, use };
      }),
      mvoiThemes: themes,
      eforms: eformsFor(themes, applied),
      ...(outcomes ? { outcomes } : {}),
      provenance: syntheticProvenance(),
    };
  }

  // log-normal around the profile's median, scaled to the buyer; a third rounded to thousands, a quarter to euros
  #value(profile: ProcurementProfile, buyer: Organisation): number {
    const random = this.#random;
    const median = profile.medianEuros * valueScale(buyer);
    const euros = Math.min(profile.maxEuros, Math.max(profile.minEuros, median * exp(profile.sigma * random.normal())));
    const style = random.float();
    if (style < 0.35) return Math.max(1, Math.round(euros / 1000)) * 100_000;
    if (style < 0.6) return Math.round(euros) * 100;
    return Math.round(euros * 100);
  }

  // circular criteria become more common each year: about 6% of the value in 2019, 18% in 2022, 30% in 2025
  #criteria(profile: ProcurementProfile, buyer: Organisation, day: number, year: number): Criterion[] {
    const random = this.#random;
    const chosen = new Set<string>();
    const circularChance = Math.min(0.7, Math.max(0.03, 0.06 + 0.045 * (year - 2019))) * profile.circularFactor;
    if (random.chance(circularChance)) {
      const open = profile.circularCriteria.filter((id) => {
        const window = this.#availability.get(id);
        return window !== undefined && window[0] <= day && day < window[1];
      });
      if (open.length > 0) {
        const first = random.below(open.length);
        chosen.add(open[first] as string);
        if (open.length > 1 && random.chance(0.4))
          chosen.add(open[(first + 1 + random.below(open.length - 1)) % open.length] as string);
      }
    }
    if (buyer.kind !== "vervoerregio" && random.chance(0.12 + 0.02 * Math.max(0, year - 2019)))
      chosen.add("crit-social-return");
    if (random.chance(Math.min(0.25, 0.03 + 0.03 * Math.max(0, year - 2019)))) chosen.add("crit-emissievrij-vervoer");
    // catalogue order keeps the output independent of the order of the draws above
    return [...criteriaById.values()].filter((c) => chosen.has(c.id)) as Criterion[];
  }

  #outcomes(profile: ProcurementProfile, cents: number): NonNullable<Procurement["outcomes"]> {
    const random = this.#random;
    const thousands = cents / 100_000;
    const material = random.chance(0.9)
      ? Math.round(thousands * profile.materialPerThousand * (0.5 + random.float()) * 100)
      : undefined;
    const co2e =
      material === undefined || random.chance(0.7)
        ? Math.round(thousands * profile.co2ePerThousand * (0.5 + random.float()) * 100)
        : undefined;
    return {
      ...(material === undefined ? {} : { materialSavedTonnes: formatScaled(material, 2) }),
      ...(co2e === undefined ? {} : { co2eAvoidedTonnes: formatScaled(co2e, 2) }),
      ...(random.chance(0.3) ? { method: { ...OUTCOME_METHOD } } : {}),
    };
  }
}
