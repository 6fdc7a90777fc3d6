import type { Criterion, MviLink } from "@mra-circulair/types";
import { syntheticProvenance } from "./synthetic.ts";

// the guidance documents for asphalt and concrete, catering and office furnishing were presented on 2020-10-29
const HANDREIKING = "2020-10-29";

type CriterionContent = Omit<Criterion, "provenance">;

/**
 * The criteria the generated procurements apply. Those with the ids of the example dataset mirror it; the others
 * are written in the same way. All are synthetic and marked so.
 */
const CRITERIA: readonly CriterionContent[] = [
  {
    id: "crit-kantoor-hergebruik",
    title: { nl: "Hergebruikt kantoormeubilair", en: "Re-used office furniture" },
    text: {
      nl: "De inschrijver die aantoonbaar een groter aandeel hergebruikt meubilair levert, krijgt een hogere score.",
      en: "A tenderer who demonstrably supplies a larger share of re-used furniture receives a higher score.",
    },
    type: "gunningscriterium",
    mviAmbitionLevel: "significant",
    mvoiThemes: ["circulair"],
    rStrategy: { ladder: "pbl-r0-r9", code: "R3" },
    verification: {
      nl: "Lijst van de te leveren meubelstukken met per stuk de herkomst.",
      en: "List of the furniture to be supplied with the origin of each piece.",
    },
    source: "mra-handreiking",
    version: "1.0.0",
    status: "active",
    purchasePackages: ["pkg-kantoorinrichting"],
    validFrom: HANDREIKING,
  },
  {
    id: "crit-kantoor-terugname",
    title: { nl: "Terugname en refurbishment", en: "Take-back and refurbishment" },
    text: {
      nl: "De opdrachtnemer neemt het meubilair aan het einde van de gebruiksduur terug en knapt het op voor hergebruik.",
      en: "At the end of its use the contractor takes the furniture back and refurbishes it for re-use.",
    },
    type: "contractbepaling",
    mviAmbitionLevel: "ambitieus",
    mvoiThemes: ["circulair", "klimaat"],
    rStrategy: { ladder: "pbl-r0-r9", code: "R5" },
    verification: {
      nl: "Jaarlijkse rapportage van teruggenomen en opgeknapte stukken.",
      en: "Annual report of pieces taken back and refurbished.",
    },
    source: "mra-handreiking",
    version: "1.0.0",
    status: "active",
    purchasePackages: ["pkg-kantoorinrichting"],
    validFrom: HANDREIKING,
  },
  {
    id: "crit-kantoor-modulair",
    title: { nl: "Modulair en repareerbaar meubilair", en: "Modular and repairable furniture" },
    text: {
      nl: "De inschrijver wiens meubilair modulair is opgebouwd, zodat onderdelen los te vervangen en te repareren zijn, krijgt een hogere score.",
      en: "A tenderer whose furniture is modular, so that parts can be replaced and repaired separately, receives a higher score.",
    },
    type: "gunningscriterium",
    mviAmbitionLevel: "significant",
    mvoiThemes: ["circulair"],
    rStrategy: { ladder: "pbl-r0-r9", code: "R4" },
    source: "own",
    version: "1.0.0",
    status: "active",
    purchasePackages: ["pkg-kantoorinrichting"],
  },
  {
    id: "crit-asfalt-granulaat-1.0.0",
    title: { nl: "Hergebruik van asfaltgranulaat", en: "Re-use of reclaimed asphalt" },
    text: {
      nl: "Het asfaltmengsel bevat ten minste 30% asfaltgranulaat.",
      en: "The asphalt mix contains at least 30% reclaimed asphalt.",
    },
    type: "eis",
    mviAmbitionLevel: "basis",
    mvoiThemes: ["circulair"],
    rStrategy: { ladder: "pbl-r0-r9", code: "R8" },
    verification: { nl: "Productieblad van de asfaltcentrale.", en: "Production sheet of the asphalt plant." },
    source: "mra-handreiking",
    version: "1.0.0",
    status: "superseded",
    purchasePackages: ["pkg-asfalt"],
    validFrom: HANDREIKING,
  },
  {
    id: "crit-asfalt-granulaat-2.0.0",
    title: { nl: "Hergebruik van asfaltgranulaat", en: "Re-use of reclaimed asphalt" },
    text: {
      nl: "Het asfaltmengsel bevat ten minste 50% asfaltgranulaat.",
      en: "The asphalt mix contains at least 50% reclaimed asphalt.",
    },
    type: "eis",
    mviAmbitionLevel: "significant",
    mvoiThemes: ["circulair", "klimaat"],
    rStrategy: { ladder: "rvo-r1-r6", code: "R5" },
    verification: { nl: "Productieblad van de asfaltcentrale.", en: "Production sheet of the asphalt plant." },
    source: "mra-handreiking",
    version: "2.0.0",
    status: "active",
    supersedes: ["crit-asfalt-granulaat-1.0.0"],
    purchasePackages: ["pkg-asfalt"],
    validFrom: "2023-01-01",
  },
  {
    id: "crit-gww-mki",
    title: { nl: "Milieukostenindicator van het ontwerp", en: "Environmental cost indicator of the design" },
    text: {
      nl: "De inschrijving met de laagste milieukostenindicator (MKI) van het aangeboden ontwerp krijgt de hoogste score.",
      en: "The tender with the lowest environmental cost indicator (MKI) of the design offered receives the highest score.",
    },
    type: "gunningscriterium",
    mviAmbitionLevel: "significant",
    mvoiThemes: ["circulair", "klimaat"],
    verification: { nl: "MKI-berekening met DuboCalc.", en: "MKI calculation with DuboCalc." },
    source: "own",
    version: "1.0.0",
    status: "active",
    purchasePackages: ["pkg-asfalt", "pkg-beton-in-bestrating"],
  },
  {
    id: "crit-beton-granulaat",
    title: { nl: "Betongranulaat in betonelementen", en: "Recycled concrete aggregate in concrete elements" },
    text: {
      nl: "Nieuwe betonelementen bevatten ten minste 20% betongranulaat in plaats van grind.",
      en: "New concrete elements contain at least 20% recycled concrete aggregate instead of gravel.",
    },
    type: "eis",
    mviAmbitionLevel: "basis",
    mvoiThemes: ["circulair"],
    rStrategy: { ladder: "pbl-r0-r9", code: "R8" },
    verification: { nl: "Productcertificaat van de leverancier.", en: "Product certificate of the supplier." },
    source: "mra-handreiking",
    version: "1.0.0",
    status: "active",
    purchasePackages: ["pkg-beton-in-bestrating"],
    validFrom: HANDREIKING,
  },
  {
    id: "crit-beton-hergebruik-elementen",
    title: { nl: "Hergebruik van vrijkomende bestrating", en: "Re-use of recovered paving" },
    text: {
      nl: "De inschrijver die meer vrijkomende betonklinkers en -tegels in het werk hergebruikt, krijgt een hogere score.",
      en: "A tenderer who re-uses more of the recovered concrete pavers and tiles in the works receives a higher score.",
    },
    type: "gunningscriterium",
    mviAmbitionLevel: "significant",
    mvoiThemes: ["circulair"],
    rStrategy: { ladder: "pbl-r0-r9", code: "R3" },
    source: "own",
    version: "1.0.0",
    status: "active",
    purchasePackages: ["pkg-beton-in-bestrating"],
  },
  {
    id: "crit-catering-verspilling",
    title: { nl: "Minder voedselverspilling", en: "Less food waste" },
    text: {
      nl: "De inschrijver beschrijft hoe hij voedselverspilling meet en vermindert.",
      en: "The tenderer describes how it measures and reduces food waste.",
    },
    type: "gunningscriterium",
    mviAmbitionLevel: "significant",
    mvoiThemes: ["circulair", "klimaat"],
    rStrategy: { ladder: "pbl-r0-r9", code: "R2" },
    source: "own",
    version: "1.0.0",
    status: "active",
    purchasePackages: ["pkg-cateringdiensten"],
  },
  {
    id: "crit-catering-herbruikbaar",
    title: { nl: "Herbruikbaar servies", en: "Reusable tableware" },
    text: {
      nl: "Er wordt geen wegwerpservies gebruikt; servies, bestek en bekers zijn herbruikbaar.",
      en: "No disposable tableware is used; plates, cutlery and cups are reusable.",
    },
    type: "eis",
    mviAmbitionLevel: "basis",
    mvoiThemes: ["circulair", "milieu-biodiversiteit"],
    rStrategy: { ladder: "pbl-r0-r9", code: "R3" },
    source: "mra-handreiking",
    version: "1.0.0",
    status: "active",
    purchasePackages: ["pkg-cateringdiensten"],
    validFrom: HANDREIKING,
  },
  {
    id: "crit-social-return",
    title: { nl: "Social return", en: "Social return" },
    text: {
      nl: "De opdrachtnemer besteedt ten minste 5% van de opdrachtwaarde aan werk voor mensen met een afstand tot de arbeidsmarkt.",
      en: "The contractor spends at least 5% of the contract value on work for people distant from the labour market.",
    },
    type: "contractbepaling",
    mviAmbitionLevel: "basis",
    mvoiThemes: ["social-return"],
    source: "own",
    version: "1.0.0",
    status: "active",
  },
  {
    id: "crit-emissievrij-vervoer",
    title: { nl: "Emissievrij vervoer", en: "Zero-emission transport" },
    text: {
      nl: "Leveringen aan de locaties van de opdrachtgever gebeuren met emissievrije voertuigen.",
      en: "Deliveries to the contracting authority's sites are made with zero-emission vehicles.",
    },
    type: "eis",
    mviAmbitionLevel: "significant",
    mvoiThemes: ["klimaat", "milieu-biodiversiteit"],
    source: "own",
    version: "1.0.0",
    status: "active",
  },
];

