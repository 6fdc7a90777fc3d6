// THIS FILE IS GENERATED FROM schemas/ BY @mra-circulair/codegen. DO NOT EDIT. Run `pnpm generate`.

/** Aggregation (nl: Aggregatie). Closed list. */
export type AggregationCode = "sum" | "count" | "share" | "mean";

/** Criterion source (nl: Herkomst van een criterium). Closed list. */
export type CriterionSourceCode = "mra-handreiking" | "mvi-criteriatool" | "eu-gpp" | "own";

/** Criterion status (nl: Status van een criterium). Closed list. */
export type CriterionStatusCode = "draft" | "active" | "superseded" | "withdrawn";

/** Criterion type (nl: Soort criterium). Closed list. */
export type CriterionTypeCode =
  | "geschiktheidseis"
  | "selectiecriterium"
  | "eis"
  | "gunningscriterium"
  | "contractbepaling";

/** Direction (nl: Richting). Closed list. */
export type DirectionCode = "higher-is-better" | "lower-is-better";

/** eForms: accessibility (BT-754) (nl: eForms: toegankelijkheid (BT-754)). Closed list. */
export type EformsAccessibilityCode = "inc" | "n-inc" | "n-inc-just";

/** eForms: award criterion type (BT-539) (nl: eForms: soort gunningscriterium (BT-539)). Closed list. */
export type EformsAwardCriterionTypeCode = "cost" | "price" | "quality";

/** eForms: approach to reducing environmental impacts (BT-774) (nl: eForms: aanpak voor het beperken van milieueffecten (BT-774)). Closed list. */
export type EformsEnvironmentalImpactCode =
  | "biodiv-eco"
  | "circ-econ"
  | "clim-adapt"
  | "clim-mitig"
  | "other"
  | "pollu-prev"
  | "water-mar";

/** eForms: green procurement criteria (BT-805) (nl: eForms: criteria groene overheidsopdrachten (BT-805)). Closed list. */
export type EformsGppCriteriaCode = "eu" | "national" | "none" | "other";

/** eForms: procurement of innovation (BT-776) (nl: eForms: innovatiegericht aanbesteden (BT-776)). Closed list. */
export type EformsInnovativeAcquisitionCode = "mar-nov" | "proc-innov" | "prod-innov" | "rd-act";

/** eForms: social objective promoted (BT-775) (nl: eForms: bevorderde sociale doelstelling (BT-775)). Closed list. */
export type EformsSocialObjectiveCode = "acc-all" | "et-eq" | "gen-eq" | "hum-right" | "opp" | "other" | "work-cond";

/** eForms: aim of strategic procurement (BT-06) (nl: eForms: doel van strategische aanbestedingen (BT-06)). Closed list. */
export type EformsStrategicProcurementCode = "env-imp" | "inn-pur" | "none" | "soc-obj";

/** Evidence status (nl: Bewijsstatus). Closed list. */
export type EvidenceStatusCode = "confirmed" | "secondary" | "inferred" | "unconfirmed";

/** Identifier scheme (nl: Stelsel van identificatoren). Closed list. */
export type IdentifierSchemeCode = "cbs-gemeente" | "cbs-provincie" | "oin" | "kvk";

/** MVI ambition level (nl: MVI-ambitieniveau). Closed list. */
export type MviAmbitionLevelCode = "basis" | "significant" | "ambitieus";

/** MVI link type (nl: Soort koppeling met een MVI-criterium). Closed list. */
export type MviLinkTypeCode =
  | "implements"
  | "refines"
  | "equivalent"
  | "stricter-than"
  | "derived-from"
  | "contributes-to";

/** MVOI theme (nl: MVOI-thema). Closed list. */
export type MvoiThemeCode =
  | "milieu-biodiversiteit"
  | "klimaat"
  | "circulair"
  | "ketenverantwoordelijkheid"
  | "diversiteit-inclusie"
  | "social-return";

/** Observation quality (nl: Kwaliteit van een waarneming). Closed list. */
export type ObservationQualityCode = "measured" | "self-reported" | "estimated" | "computed";

/** Organisation ambition level (nl: Ambitieniveau van een organisatie). Closed list. */
export type OrganisationAmbitionLevelCode = "basis" | "gevorderd" | "excellent";

/** Organisation kind (nl: Soort organisatie). Closed list. */
export type OrganisationKindCode = "gemeente" | "provincie" | "vervoerregio" | "other";

/** Procedure type (nl: Soort aanbestedingsprocedure). Open list: data may also hold codes outside it. */
export type ProcedureTypeCode =
  | "openbaar"
  | "niet-openbaar"
  | "mededingingsprocedure-met-onderhandeling"
  | "concurrentiegerichte-dialoog"
  | "innovatiepartnerschap"
  | "onderhandelingsprocedure-zonder-aankondiging"
  | "meervoudig-onderhands"
  | "enkelvoudig-onderhands";

/** R-ladder (nl: R-ladder). Closed list. */
export type RLadderCode = "pbl-r0-r9" | "rvo-r1-r6";

/** R-strategy on the PBL ladder (nl: R-strategie op de PBL-ladder). Closed list. */
export type RStrategyPblCode = "R0" | "R1" | "R2" | "R3" | "R4" | "R5" | "R6" | "R7" | "R8" | "R9";

/** R-strategy on the RVO ladder (nl: R-strategie op de RVO-ladder). Closed list. */
export type RStrategyRvoCode = "R1" | "R2" | "R3" | "R4" | "R5" | "R6";

/** Roadmap theme (nl: Kernthema van de roadmap). Closed list. */
export type RoadmapThemeCode = "organisational-processes" | "communication-support" | "measurement-method";

/** MRA subregion (nl: MRA-deelregio). Closed list. */
export type SubregionCode =
  | "almere-lelystad"
  | "amstelland-meerlanden"
  | "amsterdam"
  | "gooi-en-vechtstreek"
  | "ijmond"
  | "zaanstreek-waterland"
  | "zuid-kennemerland";

/** Succession type (nl: Soort opvolging). Closed list. */
export type SuccessionTypeCode = "merger" | "light-merger";

/** Target kind (nl: Soort doel). Closed list. */
export type TargetKindCode = "milestone" | "intermediate" | "end";

/** Target status (nl: Status van een doel). Closed list. */
export type TargetStatusCode = "adopted" | "tentative" | "achieved" | "missed" | "withdrawn";

/** Track status (nl: Status van een werkspoor). Closed list. */
export type TrackStatusCode = "planned" | "active" | "completed";

/** Unit (nl: Eenheid). Closed list. */
export type UnitCode = "percent" | "eur" | "tonne" | "tonne-co2e" | "count";
