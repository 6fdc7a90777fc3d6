import type { Lang } from "./format.ts";

/** The English texts of the report; their keys and placeholders are the reference the Dutch ones must match. */
const en = {
  "report.title": "Circular procurement in the Metropoolregio Amsterdam: progress report",
  "meta.heading": "About this report",
  "meta.dataset": "Dataset",
  "meta.rule": "Counting rule",
  "meta.ruleValue": "{name} ({id}, version {version})",
  "meta.geography": "Mergers",
  "geography.as-is": "as-is: a merged municipality's history counts for the municipality that continues it",
  "geography.as-was": "as-was: every procurement counts for the organisation that existed at the time",
  "meta.years": "Years",
  "meta.yearsValue": "{from}–{to}",
  "meta.noYears": "no procurement could be placed in a year",
  "meta.procurements": "Procurements counted",
  "meta.procurementsValue": "{counted} of {procurements}",
  "meta.generated": "Generated",

  "section.progress": "Progress against the targets",
  "section.trend": "Trend",
  "section.split": "By MVOI theme and R-strategy",
  "section.impact": "Impact and purchase packages",
  "section.method": "Method",

  "chart.progress-mra.title": "Metropoolregio Amsterdam: share of circular procurement against the target, per year",
  "chart.progress-mra.note":
    "Bars: the share of purchasing value that the counting rule counts as circular. Line: the target of the declaration, straight between the target years.",
  "chart.progress-subregions.title": "Subregions in {year}: share of circular procurement against the target",
  "chart.progress-subregions.note": "The line is the target for {year}: {target}.",
  "table.progress-organisations.title": "Organisations in {year}: share of circular procurement, target and status",
  "chart.trend.title": "Share of circular procurement per year, {from}–{to}: the MRA and its subregions",
  "chart.trend.note": "A gap in a line is a year without procurements for that subject.",
  "chart.mvoi-theme.title": "Share of procurements that apply a criterion of each MVOI theme, MRA, {year}",
  "chart.mvoi-theme.note": "A procurement can apply criteria of several themes, so the shares need not add up to 100%.",
  "chart.r-strategy.title": "Applied criteria by R-strategy, MRA, {year}",
  "chart.r-strategy.note": "Each criterion names one step of one R-ladder; criteria without a circular aim have none.",
  "chart.material-saved.title": "Material saved by the procurements of the MRA, per year",
  "chart.co2e-avoided.title": "Greenhouse gas avoided by the procurements of the MRA, per year",
  "chart.outcomes.note": "As reported in the outcomes of the procurements; a year without reports has no bar.",
  "chart.purchase-package.title": "Purchase packages: organisations that adopted each package, {year}",
  "chart.purchase-package.note": "The number of organisations of the MRA that had adopted the package in {year}.",
  "chart.empty": "No data for this chart.",
  "table.numbers": "The numbers behind the chart",

  "column.organisation": "Organisation",
  "column.subregion": "Subregion",
  "column.subject": "Subject",
  "column.year": "Year",
  "column.share": "Share circular",
  "column.target": "Target",
  "column.gap": "Gap to target (percentage points)",
  "column.status": "Status",
  "column.theme": "MVOI theme",
  "column.rStrategy": "R-strategy",
  "column.package": "Purchase package",
  "column.organisations": "Organisations",
  "column.materialSaved": "Material saved",
  "column.co2eAvoided": "Greenhouse gas avoided",
  "series.share": "Share circular",
  "series.target": "Target",
  "rStrategy.label": "{ladder} {code} {label}",
  "ladder.pbl-r0-r9": "PBL",
  "ladder.rvo-r1-r6": "RVO",
  "value.none": "–",

  "status.on-track": "on track",
  "status.behind": "behind",
  "status.achieved": "achieved",
  "status.missed": "missed",
  "status.no-data": "no data",

  "method.rule":
    "Which procurements count as circular is decided by the counting rule {name}, {id} version {version}: {description}",
  "method.status":
    "Status: in a target year ({targets}) the target is achieved or missed; between target years a subject is on track when its share is at least on the straight path between the targets, otherwise behind. The gap is the target minus the share: what is still to go, negative when the subject is ahead.",
  "method.counted":
    "Of {procurements} procurements, {counted} were counted: {undated} had no date and {unknownBuyer} a buyer that is no known organisation. {reassigned} were counted for the organisation that continues their buyer after a merger.",
  "method.values":
    "Values are computed exactly and rounded for display only; the exact values are in the tables' data and in the JSON and CSV forms of this report.",
  "csv.indicator": "indicator",
  "csv.indicatorName": "indicator name",
  "csv.subjectType": "subject type",
  "csv.subject": "subject",
  "csv.subjectName": "subject name",
  "csv.year": "year",
  "csv.periodStart": "period start",
  "csv.periodEnd": "period end",
  "csv.value": "value",
  "csv.unit": "unit",
  "csv.target": "target",
  "csv.gap": "gap to target",
  "csv.status": "status",
  "csv.ruleVersion": "rule version",
} as const;