/** The generated criteria, by id, in dataset order. */
export const criteriaById: ReadonlyMap<string, CriterionContent> = new Map(CRITERIA.map((c) => [c.id, c]));

/** The Criterion records of a generated dataset. */
export function criterionRecords(): Criterion[] {
  return CRITERIA.map((criterion) => ({ ...structuredClone(criterion), provenance: syntheticProvenance() }));
}

/** The MviLink records: each criterion contributes to its first theme, plus the two other links of the example. */
export function mviLinkRecords(): MviLink[] {
  const links: MviLink[] = CRITERIA.map((criterion) => ({
    id: `link-${criterion.id.slice("crit-".length)}-theme`,
    type: "contributes-to",
    from: { itemType: "criterion", id: criterion.id },
    to: { kind: "mvoi-theme", theme: criterion.mvoiThemes[0] ?? "circulair" },
    provenance: syntheticProvenance(),
  }));
  links.push(
    {
      id: "link-kantoor-hergebruik-mvi",
      type: "stricter-than",
      from: { itemType: "criterion", id: "crit-kantoor-hergebruik" },
      to: {
        kind: "mvi-criterion",
        reference: "Kantoormeubilair, ambitieniveau basis",
        productGroup: "Kantoormeubilair",
        uri: "https://www.mvicriteria.nl/nl/webtool#//23/2//nl",
      },
      note: {
        nl: "De MVI-criteriatool publiceert geen vaste identificatoren, daarom staat hier de naam.",
        en: "The MVI-criteriatool publishes no stable identifiers, so the name is given here.",
      },
      provenance: syntheticProvenance(),
    },
    {
      id: "link-goal-plan-amsterdam",
      type: "implements",
      from: { itemType: "goal", id: "mra-goal-circular-procurement" },
      to: {
        kind: "mvi-plan",
        organisation: "GM0363",
        title: { nl: "Actieplan MVOI (synthetisch)", en: "MVOI action plan (synthetic)" },
        year: 2023,
      },
      provenance: syntheticProvenance(),
    },
  );
  return links;
}
