import type { Organisation } from "@mra-circulair/types";
import { parseIsoDate } from "./calendar.ts";
import { cumulate, pickCumulative, type Random } from "./random.ts";

/**
 * Relative purchasing volume per organisation. For municipalities roughly the number of inhabitants in thousands
 * around 2020; for the provinces and the Vervoerregio a judgement of their purchasing next to the municipalities.
 * Synthetic weights that shape the generated data only; they are not data of the standard.
 */
export const BUYER_WEIGHTS: Readonly<Record<string, number>> = {
  GM0358: 33, // Aalsmeer
  GM0034: 215, // Almere
  GM0362: 91, // Amstelveen
  GM0363: 870, // Amsterdam
  GM0370: 10, // Beemster, until 2022-01-01
  GM0375: 42, // Beverwijk
  GM0376: 12, // Blaricum
  GM0377: 23, // Bloemendaal
  GM0384: 30, // Diemen
  GM0385: 36, // Edam-Volendam
  GM1942: 58, // Gooise Meren
  GM0392: 162, // Haarlem
  GM0393: 6, // Haarlemmerliede en Spaarnwoude, until 2019-01-01
  GM0394: 156, // Haarlemmermeer
  GM0396: 39, // Heemskerk
  GM0397: 27, // Heemstede
  GM0402: 91, // Hilversum
  GM0406: 41, // Huizen
  GM0415: 11, // Landsmeer
  GM0417: 11, // Laren
  GM0995: 79, // Lelystad
  GM0431: 10, // Oostzaan
  GM0437: 14, // Ouder-Amstel
  GM0439: 81, // Purmerend
  GM0450: 13, // Uitgeest
  GM0451: 30, // Uithoorn
  GM0453: 68, // Velsen
  GM0852: 17, // Waterland
  GM0457: 20, // Weesp, until 2022-03-24
  GM1696: 24, // Wijdemeren
  GM0880: 16, // Wormerland
  GM0479: 157, // Zaanstad
  GM0473: 17, // Zandvoort
  PV24: 120, // Provincie Flevoland
  PV27: 420, // Provincie Noord-Holland
  "vervoerregio-amsterdam": 110,
};

/** The weight of an organisation; organisations not in {@link BUYER_WEIGHTS} weigh like a small municipality. */
export function buyerWeight(organisation: Organisation): number {
  return BUYER_WEIGHTS[organisation.id] ?? 10;
}

/** Whether the organisation exists on a day: validFrom inclusive, validTo exclusive, as CBS end dates. */
function existsOnDay(organisation: Organisation, day: number): boolean {
  if (organisation.validFrom !== undefined && day < parseIsoDate(organisation.validFrom)) return false;
  return organisation.validTo === undefined || day < parseIsoDate(organisation.validTo);
}

interface Epoch {
  /** First day of the epoch. */
  readonly start: number;
  readonly buyers: readonly Organisation[];
  readonly cumulative: readonly number[];
}

/**
 * Picks buyers by weight among the organisations that exist on a day. The weight of an organisation that no
 * longer exists passes to the organisation that continues it, so Weesp's purchasing continues under Amsterdam
 * from 2022-03-24. The organisations' validity dates cut time into a few epochs, each with its own table.
 */
export class BuyerPicker {
  readonly #epochs: Epoch[] = [];

  constructor(organisations: readonly Organisation[]) {
    const byId = new Map(organisations.map((o) => [o.id, o]));
    const boundaries = new Set<number>([Number.MIN_SAFE_INTEGER]);
    for (const o of organisations) {
      if (o.validFrom !== undefined) boundaries.add(parseIsoDate(o.validFrom));
      if (o.validTo !== undefined) boundaries.add(parseIsoDate(o.validTo));
    }
    for (const start of [...boundaries].sort((a, b) => a - b)) {
      const weights = new Map<Organisation, number>();
      for (const o of organisations) {
        const heir = continuing(o, start, byId);
        if (heir) weights.set(heir, (weights.get(heir) ?? 0) + buyerWeight(o));
      }
      const buyers = organisations.filter((o) => weights.has(o));
      this.#epochs.push({ start, buyers, cumulative: cumulate(buyers.map((o) => weights.get(o) ?? 0)) });
    }
  }

  /** A buyer that exists on `day`, chosen by weight. */
  pick(random: Random, day: number): Organisation {
    let epoch = this.#epochs[0] as Epoch;
    for (const candidate of this.#epochs) {
      if (candidate.start > day) break;
      epoch = candidate;
    }
    if (epoch.buyers.length === 0) throw new RangeError("no organisation exists on the requested day");
    return epoch.buyers[pickCumulative(random, epoch.cumulative)] as Organisation;
  }
}

// the organisation that carries `organisation`'s purchasing on `day`: itself, a successor, or none
function continuing(
  organisation: Organisation,
  day: number,
  byId: ReadonlyMap<string, Organisation>,
): Organisation | undefined {
  let current: Organisation | undefined = organisation;
  // a cycle in the succession data ends after as many steps as there are organisations
  for (let steps = 0; current && steps <= byId.size; steps++) {
    if (existsOnDay(current, day)) return current;
    if (current.validFrom !== undefined && day < parseIsoDate(current.validFrom)) return undefined;
    const successor: string | undefined = current.succession?.successor;
    current = successor === undefined ? undefined : byId.get(successor);
  }
  return undefined;
}
