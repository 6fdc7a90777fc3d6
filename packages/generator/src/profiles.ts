import type { Organisation } from "@mra-circulair/types";

// CPV codes of the example dataset, the only ones the generator uses: 39130000-2 office furniture,
// 39112000-0 chairs, 45233222-1 paving and asphalt works, 55520000-1 catering services
const OFFICE_FURNITURE = "39130000-2";
const CHAIRS = "39112000-0";
const PAVING_AND_ASPHALT = "45233222-1";
const CATERING = "55520000-1";

/** A title template: `{name}` is the buyer's name, `{hall}` its office, `{lot}` a lot of a provincial contract. */
export interface TitleTemplate {
  readonly nl: string;
  readonly en: string;
  /** The CPV codes of a procurement with this title. */
  readonly cpv: readonly string[];
}

/** A kind of procurement: its purchase package, titles, value distribution and circular criteria. */
export interface ProcurementProfile {
  readonly key: string;
  /** The purchase package; absent for purchases outside the priority packages. */
  readonly purchasePackage?: string;
  /** Works (GWW) rather than supplies or services: other procedure thresholds, longer to award. */
  readonly works: boolean;
  readonly titles: Readonly<Partial<Record<Organisation["kind"], readonly TitleTemplate[]>>>;
  /** Median contract value of a mid-sized municipality, in euros; values are log-normal around it. */
  readonly medianEuros: number;
  /** Spread of the log-normal value distribution. */
  readonly sigma: number;
  readonly minEuros: number;
  readonly maxEuros: number;
  /** Contract durations in months, one picked uniformly. */
  readonly durations: readonly number[];
  /** Criteria with the theme circulair that fit this kind of purchase, in preference order. */
  readonly circularCriteria: readonly string[];
  /** How likely, relative to a priority package, such a purchase is bought circularly. */
  readonly circularFactor: number;
  /** Reported outcomes per 1000 euros of contract value, in tonnes. */
  readonly materialPerThousand: number;
  readonly co2ePerThousand: number;
}

const ASFALT: ProcurementProfile = {
  key: "asfalt",
  purchasePackage: "pkg-asfalt",
  works: true,
  titles: {
    gemeente: [
      { nl: "Groot onderhoud asfalt {name}", en: "Major asphalt maintenance in {name}", cpv: [PAVING_AND_ASPHALT] },
      {
        nl: "Asfaltonderhoud woonstraten {name}",
        en: "Asphalt maintenance of residential streets in {name}",
        cpv: [PAVING_AND_ASPHALT],
      },
      {
        nl: "Vervanging deklagen hoofdwegen {name}",
        en: "Replacement of surface layers on main roads in {name}",
        cpv: [PAVING_AND_ASPHALT],
      },
      { nl: "Onderhoud fietspaden {name}", en: "Maintenance of cycle paths in {name}", cpv: [PAVING_AND_ASPHALT] },
    ],
    provincie: [
      {
        nl: "Onderhoud provinciale wegen, perceel {lot}",
        en: "Maintenance of provincial roads, {lot} lot",
        cpv: [PAVING_AND_ASPHALT],
      },
      {
        nl: "Vervanging deklagen provinciale wegen, perceel {lot}",
        en: "Replacement of surface layers on provincial roads, {lot} lot",
        cpv: [PAVING_AND_ASPHALT],
      },
    ],
  },
  medianEuros: 420_000,
  sigma: 1.0,
  minEuros: 25_000,
  maxEuros: 30_000_000,
  durations: [6, 12, 12, 24, 36, 48],
  circularCriteria: ["crit-asfalt-granulaat-2.0.0", "crit-asfalt-granulaat-1.0.0", "crit-gww-mki"],
  circularFactor: 1,
  materialPerThousand: 1.6,
  co2ePerThousand: 0.022,
};

