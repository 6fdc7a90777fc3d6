// THIS FILE IS GENERATED FROM schemas/ BY @mra-circulair/codegen. DO NOT EDIT. Run `pnpm generate`.

import { z } from "zod";
import { codePoints, uniqueItems } from "../runtime/index.ts";

/** A text in both Dutch and English; unlike LocalizedText, the English text is required. (nl: Codelijsttekst) */
export const CodelistText = z.strictObject({
  /** The Dutch text. (nl: Nederlands) */
  nl: z.string().check(codePoints({ min: 1, max: 2000 })),
  /** The English text. (nl: Engels) */
  en: z.string().check(codePoints({ min: 1, max: 2000 })),
});
export type CodelistText = z.infer<typeof CodelistText>;

/** An absolute http or https URL without whitespace. (nl: Webadres) */
export const HttpUrl = z
  .string()
  .check(codePoints({ max: 2048 }))
  .regex(/^https?:\/\/[^\s]+$/u);
export type HttpUrl = z.infer<typeof HttpUrl>;

/** The origin of a codelist: who publishes it, where, in which version, under which licence and how to credit it. (nl: Bron van een codelijst) */
export const CodelistSource = z.strictObject({
  /** The name of the source or its publisher. (nl: Naam) */
  name: z.string().check(codePoints({ min: 1, max: 300 })),
  /** Where the source can be read. (nl: Webadres) */
  url: z.exactOptional(HttpUrl),
  /** The version of the source list as its publisher writes it. (nl: Versie) */
  version: z.exactOptional(z.string().check(codePoints({ min: 1, max: 64 }))),
  /** The licence under which the list may be reused, such as CC BY 4.0. (nl: Licentie) */
  licence: z.exactOptional(z.string().check(codePoints({ min: 1, max: 100 }))),
  /** The credit line to show when the list or data derived from it is passed on. (nl: Naamsvermelding) */
  attribution: z.exactOptional(z.string().check(codePoints({ min: 1, max: 500 }))),
});
export type CodelistSource = z.infer<typeof CodelistSource>;

/** One code with its labels, evidence status and sources. For a code that this standard defines for its own model, no outside fact is involved: its status is confirmed, it has no sources and its note says so. (nl: Code in een codelijst) */
export const CodelistCode = z.strictObject({
  /** The code as it appears in data; never translated. Letters, digits and . _ - only. (nl: Code) */
  code: z
    .string()
    .check(codePoints({ min: 1, max: 64 }))
    .regex(/^[A-Za-z0-9]+([._-][A-Za-z0-9]+)*$/u),
  /** The short name of the code in Dutch and English. (nl: Label) */
  label: CodelistText,
  /** What the code means, in Dutch and English. (nl: Beschrijving) */
  description: z.exactOptional(CodelistText),
  /** True when the code should no longer be used in new data; it stays in the list so that older data remains valid. (nl: Verouderd) */
  deprecated: z.boolean(),
  /** How the meaning of the code is supported by its sources. (nl: Bewijsstatus) */
  status: z.enum(["confirmed", "secondary", "inferred", "unconfirmed"]),
  /** Public web addresses that support the code and its meaning. (nl: Bronnen) */
  sources: z.exactOptional(z.array(HttpUrl).min(1).max(20).check(uniqueItems())),
  /** Explanation, for example the reasoning behind an inferred code or what remains unverified. (nl: Toelichting) */
  note: z.exactOptional(CodelistText),
  /** For a step of an R-ladder: the ladder it belongs to, a code of the codelist r-ladder. (nl: Ladder) */
  ladder: z.exactOptional(z.enum(["pbl-r0-r9", "rvo-r1-r6"])),
  /** For a list whose source groups its codes: the name of the group the code belongs to, in Dutch and English, such as the three groups of the PBL R-ladder. (nl: Groep) */
  group: z.exactOptional(CodelistText),
});
export type CodelistCode = z.infer<typeof CodelistCode>;

/** A codelist file: the codes a coded property may take, each with a Dutch and an English label, its evidence status and its sources. Codes are never translated. A closed list is complete; codes outside an open list are a warning, not an error. (nl: Codelijst) */
export const Codelist = z.strictObject({
  /** The relative address of this schema, so that editors can check the file. Absent in the bundled copy. (nl: Schema) */
  $schema: z.exactOptional(z.literal("../codelist.schema.json")),
  /** The codelist identifier in kebab-case, equal to the file name without .json and to the value of x-codelist in the entity schemas. (nl: Identificator) */
  id: z
    .string()
    .check(codePoints({ max: 64 }))
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u),
  /** The version of the standard the codelist belongs to (major.minor). (nl: Versie) */
  version: z.literal("1.0"),
  /** True when data may carry codes outside the list (reported as a warning); false when the list is complete and the entity schemas carry its codes as an enum. (nl: Open) */
  open: z.boolean(),
  /** The name of the codelist in Dutch and English. (nl: Titel) */
  title: CodelistText,
  /** What the codes classify, in Dutch and English. (nl: Beschrijving) */
  description: CodelistText,
  /** Where the list comes from, under which licence and with which attribution. (nl: Bron) */
  source: CodelistSource,
  /** The codes of the list, in their intended order. Codes are unique within the list. (nl: Codes) */
  codes: z.array(CodelistCode).min(1).max(1000),
});
export type Codelist = z.infer<typeof Codelist>;

/** A record identifier, unique per entity within a dataset. Letters, digits and . _ : - only, starting with a letter or digit. (nl: Identificator) */
export const Identifier = z
  .string()
  .check(codePoints({ min: 1, max: 128 }))
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/u);
export type Identifier = z.infer<typeof Identifier>;

/** A calendar date in ISO 8601 form (YYYY-MM-DD). Only dates that exist are valid: 2023-02-30 is rejected, 2024-02-29 accepted. (nl: Kalenderdatum) */
export const CalendarDate = z.iso.date().check(codePoints({ max: 10 }));
export type CalendarDate = z.infer<typeof CalendarDate>;

/** A moment in time in RFC 3339 form with an explicit offset (Z or +hh:mm), seconds required, no leap seconds. (nl: Datum en tijd) */
export const DateTime = z.iso
  .datetime({ offset: true })
  .check(codePoints({ max: 35 }))
  .regex(
    /^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$/u,
  );
export type DateTime = z.infer<typeof DateTime>;

/** A calendar year. (nl: Jaar) */
export const Year = z.int().min(1900).max(2100);
export type Year = z.infer<typeof Year>;

/** A non-negative amount of money as an exact decimal string with at most two decimals and no thousands separator, so that no float rounding can occur ("1234567.89"). (nl: Bedrag) */
export const Amount = z
  .string()
  .check(codePoints({ max: 18 }))
  .regex(/^(0|[1-9][0-9]{0,14})(\.[0-9]{1,2})?$/u);
export type Amount = z.infer<typeof Amount>;

/** A non-negative exact decimal string with at most six decimals, for physical quantities such as tonnes. (nl: Hoeveelheid) */
export const Quantity = z
  .string()
  .check(codePoints({ max: 26 }))
  .regex(/^(0|[1-9][0-9]{0,17})(\.[0-9]{1,6})?$/u);