/** A key of the message catalogue. */
export type MessageKey = keyof typeof en;

const nl: Record<MessageKey, string> = {
  "report.title": "Circulair inkopen in de Metropoolregio Amsterdam: voortgangsrapportage",
  "meta.heading": "Over deze rapportage",
  "meta.dataset": "Dataset",
  "meta.rule": "Telregel",
  "meta.ruleValue": "{name} ({id}, versie {version})",
  "meta.geography": "Fusies",
  "geography.as-is": "as-is: de geschiedenis van een gefuseerde gemeente telt mee voor de gemeente die haar voortzet",
  "geography.as-was": "as-was: elke aanbesteding telt voor de organisatie die toen bestond",
  "meta.years": "Jaren",
  "meta.yearsValue": "{from}–{to}",
  "meta.noYears": "geen aanbesteding kon in een jaar worden geplaatst",
  "meta.procurements": "Aanbestedingen geteld",
  "meta.procurementsValue": "{counted} van {procurements}",
  "meta.generated": "Gemaakt op",

  "section.progress": "Voortgang ten opzichte van de doelen",
  "section.trend": "Ontwikkeling",
  "section.split": "Naar MVOI-thema en R-strategie",
  "section.impact": "Effect en inkooppakketten",
  "section.method": "Methode",

  "chart.progress-mra.title": "Metropoolregio Amsterdam: aandeel circulair inkopen ten opzichte van het doel, per jaar",
  "chart.progress-mra.note":
    "Staven: het aandeel van de inkoopwaarde dat de telregel als circulair telt. Lijn: het doel uit de intentieverklaring, recht tussen de doeljaren.",
  "chart.progress-subregions.title": "Deelregio's in {year}: aandeel circulair inkopen ten opzichte van het doel",
  "chart.progress-subregions.note": "De lijn is het doel voor {year}: {target}.",
  "table.progress-organisations.title": "Organisaties in {year}: aandeel circulair inkopen, doel en status",
  "chart.trend.title": "Aandeel circulair inkopen per jaar, {from}–{to}: de MRA en haar deelregio's",
  "chart.trend.note": "Een onderbreking in een lijn is een jaar zonder aanbestedingen voor dat onderwerp.",
  "chart.mvoi-theme.title": "Aandeel aanbestedingen met een criterium van elk MVOI-thema, MRA, {year}",
  "chart.mvoi-theme.note":
    "Een aanbesteding kan criteria van meer thema's toepassen; de aandelen tellen dus niet per se op tot 100%.",
  "chart.r-strategy.title": "Toegepaste criteria naar R-strategie, MRA, {year}",
  "chart.r-strategy.note":
    "Elk criterium noemt één trede van één R-ladder; criteria zonder circulair doel hebben er geen.",
  "chart.material-saved.title": "Bespaard materiaal door de aanbestedingen van de MRA, per jaar",
  "chart.co2e-avoided.title": "Vermeden broeikasgassen door de aanbestedingen van de MRA, per jaar",
  "chart.outcomes.note":
    "Zoals gemeld in de resultaten van de aanbestedingen; een jaar zonder meldingen heeft geen staaf.",
  "chart.purchase-package.title": "Inkooppakketten: organisaties die elk pakket hebben overgenomen, {year}",
  "chart.purchase-package.note": "Het aantal organisaties in de MRA dat het pakket in {year} had overgenomen.",
  "chart.empty": "Geen gegevens voor deze grafiek.",
  "table.numbers": "De cijfers achter de grafiek",

  "column.organisation": "Organisatie",
  "column.subregion": "Deelregio",
  "column.subject": "Onderwerp",
  "column.year": "Jaar",
  "column.share": "Aandeel circulair",
  "column.target": "Doel",
  "column.gap": "Afstand tot doel (procentpunten)",
  "column.status": "Status",
  "column.theme": "MVOI-thema",
  "column.rStrategy": "R-strategie",
  "column.package": "Inkooppakket",
  "column.organisations": "Organisaties",
  "column.materialSaved": "Bespaard materiaal",
  "column.co2eAvoided": "Vermeden broeikasgassen",
  "series.share": "Aandeel circulair",
  "series.target": "Doel",
  "rStrategy.label": "{ladder} {code} {label}",
  "ladder.pbl-r0-r9": "PBL",
  "ladder.rvo-r1-r6": "RVO",
  "value.none": "–",

  "status.on-track": "op koers",
  "status.behind": "achter",
  "status.achieved": "gehaald",
  "status.missed": "niet gehaald",
  "status.no-data": "geen gegevens",

  "method.rule":
    "Welke aanbestedingen als circulair tellen, bepaalt de telregel {name}, {id} versie {version}: {description}",
  "method.status":
    "Status: in een doeljaar ({targets}) is het doel gehaald of niet gehaald; tussen de doeljaren is een onderwerp op koers als het aandeel minstens op de rechte lijn tussen de doelen ligt, anders achter. De afstand tot het doel is het doel min het aandeel: wat nog te gaan is, negatief als het onderwerp voorloopt.",
  "method.counted":
    "Van de {procurements} aanbestedingen zijn er {counted} geteld: {undated} hadden geen datum en {unknownBuyer} een koper die geen bekende organisatie is. {reassigned} zijn na een fusie geteld voor de organisatie die hun koper voortzet.",
  "method.values":
    "Waarden zijn exact berekend en alleen voor de weergave afgerond; de exacte waarden staan in de gegevens van de tabellen en in de JSON- en CSV-vorm van deze rapportage.",
  "csv.indicator": "indicator",
  "csv.indicatorName": "naam indicator",
  "csv.subjectType": "soort onderwerp",
  "csv.subject": "onderwerp",
  "csv.subjectName": "naam onderwerp",
  "csv.year": "jaar",
  "csv.periodStart": "begin periode",
  "csv.periodEnd": "einde periode",
  "csv.value": "waarde",
  "csv.unit": "eenheid",
  "csv.target": "doel",
  "csv.gap": "afstand tot doel",
  "csv.status": "status",
  "csv.ruleVersion": "versie telregel",
};

const catalogues: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { en, nl };

/** The names in `{name}` placeholders of a text. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The values a message needs: none, or one object with every placeholder of its English text. */
export type MessageValues<K extends MessageKey> = [Placeholders<(typeof en)[K]>] extends [never]
  ? []
  : [Readonly<Record<Placeholders<(typeof en)[K]>, string | number>>];

/** Renders a catalogue message in one language. */
export type Translate = <K extends MessageKey>(key: K, ...values: MessageValues<K>) => string;

/** The texts of the report in `lang`; a placeholder without a value stays visible rather than vanishing. */
export function translator(lang: Lang): Translate {
  const catalogue = catalogues[lang];
  return (key, ...values) => {
    const given: Readonly<Record<string, string | number>> = values[0] ?? {};
    return catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(given, name) ? String(given[name]) : whole,
    );
  };
}

/** Both catalogues, for the test that holds them to the same placeholders. */
export const messageCatalogues = catalogues;