const BETON: ProcurementProfile = {
  key: "beton",
  purchasePackage: "pkg-beton-in-bestrating",
  works: true,
  titles: {
    gemeente: [
      { nl: "Herbestrating {name}", en: "Repaving in {name}", cpv: [PAVING_AND_ASPHALT] },
      {
        nl: "Vervanging betonklinkers woonwijken {name}",
        en: "Replacement of concrete pavers in residential areas of {name}",
        cpv: [PAVING_AND_ASPHALT],
      },
      {
        nl: "Bestrating en elementenverharding {name}",
        en: "Paving and block paving in {name}",
        cpv: [PAVING_AND_ASPHALT],
      },
    ],
    provincie: [
      {
        nl: "Bestrating bushaltes en carpoolplaatsen, perceel {lot}",
        en: "Paving of bus stops and carpool car parks, {lot} lot",
        cpv: [PAVING_AND_ASPHALT],
      },
    ],
  },
  medianEuros: 280_000,
  sigma: 0.95,
  minEuros: 15_000,
  maxEuros: 15_000_000,
  durations: [6, 12, 12, 24, 36],
  circularCriteria: ["crit-beton-granulaat", "crit-beton-hergebruik-elementen", "crit-gww-mki"],
  circularFactor: 1,
  materialPerThousand: 1.1,
  co2ePerThousand: 0.03,
};

const KANTOOR: ProcurementProfile = {
  key: "kantoor",
  purchasePackage: "pkg-kantoorinrichting",
  works: false,
  titles: {
    gemeente: [
      {
        nl: "Kantoormeubilair {hall} {name}",
        en: "Office furniture for the {name} {hall}",
        cpv: [OFFICE_FURNITURE, CHAIRS],
      },
      { nl: "Werkplekken {hall} {name}", en: "Workstations for the {name} {hall}", cpv: [OFFICE_FURNITURE] },
      {
        nl: "Bureaustoelen en zit-sta-bureaus",
        en: "Office chairs and sit-stand desks",
        cpv: [CHAIRS, OFFICE_FURNITURE],
      },
      { nl: "Inrichting kantoor", en: "Office furnishing", cpv: [OFFICE_FURNITURE] },
    ],
    provincie: [
      {
        nl: "Kantoorinrichting provinciehuis",
        en: "Office furnishing for the provincial office",
        cpv: [OFFICE_FURNITURE],
      },
      {
        nl: "Werkplekken provinciehuis",
        en: "Workstations for the provincial office",
        cpv: [OFFICE_FURNITURE, CHAIRS],
      },
    ],
    vervoerregio: [
      { nl: "Inrichting kantoor", en: "Office furnishing", cpv: [OFFICE_FURNITURE] },
      { nl: "Vergadermeubilair", en: "Meeting room furniture", cpv: [OFFICE_FURNITURE, CHAIRS] },
    ],
  },
  medianEuros: 130_000,
  sigma: 0.9,
  minEuros: 5_000,
  maxEuros: 6_000_000,
  durations: [24, 36, 48],
  circularCriteria: ["crit-kantoor-hergebruik", "crit-kantoor-terugname", "crit-kantoor-modulair"],
  circularFactor: 1,
  materialPerThousand: 0.015,
  co2ePerThousand: 0.033,
};

const CATERING_PACKAGE: ProcurementProfile = {
  key: "catering",
  purchasePackage: "pkg-cateringdiensten",
  works: false,
  titles: {
    gemeente: [
      { nl: "Catering {hall} {name}", en: "Catering for the {name} {hall}", cpv: [CATERING] },
      { nl: "Bedrijfsrestaurant en vergaderservice", en: "Staff restaurant and meeting catering", cpv: [CATERING] },
    ],
    provincie: [{ nl: "Catering provinciehuis", en: "Catering for the provincial office", cpv: [CATERING] }],
    vervoerregio: [{ nl: "Catering en vergaderservice", en: "Catering and meeting services", cpv: [CATERING] }],
  },
  medianEuros: 160_000,
  sigma: 0.9,
  minEuros: 8_000,
  maxEuros: 8_000_000,
  durations: [24, 36, 48],
  circularCriteria: ["crit-catering-verspilling", "crit-catering-herbruikbaar"],
  circularFactor: 1,
  materialPerThousand: 0.008,
  co2ePerThousand: 0.02,
};

// purchases outside the priority packages: no purchase package, the same few CPV codes, less often circular
function outsidePackages(
  base: ProcurementProfile,
  key: string,
  titles: ProcurementProfile["titles"],
  medianEuros: number,
  circularCriteria: readonly string[],
): ProcurementProfile {
  return {
    key,
    works: base.works,
    titles,
    medianEuros,
    sigma: base.sigma,
    minEuros: base.minEuros,
    maxEuros: base.maxEuros,
    durations: base.durations,
    circularCriteria,
    circularFactor: 0.5,
    materialPerThousand: base.materialPerThousand,
    co2ePerThousand: base.co2ePerThousand,
  };
}