export type Quantity = z.infer<typeof Quantity>;

/** A percentage from 0 to 100 as an exact decimal string with at most two decimals. (nl: Percentage) */
export const Percentage = z
  .string()
  .check(codePoints({ max: 6 }))
  .regex(/^(100(\.0{1,2})?|[1-9]?[0-9](\.[0-9]{1,2})?)$/u);
export type Percentage = z.infer<typeof Percentage>;

/** An amount of money with its currency. The standard covers euro amounts only. (nl: Geldbedrag) */
export const Money = z.strictObject({
  /** The amount as an exact decimal string. (nl: Bedrag) */
  amount: Amount,
  /** ISO 4217 currency code; only EUR. (nl: Valuta) */
  currency: z.enum(["EUR"]),
});
export type Money = z.infer<typeof Money>;

/** Text in Dutch, optionally with an English translation. (nl: Tekst in meerdere talen) */
export const LocalizedText = z.strictObject({
  /** The Dutch text. (nl: Nederlands) */
  nl: z.string().check(codePoints({ min: 1, max: 10000 })),
  /** The English text. (nl: Engels) */
  en: z.exactOptional(z.string().check(codePoints({ min: 1, max: 10000 }))),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A Common Procurement Vocabulary code: eight digits, a hyphen and a check digit. (nl: CPV-code) */
export const CpvCode = z
  .string()
  .check(codePoints({ max: 10 }))
  .regex(/^[0-9]{8}-[0-9]$/u);
export type CpvCode = z.infer<typeof CpvCode>;

/** Where a fact comes from and how certain it is. Optionally names the field it concerns. (nl: Herkomst) */
export const Provenance = z.strictObject({
  /** How the fact is supported by its sources. (nl: Bewijsstatus) */
  status: z.enum(["confirmed", "secondary", "inferred", "unconfirmed"]),
  /** JSON Pointer, relative to the record, of the field this provenance concerns; absent when it concerns the whole record. (nl: Veld) */
  field: z.exactOptional(
    z
      .string()
      .check(codePoints({ max: 256 }))
      .regex(/^(\/[^/]+)+$/u),
  ),
  /** Public web addresses that support the fact. (nl: Bronnen) */
  sources: z.exactOptional(z.array(HttpUrl).min(1).max(20)),
  /** Explanation, for example the reasoning behind an inferred fact. (nl: Toelichting) */
  note: z.exactOptional(LocalizedText),
});
export type Provenance = z.infer<typeof Provenance>;

/** The kind of criterion, as the MVI-criteriatool distinguishes them: geschiktheidseis (suitability requirement), selectiecriterium (selection criterion), eis (minimum requirement, as technical specification or special condition), gunningscriterium (award criterion) or contractbepaling (contract clause). (nl: Soort criterium) */
export const CriterionType = z.enum([
  "geschiktheidseis",
  "selectiecriterium",
  "eis",
  "gunningscriterium",
  "contractbepaling",
]);
export type CriterionType = z.infer<typeof CriterionType>;

/** One of the six themes of the Manifest MVOI 2022-2025: milieu-biodiversiteit (environment and biodiversity), klimaat (climate), circulair (circular, including biobased), ketenverantwoordelijkheid (supply-chain responsibility), diversiteit-inclusie (diversity and inclusion) or social-return. (nl: MVOI-thema) */
export const MvoiTheme = z.enum([
  "milieu-biodiversiteit",
  "klimaat",
  "circulair",
  "ketenverantwoordelijkheid",
  "diversiteit-inclusie",
  "social-return",
]);
export type MvoiTheme = z.infer<typeof MvoiTheme>;

/** A step on the ten-step PBL R-ladder R0-R9 (Potting et al., 2017), from R0 Refuse to R9 Recover. (nl: R-strategie op de PBL-ladder) */
export const RStrategyPbl = z.strictObject({
  /** The R-ladder: the code pbl-r0-r9 of the closed codelist r-ladder. (nl: Ladder) */
  ladder: z.literal("pbl-r0-r9"),
  /** The step on the PBL ladder. (nl: Code) */
  code: z.enum(["R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9"]),
});
export type RStrategyPbl = z.infer<typeof RStrategyPbl>;

/** A step on the condensed six-step R-ladder R1-R6 used by RVO, from R1 Refuse and Rethink to R6 Recover. (nl: R-strategie op de RVO-ladder) */
export const RStrategyRvo = z.strictObject({
  /** The R-ladder: the code rvo-r1-r6 of the closed codelist r-ladder. (nl: Ladder) */
  ladder: z.literal("rvo-r1-r6"),
  /** The step on the RVO ladder. (nl: Code) */
  code: z.enum(["R1", "R2", "R3", "R4", "R5", "R6"]),
});
export type RStrategyRvo = z.infer<typeof RStrategyRvo>;

/** A step on an R-ladder, always together with the ladder it belongs to, because the same code means different steps on different ladders (R1 is Rethink on the PBL ladder, Refuse and Rethink on the RVO ladder). (nl: R-strategie) */
export const RStrategy = z.union([RStrategyPbl, RStrategyRvo]);
export type RStrategy = z.infer<typeof RStrategy>;

/** A version number MAJOR.MINOR.PATCH as in Semantic Versioning 2.0.0, without pre-release or build suffix; each part has at most six digits and no leading zero. (nl: Semantische versie) */
export const SemanticVersion = z
  .string()
  .check(codePoints({ max: 20 }))
  .regex(/^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$/u);
export type SemanticVersion = z.infer<typeof SemanticVersion>;

/** One version of a sustainability criterion that a buyer can put into tender documents: a suitability requirement, selection criterion, requirement, award criterion or contract clause, with its MVI ambition level, MVOI themes, R-strategy and means of proof. Every version is a record of its own; a newer version names the versions it supersedes. (nl: Criterium) */
export const Criterion = z.strictObject({
  /** The identifier of this criterion version in the dataset. (nl: Identificator) */
  id: Identifier,
  /** A short name for the criterion. (nl: Titel) */
  title: LocalizedText,
  /** The criterion as it goes into the tender documents. (nl: Tekst) */
  text: LocalizedText,
  /** Where the criterion belongs in the procurement procedure. (nl: Soort) */
  type: CriterionType,
  /** The ambition level of the MVI-criteriatool: basis (minimum requirements for standard tenders), significant (stricter requirements and award criteria) or ambitieus (functional or experimental criteria that ask for innovation). (nl: MVI-ambitieniveau) */
  mviAmbitionLevel: z.enum(["basis", "significant", "ambitieus"]),
  /** The MVOI themes of the Manifest MVOI 2022-2025 that the criterion serves, each at most once. (nl: MVOI-thema's) */
  mvoiThemes: z.array(MvoiTheme).min(1).max(6).check(uniqueItems()),
  /** The circular strategy the criterion promotes, as a step on a named R-ladder. Absent when the criterion has no circular aim, as with most social-return criteria. (nl: R-strategie) */
  rStrategy: z.exactOptional(RStrategy),
  /** How a tenderer shows that the criterion is met, such as a certificate, a declaration or a test report. Absent when the source leaves the means of proof to the buyer. (nl: Bewijsmiddel) */
  verification: z.exactOptional(LocalizedText),
  /** Where the criterion text comes from: an MRA handreiking, the MVI-criteriatool, the EU GPP criteria or the publisher's own drafting. (nl: Bron) */
  source: z.enum(["mra-handreiking", "mvi-criteriatool", "eu-gpp", "own"]),
  /** The public web address of the criterion or of the document it is taken from. (nl: Bronverwijzing) */
  sourceReference: z.exactOptional(HttpUrl),
  /** The version of the criterion. A change of wording that changes what a tenderer must do raises the major number. (nl: Versie) */
  version: SemanticVersion,
  /** The life-cycle status of this version: draft (not yet for use), active, superseded (replaced by a newer version) or withdrawn (no longer to be used, without a replacement). (nl: Status) */
  status: z.enum(["draft", "active", "superseded", "withdrawn"]),
  /** The identifiers of the Criterion records (earlier versions) that this version replaces. Absent for a first version. (nl: Vervangt) */
  supersedes: z.exactOptional(z.array(Identifier).min(1).max(50).check(uniqueItems())),
  /** The identifiers of the PurchasePackage records (MRA inkooppakketten) the criterion is meant for. Absent when it is not tied to a package. (nl: Inkooppakketten) */
  purchasePackages: z.exactOptional(z.array(Identifier).min(1).max(200).check(uniqueItems())),
  /** The first day on which this version may be used in tenders. (nl: Geldig vanaf) */
  validFrom: z.exactOptional(CalendarDate),
  /** Sources and evidence status of the facts in this record. (nl: Herkomst) */
  provenance: z.exactOptional(z.array(Provenance).max(50)),
});
export type Criterion = z.infer<typeof Criterion>;

/** The publisher of a dataset: an organisation, never a person. (nl: Uitgever van een dataset) */
export const DatasetPublisher = z.strictObject({
  /** The publishing organisation's name. (nl: Naam) */
  name: z.string().check(codePoints({ min: 1, max: 200 })),
  /** The publisher's Organisation identifier, when it is in the dataset. (nl: Organisatie) */
  organisation: z.exactOptional(Identifier),
  /** The publisher's web address. (nl: Webadres) */
  url: z.exactOptional(HttpUrl),
});
export type DatasetPublisher = z.infer<typeof DatasetPublisher>;

/** Metadata of an exchange: schema version, publisher, licence and publication moment. (nl: Metagegevens van een dataset) */
export const DatasetMeta = z.strictObject({
  /** The major.minor version of the mra-circulair schemas the dataset follows. (nl: Schemaversie) */
  schemaVersion: z.enum(["1.0"]),
  /** The dataset's identifier, stable across republications. (nl: Identificator) */
  id: Identifier,
  /** The dataset's title. (nl: Titel) */
  title: z.exactOptional(LocalizedText),
  /** What the dataset holds and how it was made. (nl: Omschrijving) */
  description: z.exactOptional(LocalizedText),
  /** Who publishes the dataset. (nl: Uitgever) */
  publisher: DatasetPublisher,
  /** The web address of the licence, for example https://creativecommons.org/licenses/by/4.0/. (nl: Licentie) */
  license: HttpUrl,
  /** The moment of publication. (nl: Gepubliceerd op) */
  publishedAt: DateTime,
});
export type DatasetMeta = z.infer<typeof DatasetMeta>;

/** A line holding one metadata line. (nl: Meta-regel) */
export const MetaLine = z.strictObject({
  /** The kind of record on this line. (nl: Recordsoort) */
  type: z.literal("meta"),
  /** The metadata line. (nl: Record) */
  record: DatasetMeta,
});
export type MetaLine = z.infer<typeof MetaLine>;

/** An official identifier with the scheme it belongs to. (nl: Organisatie-identificator) */
export const OrganisationIdentifier = z.strictObject({
  /** The identifier scheme: CBS municipality code, CBS province code, OIN or KvK number. (nl: Stelsel) */
  scheme: z.enum(["cbs-gemeente", "cbs-provincie", "oin", "kvk"]),
  /** The identifier as written in its scheme (GM0363, PV27, a 20-digit OIN or an 8-digit KvK number). (nl: Waarde) */
  value: z
    .string()
    .check(codePoints({ max: 20 }))
    .regex(/^(GM[0-9]{4}|PV[0-9]{2}|[0-9]{20}|[0-9]{8})$/u),
});
export type OrganisationIdentifier = z.infer<typeof OrganisationIdentifier>;

/** The end of an organisation through a merger: who continues it, from which date and by which kind of merger. (nl: Opvolging) */
export const Succession = z.strictObject({
  /** The identifier of the organisation that continues this one. (nl: Opvolger) */
  successor: Identifier,
  /** The date of the merger, equal to validTo of the ended organisation. (nl: Datum) */
  date: CalendarDate,
  /** The kind of merger under the Wet arhi. (nl: Soort) */
  type: z.enum(["merger", "light-merger"]),
});
export type Succession = z.infer<typeof Succession>;

/** A government organisation that takes part in circular procurement: a municipality, a province, the transport authority or another body. A merged municipality stays a record of its own, with an end date and its successor. (nl: Organisatie) */
export const Organisation = z.strictObject({
  /** The organisation's identifier in this dataset. For municipalities and provinces the CBS code (GM0363, PV27). (nl: Identificator) */
  id: Identifier,
  /** The official name in Dutch. (nl: Naam) */
  name: z.string().check(codePoints({ min: 1, max: 200 })),
  /** The kind of organisation. (nl: Soort) */
  kind: z.enum(["gemeente", "provincie", "vervoerregio", "other"]),
  /** Official identifiers of the organisation, each with its scheme. Empty when no official identifier is known. (nl: Identificatoren) */
  identifiers: z.array(OrganisationIdentifier).max(10),
  /** For a municipality: the identifier of the province it lies in. (nl: Provincie) */
  province: z.exactOptional(Identifier),
  /** The MRA subregion (deelregio) the municipality belongs to; absent for provinces, the Vervoerregio and organisations outside the MRA. (nl: MRA-deelregio) */
  subregion: z.exactOptional(
    z.enum([
      "almere-lelystad",
      "amstelland-meerlanden",
      "amsterdam",
      "gooi-en-vechtstreek",
      "ijmond",
      "zaanstreek-waterland",
      "zuid-kennemerland",
    ]),
  ),
  /** The first day the organisation exists in this form. For municipalities the CBS begin date; 1970-01-01 in CBS data means 'on or before 1970'. (nl: Geldig vanaf) */
  validFrom: z.exactOptional(CalendarDate),
  /** The first day the organisation no longer exists (exclusive end, as the CBS end date). Absent while it exists. (nl: Geldig tot) */
  validTo: z.exactOptional(CalendarDate),
  /** Which organisation continued this one when it ended, and how. (nl: Opvolging) */
  succession: z.exactOptional(Succession),
  /** Sources and evidence status of the facts in this record. (nl: Herkomst) */
  provenance: z.exactOptional(z.array(Provenance).max(50)),
});
export type Organisation = z.infer<typeof Organisation>;

/** A line holding one Organisation record. (nl: Organisation-regel) */
export const OrganisationLine = z.strictObject({
  /** The kind of record on this line. (nl: Recordsoort) */
  type: z.literal("organisation"),
  /** The Organisation record. (nl: Record) */
  record: Organisation,
});
export type OrganisationLine = z.infer<typeof OrganisationLine>;

/** The unit of an indicator value: percent, eur (euro), tonne, tonne-co2e (tonne of CO2 equivalent) or count. (nl: Eenheid van een indicator) */
export const IndicatorUnit = z.enum(["percent", "eur", "tonne", "tonne-co2e", "count"]);
export type IndicatorUnit = z.infer<typeof IndicatorUnit>;

/** A quantified target for a year, such as 10% circular procurement in 2022, with its unit or indicator and its status. (nl: Streefwaarde) */
export const Target = z.strictObject({
  /** The target's identifier in this dataset. (nl: Identificator) */
  id: Identifier,
  /** The year in which the target should be reached. (nl: Doeljaar) */
  year: Year,
  /** The target value, in the unit given, as an exact decimal string. (nl: Waarde) */
  value: Quantity,
  /** The unit of the value. (nl: Eenheid) */
  unit: IndicatorUnit,
  /** The identifier of the IndicatorDefinition that measures progress towards this target. (nl: Indicator) */
  indicator: z.exactOptional(Identifier),
  /** The role of the target on the way to the end goal. (nl: Soort) */
  kind: z.enum(["milestone", "intermediate", "end"]),
  /** Whether the target is adopted, still tentative, achieved, missed or withdrawn. (nl: Status) */
  status: z.enum(["adopted", "tentative", "achieved", "missed", "withdrawn"]),
  /** What the target covers, for example 'all products, goods and services'. (nl: Reikwijdte) */
  scope: z.exactOptional(LocalizedText),
  /** Sources and evidence status of the facts in this record. (nl: Herkomst) */
  provenance: z.exactOptional(z.array(Provenance).max(50)),
});
export type Target = z.infer<typeof Target>;

/** A declaration of intent that governments sign, such as the Intentieverklaring circulair inkopen en opdrachtgeverschap of 20 June 2018, with its targets. Who signed is recorded in Signature records. (nl: Verklaring) */
export const Declaration = z.strictObject({
  /** The declaration's identifier in this dataset. (nl: Identificator) */
  id: Identifier,
  /** The title of the declaration. (nl: Titel) */
  title: LocalizedText,
  /** The date of the joint signing. (nl: Ondertekend op) */
  signedOn: CalendarDate,
  /** What the signatories commit to, in a few sentences. (nl: Samenvatting) */
  summary: z.exactOptional(LocalizedText),
  /** The targets the declaration sets, in order of year. (nl: Doelen) */
  targets: z.array(Target).max(100),
  /** Sources and evidence status of the facts in this record. (nl: Herkomst) */
  provenance: z.exactOptional(z.array(Provenance).max(50)),
});
export type Declaration = z.infer<typeof Declaration>;

/** A line holding one Declaration record. (nl: Declaration-regel) */
export const DeclarationLine = z.strictObject({
  /** The kind of record on this line. (nl: Recordsoort) */
  type: z.literal("declaration"),
  /** The Declaration record. (nl: Record) */
  record: Declaration,
});
export type DeclarationLine = z.infer<typeof DeclarationLine>;

/** One organisation's signature under a declaration. When the organisation later merges, its successor carries the commitment. (nl: Ondertekening) */
export const Signature = z.strictObject({
  /** The signature's identifier in this dataset. (nl: Identificator) */
  id: Identifier,
  /** The identifier of the Declaration signed. (nl: Verklaring) */
  declaration: Identifier,
  /** The identifier of the signing Organisation. (nl: Organisatie) */
  organisation: Identifier,
  /** The date the organisation signed. (nl: Ondertekend op) */
  signedOn: CalendarDate,
  /** Sources and evidence status of the facts in this record. (nl: Herkomst) */
  provenance: z.exactOptional(z.array(Provenance).max(50)),
});
export type Signature = z.infer<typeof Signature>;

/** A line holding one Signature record. (nl: Signature-regel) */
export const SignatureLine = z.strictObject({
  /** The kind of record on this line. (nl: Recordsoort) */
  type: z.literal("signature"),
  /** The Signature record. (nl: Record) */
  record: Signature,
});
export type SignatureLine = z.infer<typeof SignatureLine>;

/** An ambition level of the roadmap: basis, gevorderd or excellent. (nl: Ambitieniveau van een organisatie) */
export const OrganisationAmbitionLevel = z.enum(["basis", "gevorderd", "excellent"]);
export type OrganisationAmbitionLevel = z.infer<typeof OrganisationAmbitionLevel>;

/** The ambition level an organisation chose under the roadmap. (nl: Ambitie van een organisatie) */
export const OrganisationAmbition = z.strictObject({
  /** The identifier of the Organisation. (nl: Organisatie) */
  organisation: Identifier,
  /** The chosen ambition level. (nl: Niveau) */
  level: OrganisationAmbitionLevel,
  /** The date from which the level applies. (nl: Sinds) */
  since: z.exactOptional(CalendarDate),
});
export type OrganisationAmbition = z.infer<typeof OrganisationAmbition>;

/** An action of the roadmap for one ambition level, placed on the timeline. (nl: Roadmap-actie) */
export const RoadmapAction = z.strictObject({
  /** The action's identifier, unique within the roadmap. (nl: Identificator) */
  id: Identifier,
  /** The action in one line. (nl: Titel) */
  title: LocalizedText,
  /** The ambition level the action belongs to. (nl: Ambitieniveau) */
  level: OrganisationAmbitionLevel,
  /** The core theme of the action. (nl: Thema) */
  theme: z.enum(["organisational-processes", "communication-support", "measurement-method"]),
  /** The year the action starts on the timeline. (nl: Startjaar) */
  startYear: Year,
  /** The last year of the action on the timeline. (nl: Eindjaar) */
  endYear: z.exactOptional(Year),
});
export type RoadmapAction = z.infer<typeof RoadmapAction>;

/** A roadmap such as the MRA Roadmap Circulair Inkopen & Opdrachtgeverschap: the ambition level each organisation chose and the actions placed on its timeline. Its goals are Goal records that refer to it. (nl: Roadmap) */
export const Roadmap = z.strictObject({
  /** The roadmap's identifier in this dataset. (nl: Identificator) */
  id: Identifier,
  /** The roadmap's title. (nl: Titel) */
  title: LocalizedText,
  /** The date the roadmap was adopted. (nl: Vastgesteld op) */
  approvedOn: z.exactOptional(CalendarDate),
  /** The date the roadmap was presented in public. (nl: Gepresenteerd op) */
  launchedOn: z.exactOptional(CalendarDate),
  /** The ambition level each organisation chose, with the date it applies from. (nl: Ambitieniveaus) */
  ambitions: z.exactOptional(z.array(OrganisationAmbition).max(1000)),
  /** The roadmap's actions, each for an ambition level and placed on the timeline. (nl: Acties) */
  actions: z.exactOptional(z.array(RoadmapAction).max(1000)),
  /** Sources and evidence status of the facts in this record. (nl: Herkomst) */
  provenance: z.exactOptional(z.array(Provenance).max(50)),
});
export type Roadmap = z.infer<typeof Roadmap>;

/** A line holding one Roadmap record. (nl: Roadmap-regel) */
export const RoadmapLine = z.strictObject({
  /** The kind of record on this line. (nl: Recordsoort) */
  type: z.literal("roadmap"),
  /** The Roadmap record. (nl: Record) */
  record: Roadmap,
});
export type RoadmapLine = z.infer<typeof RoadmapLine>;

/** A goal of a roadmap, made measurable by one or more targets. (nl: Doel) */
export const Goal = z.strictObject({
  /** The goal's identifier in this dataset. (nl: Identificator) */
  id: Identifier,
  /** The identifier of the Roadmap this goal belongs to. (nl: Roadmap) */
  roadmap: z.exactOptional(Identifier),
  /** The identifier of the Declaration the goal restates, if any. (nl: Verklaring) */
  declaration: z.exactOptional(Identifier),
  /** The goal in one line. (nl: Titel) */
  title: LocalizedText,
  /** What the goal means and how it is measured. (nl: Omschrijving) */
  description: z.exactOptional(LocalizedText),
  /** The targets that make the goal measurable. (nl: Streefwaarden) */
  targets: z.array(Target).max(100),
  /** Sources and evidence status of the facts in this record. (nl: Herkomst) */
  provenance: z.exactOptional(z.array(Provenance).max(50)),
});
export type Goal = z.infer<typeof Goal>;

/** A line holding one Goal record. (nl: Goal-regel) */
export const GoalLine = z.strictObject({
  /** The kind of record on this line. (nl: Recordsoort) */
  type: z.literal("goal"),
  /** The Goal record. (nl: Record) */
  record: Goal,
});
export type GoalLine = z.infer<typeof GoalLine>;

/** The decision that made a package a priority. (nl: Prioritering van een pakket) */
export const PackagePriority = z.strictObject({
  /** The date of the decision. (nl: Besloten op) */
  decidedOn: CalendarDate,
  /** The position in the list of prioritised packages. (nl: Rangorde) */
  rank: z.exactOptional(z.int().min(1).max(1000)),
});
export type PackagePriority = z.infer<typeof PackagePriority>;

/** An organisation's adoption of a purchase package. (nl: Adoptie van een pakket) */
export const PackageAdoption = z.strictObject({
  /** The identifier of the adopting Organisation. (nl: Organisatie) */
  organisation: Identifier,
  /** The date of adoption. (nl: Geadopteerd op) */
  adoptedOn: z.exactOptional(CalendarDate),
});
export type PackageAdoption = z.infer<typeof PackageAdoption>;

/** A purchase package (inkooppakket) of the roadmap: a group of products, services or works bought together, which organisations adopt and for which sub-working groups write circular criteria. (nl: Inkooppakket) */
export const PurchasePackage = z.strictObject({
  /** The package's identifier in this dataset. (nl: Identificator) */
  id: Identifier,
  /** The package's name. (nl: Naam) */
  name: LocalizedText,
  /** The package number as printed in the source (for example 833), kept as text. (nl: Nummer) */
  number: z.exactOptional(
    z
      .string()
      .check(codePoints({ max: 16 }))
      .regex(/^[0-9A-Za-z.-]+$/u),
  ),
  /** The CPV codes the package covers. (nl: CPV-codes) */
  cpvCodes: z.exactOptional(z.array(CpvCode).max(200).check(uniqueItems())),
  /** The product group, for example as named in the MVI-criteriatool. (nl: Productgroep) */
  productGroup: z.exactOptional(LocalizedText),
  /** Whether and when the package was prioritised; absent when it was not. (nl: Prioriteit) */
  priority: z.exactOptional(PackagePriority),
  /** The organisations that adopted the package. (nl: Adopties) */
  adoptions: z.exactOptional(z.array(PackageAdoption).max(1000)),
  /** Sources and evidence status of the facts in this record. (nl: Herkomst) */
  provenance: z.exactOptional(z.array(Provenance).max(50)),
});
export type PurchasePackage = z.infer<typeof PurchasePackage>;

/** A line holding one PurchasePackage record. (nl: PurchasePackage-regel) */
export const PurchasePackageLine = z.strictObject({
  /** The kind of record on this line. (nl: Recordsoort) */
  type: z.literal("purchase-package"),
  /** The PurchasePackage record. (nl: Record) */
  record: PurchasePackage,
});
export type PurchasePackageLine = z.infer<typeof PurchasePackageLine>;

/** A published guidance document with the track's criteria. (nl: Handreiking van een werkspoor) */
export const TrackGuidance = z.strictObject({
  /** The document's title. (nl: Titel) */
  title: LocalizedText,
  /** The publication date. (nl: Gepubliceerd op) */
  publishedOn: z.exactOptional(CalendarDate),
  /** Where the document can be read. (nl: Webadres) */
  url: z.exactOptional(HttpUrl),
});
export type TrackGuidance = z.infer<typeof TrackGuidance>;

/** A working track (subwerkgroep) that writes a minimum set of circular criteria for one or more purchase packages. (nl: Werkspoor) */
export const Track = z.strictObject({
  /** The track's identifier in this dataset. (nl: Identificator) */
  id: Identifier,
  /** The track's name. (nl: Naam) */
  name: LocalizedText,
  /** The identifiers of the PurchasePackages the track works on. (nl: Inkooppakketten) */
  purchasePackages: z.array(Identifier).min(1).max(100).check(uniqueItems()),
  /** Whether the track is planned, active or completed. (nl: Status) */
  status: z.enum(["planned", "active", "completed"]),
  /** The date the track started. (nl: Gestart op) */
  startedOn: z.exactOptional(CalendarDate),
  /** The identifiers of the Organisations taking part. People are never named. (nl: Deelnemers) */
  members: z.exactOptional(z.array(Identifier).max(100).check(uniqueItems())),
  /** The guidance document (handreiking) the track published. (nl: Handreiking) */
  guidance: z.exactOptional(TrackGuidance),
  /** Sources and evidence status of the facts in this record. (nl: Herkomst) */
  provenance: z.exactOptional(z.array(Provenance).max(50)),
});
export type Track = z.infer<typeof Track>;

/** A line holding one Track record. (nl: Track-regel) */
export const TrackLine = z.strictObject({
  /** The kind of record on this line. (nl: Recordsoort) */
  type: z.literal("track"),
  /** The Track record. (nl: Record) */
  record: Track,
});
export type TrackLine = z.infer<typeof TrackLine>;

/** A line holding one Criterion record. (nl: Criterion-regel) */
export const CriterionLine = z.strictObject({
  /** The kind of record on this line. (nl: Recordsoort) */
  type: z.literal("criterion"),
  /** The Criterion record. (nl: Record) */
  record: Criterion,
});
export type CriterionLine = z.infer<typeof CriterionLine>;

/** A reference to a record of the MRA programme in this dataset, by its entity and identifier. (nl: Verwijzing naar MRA-onderdeel) */
export const MraItemRef = z.strictObject({
  /** The entity of the referenced record, named as its schema file: goal (Goal), target (Target), purchase-package (PurchasePackage), track (Track), criterion (Criterion), procurement (Procurement) or roadmap (Roadmap). (nl: Soort onderdeel) */
  itemType: z.enum(["goal", "target", "purchase-package", "track", "criterion", "procurement", "roadmap"]),
  /** The identifier of the referenced record, of the entity named by itemType. (nl: Identificator) */
  id: Identifier,
});
export type MraItemRef = z.infer<typeof MraItemRef>;

/** A reference to a criterion of the MVI-criteriatool (mvicriteria.nl). The tool publishes no documented identifiers, so the criterion is named as the tool shows it, with its product group and version where known. (nl: Verwijzing naar MVI-criterium) */
export const MviCriterionRef = z.strictObject({
  /** Always mvi-criterion. (nl: Soort) */
  kind: z.literal("mvi-criterion"),
  /** The identifier or title of the criterion as the MVI-criteriatool shows it. (nl: Verwijzing) */
  reference: z.string().check(codePoints({ min: 1, max: 500 })),
  /** The product group of the MVI-criteriatool the criterion belongs to, by its Dutch name (Kantoormeubilair, Catering). (nl: Productgroep) */
  productGroup: z.exactOptional(z.string().check(codePoints({ min: 1, max: 200 }))),
  /** A web address that shows the criterion or its product group in the MVI-criteriatool. (nl: Webadres) */
  uri: z.exactOptional(HttpUrl),
  /** The version or update round of the criterion as the tool states it, for example 'geactualiseerd mei 2019'. (nl: Versie) */
  version: z.exactOptional(z.string().check(codePoints({ min: 1, max: 100 }))),
});
export type MviCriterionRef = z.infer<typeof MviCriterionRef>;

/** A reference to one of the six MVOI themes. (nl: Verwijzing naar MVOI-thema) */
export const MvoiThemeRef = z.strictObject({
  /** Always mvoi-theme. (nl: Soort) */
  kind: z.literal("mvoi-theme"),
  /** The MVOI theme. (nl: Thema) */
  theme: MvoiTheme,
});
export type MvoiThemeRef = z.infer<typeof MvoiThemeRef>;

/** A reference to an organisation's MVI or MVOI plan, such as the actieplan MVOI that signatories of the Manifest MVOI write. (nl: Verwijzing naar MVI-plan) */
export const MviPlanRef = z.strictObject({
  /** Always mvi-plan. (nl: Soort) */
  kind: z.literal("mvi-plan"),
  /** The identifier of the Organisation record that owns the plan. (nl: Organisatie) */
  organisation: Identifier,
  /** The title of the plan as published. (nl: Titel) */
  title: LocalizedText,
  /** The year the plan was adopted. (nl: Jaar) */
  year: z.exactOptional(Year),
  /** The public web address of the plan. (nl: Webadres) */
  uri: z.exactOptional(HttpUrl),
});
export type MviPlanRef = z.infer<typeof MviPlanRef>;

/** What an MVI link points to, told apart by kind: a criterion of the MVI-criteriatool, an MVOI theme or an organisation's MVI plan. (nl: Doel van een MVI-koppeling) */
export const MviLinkTarget = z.union([MviCriterionRef, MvoiThemeRef, MviPlanRef]);
export type MviLinkTarget = z.infer<typeof MviLinkTarget>;

/** A typed relation from an item of the MRA programme (a goal, target, purchase package, track, criterion, procurement or the roadmap) to a criterion of the MVI-criteriatool, an MVOI theme or an organisation's MVI plan. It reads as a sentence: from, type, to (criterion X is stricter than MVI criterion Y). (nl: MVI-koppeling) */
export const MviLink = z.strictObject({
  /** The identifier of this link in the dataset. (nl: Identificator) */
  id: Identifier,
  /** How the MRA item relates to the target: implements (puts it into practice), refines (makes it more specific), equivalent (has the same effect), stricter-than (asks more), derived-from (was written on its basis) or contributes-to (helps to reach it). (nl: Soort) */
  type: z.enum(["implements", "refines", "equivalent", "stricter-than", "derived-from", "contributes-to"]),
  /** The MRA item the relation starts from. (nl: Van) */
  from: MraItemRef,
  /** The MVI criterion, MVOI theme or MVI plan the relation points to. (nl: Naar) */
  to: MviLinkTarget,
  /** Explanation of the relation, for example in what respect a criterion is stricter. (nl: Toelichting) */
  note: z.exactOptional(LocalizedText),
  /** Sources and evidence status of the facts in this record. (nl: Herkomst) */
  provenance: z.exactOptional(z.array(Provenance).max(50)),
});
export type MviLink = z.infer<typeof MviLink>;

/** A line holding one MviLink record. (nl: MviLink-regel) */
export const MviLinkLine = z.strictObject({
  /** The kind of record on this line. (nl: Recordsoort) */
  type: z.literal("mvi-link"),
  /** The MviLink record. (nl: Record) */
  record: MviLink,
});
export type MviLinkLine = z.infer<typeof MviLinkLine>;

/** The definition of an indicator for measuring circular procurement, such as the share of circular purchasing or the tonnes of material saved: what it measures, in which unit, how values are aggregated and which direction is better. Observations give its values. (nl: Indicatordefinitie) */
export const IndicatorDefinition = z.strictObject({
  /** The identifier of this indicator definition in the dataset. (nl: Identificator) */
  id: Identifier,
  /** A short name for the indicator. (nl: Naam) */
  name: LocalizedText,
  /** What the indicator measures and why. (nl: Beschrijving) */
  description: LocalizedText,
  /** The unit in which values of the indicator are given. (nl: Eenheid) */
  unit: IndicatorUnit,
  /** How values for parts (organisations, periods) combine into a value for the whole: sum, count, share (a ratio of two sums, such as circular purchasing value over total purchasing value) or mean. (nl: Samenvoeging) */
  aggregation: z.enum(["sum", "count", "share", "mean"]),
  /** Whether a higher or a lower value is better. (nl: Richting) */
  direction: z.enum(["higher-is-better", "lower-is-better"]),
  /** How a value is determined: the counting rule or formula and the data it needs. (nl: Methode) */
  method: LocalizedText,
  /** The version of this definition. A change of method that makes values incomparable with earlier ones raises the major number. (nl: Versie) */
  version: SemanticVersion,
  /** What falls inside and outside the indicator, for example which purchasing categories, contract values or organisations are counted. (nl: Reikwijdte) */
  scope: z.exactOptional(LocalizedText),
  /** Public web addresses of the documents that define or underpin the indicator. (nl: Bronnen) */
  sources: z.exactOptional(z.array(HttpUrl).min(1).max(20)),
  /** Sources and evidence status of the facts in this record. (nl: Herkomst) */
  provenance: z.exactOptional(z.array(Provenance).max(50)),
});
export type IndicatorDefinition = z.infer<typeof IndicatorDefinition>;

/** A line holding one IndicatorDefinition record. (nl: IndicatorDefinition-regel) */
export const IndicatorDefinitionLine = z.strictObject({
  /** The kind of record on this line. (nl: Recordsoort) */
  type: z.literal("indicator-definition"),
  /** The IndicatorDefinition record. (nl: Record) */
  record: IndicatorDefinition,
});
export type IndicatorDefinitionLine = z.infer<typeof IndicatorDefinitionLine>;

/** The organisation, MRA subregion or whole MRA an observation is about. (nl: Onderwerp van een waarneming) */
export const ObservationSubject = z.strictObject({
  /** The kind of subject: organisation, subregion or mra. (nl: Soort) */
  type: z.enum(["organisation", "subregion", "mra"]),
  /** For organisation: the identifier of an Organisation record. For subregion: a code of the subregion codelist (ijmond). For mra: mra. (nl: Identificator) */
  id: Identifier,
});
export type ObservationSubject = z.infer<typeof ObservationSubject>;

/** A period of whole days; both start and end are included. The end is not before the start. (nl: Periode van een waarneming) */
export const ObservationPeriod = z.strictObject({
  /** The first day of the period (inclusive). (nl: Begin) */
  start: CalendarDate,
  /** The last day of the period (inclusive), for a calendar year 31 December. (nl: Einde) */
  end: CalendarDate,
});
export type ObservationPeriod = z.infer<typeof ObservationPeriod>;

/** An exact decimal string that may be negative, with at most six decimals and no thousands separator, so that no float rounding can occur ("-12.5"). (nl: Waarde van een waarneming) */
export const ObservationValue = z
  .string()
  .check(codePoints({ max: 27 }))
  .regex(/^-?(0|[1-9][0-9]{0,17})(\.[0-9]{1,6})?$/u);
export type ObservationValue = z.infer<typeof ObservationValue>;

/** One value of an indicator for one subject (an organisation, an MRA subregion or the whole MRA) over one period, with how it was obtained. (nl: Waarneming) */
export const Observation = z.strictObject({
  /** The identifier of this observation in the dataset. (nl: Identificator) */
  id: Identifier,
  /** The identifier of the IndicatorDefinition record this is a value of. (nl: Indicator) */
  indicator: Identifier,
  /** Whom or what the value is about. (nl: Onderwerp) */
  subject: ObservationSubject,
  /** The period the value covers. (nl: Periode) */
  period: ObservationPeriod,
  /** The value, as an exact decimal string in the unit given. (nl: Waarde) */
  value: ObservationValue,
  /** The unit of the value; equal to the unit of the indicator. (nl: Eenheid) */
  unit: IndicatorUnit,
  /** How this value was determined, where it differs from or adds to the method of the indicator. (nl: Methode) */
  method: z.exactOptional(LocalizedText),
  /** A description of the data the value comes from, such as a purchasing administration or a survey, which often has no public web address. Public web addresses go in provenance. (nl: Bron) */
  source: z.exactOptional(LocalizedText),
  /** How the value was obtained: measured, self-reported (by the organisation itself), estimated, or computed from other records by a counting rule. (nl: Kwaliteit) */
  quality: z.enum(["measured", "self-reported", "estimated", "computed"]),
  /** For a computed value: the identifiers of the Procurement records that were counted, each listed once. (nl: Berekend uit) */
  computedFrom: z.exactOptional(z.array(Identifier).min(1).max(100000)),
  /** For a computed value: the version of the counting rule that produced it. (nl: Versie telregel) */
  ruleVersion: z.exactOptional(z.string().check(codePoints({ min: 1, max: 64 }))),
  /** Sources and evidence status of the facts in this record. (nl: Herkomst) */
  provenance: z.exactOptional(z.array(Provenance).max(50)),
});
export type Observation = z.infer<typeof Observation>;

/** A line holding one Observation record. (nl: Observation-regel) */
export const ObservationLine = z.strictObject({
  /** The kind of record on this line. (nl: Recordsoort) */
  type: z.literal("observation"),
  /** The Observation record. (nl: Record) */
  record: Observation,
});
export type ObservationLine = z.infer<typeof ObservationLine>;

/** The key dates of a procurement. Each is absent while unknown or not yet reached. (nl: Datums van een aanbesteding) */
export const ProcurementDates = z.strictObject({
  /** The day the contract notice was published. (nl: Publicatie) */
  publication: z.exactOptional(CalendarDate),
  /** The day of the award decision. (nl: Gunning) */
  award: z.exactOptional(CalendarDate),
  /** The first day of the contract term. (nl: Begin contract) */
  contractStart: z.exactOptional(CalendarDate),
  /** The last day of the contract term (inclusive), without options for extension not yet taken up. (nl: Einde contract) */
  contractEnd: z.exactOptional(CalendarDate),
});
export type ProcurementDates = z.infer<typeof ProcurementDates>;

/** A criterion as it was used in one procurement. (nl: Toegepast criterium) */
export const AppliedCriterion = z.strictObject({
  /** The identifier of the Criterion record (the version) that was applied. (nl: Criterium) */
  criterion: Identifier,
  /** How the criterion was used in this procurement; it may differ from the type of the criterion, for example a requirement used as an award criterion. (nl: Gebruik) */
  use: CriterionType,
  /** The share of the criterion in the total award weighting, in percent. Only for use gunningscriterium; absent otherwise. (nl: Weging) */
  weight: z.exactOptional(Percentage),
});
export type AppliedCriterion = z.infer<typeof AppliedCriterion>;

/** The codes of the eForms fields BT-06, BT-774 and BT-805 (per lot in eForms), with codes from the codelists of eForms SDK 1.15.1. An empty list means nothing is reported; the code none states explicitly that there is none. (nl: eForms-codes) */
export const EformsCodes = z.strictObject({
  /** BT-06 Strategic Procurement, the aim of strategic procurement: codes of the eForms SDK 1.15.1 codelist strategic-procurement. none is not combined with other codes. (nl: Strategisch aanbesteden (BT-06)) */
  strategicProcurement: z
    .array(z.enum(["env-imp", "inn-pur", "soc-obj", "none"]))
    .max(4)
    .check(uniqueItems()),
  /** BT-774 Green Procurement, the approach to reducing environmental impacts: codes of the eForms SDK 1.15.1 codelist environmental-impact. The circular economy code is circ-econ. (nl: Milieueffecten (BT-774)) */
  environmentalImpact: z
    .array(z.enum(["biodiv-eco", "circ-econ", "clim-adapt", "clim-mitig", "pollu-prev", "water-mar", "other"]))
    .max(7)
    .check(uniqueItems()),
  /** BT-805 Green Procurement Criteria, the sets of established green public procurement criteria used: codes of the eForms SDK 1.15.1 codelist gpp-criteria (eu, national, other or none). none is not combined with other codes. (nl: Criteria groene overheidsopdrachten (BT-805)) */
  gppCriteria: z
    .array(z.enum(["eu", "national", "other", "none"]))
    .max(4)
    .check(uniqueItems()),
});
export type EformsCodes = z.infer<typeof EformsCodes>;

/** The circular effect of a contract compared with a conventional purchase, measured or estimated with a stated method. (nl: Resultaten van een aanbesteding) */
export const ProcurementOutcomes = z.strictObject({
  /** The material saved, in tonnes. (nl: Bespaard materiaal (ton)) */
  materialSavedTonnes: z.exactOptional(Quantity),
  /** The greenhouse-gas emissions avoided, in tonnes of CO2 equivalent. (nl: Vermeden uitstoot (ton CO2-eq)) */
  co2eAvoidedTonnes: z.exactOptional(Quantity),
  /** How the effect was determined, for example the RIVM method for measuring the effect of circular procurement. (nl: Methode) */
  method: z.exactOptional(LocalizedText),
});
export type ProcurementOutcomes = z.infer<typeof ProcurementOutcomes>;

/** A procurement (aanbesteding or other purchase) by one buyer: what was bought, by which procedure and for what value, which criteria were applied, the matching eForms codes and, where measured, the circular outcomes. (nl: Aanbesteding) */
export const Procurement = z.strictObject({
  /** The identifier of this procurement in the dataset. (nl: Identificator) */
  id: Identifier,
  /** The identifier of the Organisation record of the buyer. (nl: Opdrachtgever) */
  buyer: Identifier,
  /** The title of the procurement as published. (nl: Titel) */
  title: LocalizedText,
  /** A short description of what is bought. (nl: Beschrijving) */
  description: z.exactOptional(LocalizedText),
  /** The identifier of the PurchasePackage record (MRA inkooppakket) the procurement falls under. (nl: Inkooppakket) */
  purchasePackage: z.exactOptional(Identifier),
  /** The CPV codes of the subject matter, each at most once; the first is the main code. (nl: CPV-codes) */
  cpvCodes: z.array(CpvCode).min(1).max(100).check(uniqueItems()),
  /** The procurement procedure, such as openbaar (open) or niet-openbaar (restricted). The list is open: other codes are allowed and give a warning. (nl: Procedure) */
  procedure: z
    .string()
    .check(codePoints({ max: 64 }))
    .regex(/^[a-z0-9][a-z0-9-]*$/u),
  /** The total value of the contract over its full term, excluding VAT. (nl: Contractwaarde) */
  contractValue: Money,
  /** The key dates of the procurement, as far as known. (nl: Datums) */
  dates: ProcurementDates,
  /** The criteria used in this procurement, each at most once. Empty when no criterion of the dataset was applied. (nl: Toegepaste criteria) */
  criteriaApplied: z.array(AppliedCriterion).max(500),
  /** The MVOI themes addressed in this procurement, each at most once. Empty when none was addressed. (nl: MVOI-thema's) */
  mvoiThemes: z.array(MvoiTheme).max(6).check(uniqueItems()),
  /** The strategic and green procurement codes of the procurement, as they are or would be reported in an eForms notice. (nl: eForms-codes) */
  eforms: EformsCodes,
  /** The measured or estimated circular effect of the contract. (nl: Resultaten) */
  outcomes: z.exactOptional(ProcurementOutcomes),
  /** Sources and evidence status of the facts in this record. (nl: Herkomst) */
  provenance: z.exactOptional(z.array(Provenance).max(50)),
});
export type Procurement = z.infer<typeof Procurement>;

/** A line holding one Procurement record. (nl: Procurement-regel) */
export const ProcurementLine = z.strictObject({
  /** The kind of record on this line. (nl: Recordsoort) */
  type: z.literal("procurement"),
  /** The Procurement record. (nl: Record) */
  record: Procurement,
});
export type ProcurementLine = z.infer<typeof ProcurementLine>;

/** One line of the line-per-record (NDJSON) form of a dataset: {"type": ..., "record": ...}. The first line holds the metadata (type "meta"); every other line one record of an entity. (nl: Datasetregel) */
export const DatasetRecord = z.union([
  MetaLine,
  OrganisationLine,
  DeclarationLine,
  SignatureLine,
  RoadmapLine,
  GoalLine,
  PurchasePackageLine,
  TrackLine,
  CriterionLine,
  MviLinkLine,
  IndicatorDefinitionLine,
  ObservationLine,
  ProcurementLine,
]);
export type DatasetRecord = z.infer<typeof DatasetRecord>;

/** The exchange envelope: metadata plus the records of every entity, each in its own list. Records refer to each other by identifier within the dataset. For large exchanges use the line-per-record form (DatasetRecord, NDJSON). (nl: Dataset) */
export const Dataset = z.strictObject({
  /** Who published the dataset, when, under which licence and schema version. (nl: Metagegevens) */
  meta: DatasetMeta,
  /** The Organisation records of the dataset. (nl: Organisaties) */
  organisations: z.exactOptional(z.array(Organisation).max(10000000)),
  /** The Declaration records of the dataset. (nl: Verklaringen) */
  declarations: z.exactOptional(z.array(Declaration).max(10000000)),
  /** The Signature records of the dataset. (nl: Ondertekeningen) */
  signatures: z.exactOptional(z.array(Signature).max(10000000)),
  /** The Roadmap records of the dataset. (nl: Roadmaps) */
  roadmaps: z.exactOptional(z.array(Roadmap).max(10000000)),
  /** The Goal records of the dataset. (nl: Doelen) */
  goals: z.exactOptional(z.array(Goal).max(10000000)),
  /** The PurchasePackage records of the dataset. (nl: Inkooppakketten) */
  purchasePackages: z.exactOptional(z.array(PurchasePackage).max(10000000)),
  /** The Track records of the dataset. (nl: Werksporen) */
  tracks: z.exactOptional(z.array(Track).max(10000000)),
  /** The Criterion records of the dataset. (nl: Criteria) */
  criteria: z.exactOptional(z.array(Criterion).max(10000000)),
  /** The MviLink records of the dataset. (nl: MVI-koppelingen) */
  mviLinks: z.exactOptional(z.array(MviLink).max(10000000)),
  /** The IndicatorDefinition records of the dataset. (nl: Indicatordefinities) */
  indicatorDefinitions: z.exactOptional(z.array(IndicatorDefinition).max(10000000)),
  /** The Observation records of the dataset. (nl: Waarnemingen) */
  observations: z.exactOptional(z.array(Observation).max(10000000)),
  /** The Procurement records of the dataset. (nl: Aanbestedingen) */
  procurements: z.exactOptional(z.array(Procurement).max(10000000)),
});
export type Dataset = z.infer<typeof Dataset>;