const OTHER_WORKS = outsidePackages(
  ASFALT,
  "overige-werken",
  {
    gemeente: [
      {
        nl: "Herinrichting openbare ruimte {name}",
        en: "Redesign of public space in {name}",
        cpv: [PAVING_AND_ASPHALT],
      },
      { nl: "Aanleg parkeerterrein {name}", en: "Construction of a car park in {name}", cpv: [PAVING_AND_ASPHALT] },
    ],
    provincie: [
      {
        nl: "Aanleg fietspad, perceel {lot}",
        en: "Construction of a cycle path, {lot} lot",
        cpv: [PAVING_AND_ASPHALT],
      },
    ],
  },
  350_000,
  ["crit-gww-mki"],
);

const OTHER_FURNITURE = outsidePackages(
  KANTOOR,
  "overig-meubilair",
  {
    gemeente: [
      { nl: "Bureaustoelen {name}", en: "Office chairs for {name}", cpv: [CHAIRS] },
      { nl: "Meubilair bibliotheek {name}", en: "Library furniture for {name}", cpv: [OFFICE_FURNITURE] },
    ],
    provincie: [{ nl: "Bureaustoelen provinciehuis", en: "Office chairs for the provincial office", cpv: [CHAIRS] }],
    vervoerregio: [{ nl: "Bureaustoelen", en: "Office chairs", cpv: [CHAIRS] }],
  },
  60_000,
  ["crit-kantoor-modulair"],
);

const OTHER_CATERING = outsidePackages(
  CATERING_PACKAGE,
  "overige-catering",
  {
    gemeente: [{ nl: "Catering evenementen {name}", en: "Event catering for {name}", cpv: [CATERING] }],
    provincie: [{ nl: "Catering bijeenkomsten", en: "Catering for meetings", cpv: [CATERING] }],
    vervoerregio: [{ nl: "Catering bijeenkomsten", en: "Catering for meetings", cpv: [CATERING] }],
  },
  45_000,
  ["crit-catering-verspilling"],
);

/**
 * The mix of profiles per kind of buyer, as [profile, weight]. Signposting (pkg-bewegwijzering-verkeersborden)
 * has no profile: no CPV code for it could be verified, and the generator invents none.
 */
export const PROFILE_MIX: Readonly<Record<Organisation["kind"], readonly (readonly [ProcurementProfile, number])[]>> = {
  gemeente: [
    [ASFALT, 24],
    [BETON, 18],
    [KANTOOR, 20],
    [CATERING_PACKAGE, 14],
    [OTHER_WORKS, 8],
    [OTHER_FURNITURE, 8],
    [OTHER_CATERING, 8],
  ],
  provincie: [
    [ASFALT, 40],
    [BETON, 15],
    [KANTOOR, 15],
    [CATERING_PACKAGE, 10],
    [OTHER_WORKS, 12],
    [OTHER_FURNITURE, 4],
    [OTHER_CATERING, 4],
  ],
  vervoerregio: [
    [KANTOOR, 40],
    [CATERING_PACKAGE, 30],
    [OTHER_FURNITURE, 15],
    [OTHER_CATERING, 15],
  ],
  other: [
    [KANTOOR, 50],
    [CATERING_PACKAGE, 50],
  ],
};

const LOTS = [
  ["Noord", "northern"],
  ["Zuid", "southern"],
  ["Oost", "eastern"],
  ["West", "western"],
] as const;

/** Fills a title template for a buyer; `lot` indexes the four lots of provincial contracts. */
export function fillTitle(
  template: TitleTemplate,
  buyer: Organisation,
  large: boolean,
  lot: number,
): { nl: string; en: string } {
  const [lotNl, lotEn] = LOTS[lot % LOTS.length] ?? LOTS[0];
  const fill = (text: string, hall: string, lotName: string): string =>
    text.replaceAll("{name}", buyer.name).replaceAll("{hall}", hall).replaceAll("{lot}", lotName);
  return {
    nl: fill(template.nl, large ? "stadhuis" : "gemeentehuis", lotNl),
    en: fill(template.en, large ? "town hall" : "municipal office", lotEn),
  };
}
