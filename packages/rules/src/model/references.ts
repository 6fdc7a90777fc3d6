import { dateOrUndefined, yearOrUndefined } from "../calendar.ts";
import { isObject, own, ownArray, ownString } from "../json.ts";
import { type IdentifiedEntity, itemTypeEntities } from "./entities.ts";

/** What a reference points at: a record of an entity, or a code of the subregion codelist. */
export type ReferenceTarget = IdentifiedEntity | "Subregion";

/** A reference from a record to another record (or a subregion code), as written. */
export interface Reference {
  readonly target: ReferenceTarget;
  readonly id: string;
  /** JSON Pointer of the referring value inside the record. */
  readonly pointer: string;
  /** For a reference to an organisation: the date (YYYY-MM-DD) on which the record names it, to check it still existed. */
  readonly on?: string;
}

/** Receives each place where a record names another: `id` as written, a string only when it is a reference. */
export type Collect = (target: ReferenceTarget, id: unknown, pointer: string, on?: string) => void;

/** Hands each place a record names another record to `collect`, in the order of its properties, without building a list. */
export function eachReference(entity: string, value: unknown, collect: Collect): void {
  // own properties only: an entity named "constructor" or "__proto__" finds nothing
  if (isObject(value) && Object.hasOwn(extractors, entity)) extractors[entity]?.(value, collect);
}

/** The references a record makes, in the order of its properties. Values of the wrong type are skipped: the schema reports them. */
export function referencesOf(entity: string, value: unknown): Reference[] {
  const found: Reference[] = [];
  eachReference(entity, value, (target, id, pointer, on) => {
    if (typeof id !== "string") return;
    found.push(on === undefined ? { target, id, pointer } : { target, id, pointer, on });
  });
  return found;
}

// the date at `path` in `value`; undefined when absent or not a date
function dateAt(value: unknown, ...path: string[]): string | undefined {
  let current = value;
  for (const token of path) current = own(current, token);
  return dateOrUndefined(current);
}

function each(value: unknown, key: string, target: ReferenceTarget, collect: Collect): void {
  ownArray(value, key).forEach((id, i) => {
    collect(target, id, `/${key}/${i}`);
  });
}

const extractors: Readonly<Record<string, (value: Readonly<Record<string, unknown>>, collect: Collect) => void>> = {
  DatasetMeta(value, collect) {
    collect("Organisation", own(own(value, "publisher"), "organisation"), "/publisher/organisation");
  },
  Organisation(value, collect) {
    collect("Organisation", value.province, "/province");
    collect("Organisation", own(value.succession, "successor"), "/succession/successor");
  },
  Declaration(value, collect) {
    targets(value, collect);
  },
  Goal(value, collect) {
    collect("Roadmap", value.roadmap, "/roadmap");
    collect("Declaration", value.declaration, "/declaration");
    targets(value, collect);
  },
  Target(value, collect) {
    collect("IndicatorDefinition", value.indicator, "/indicator");
  },
  Signature(value, collect) {
    collect("Declaration", value.declaration, "/declaration");
    collect("Organisation", value.organisation, "/organisation", dateAt(value, "signedOn"));
  },
  Roadmap(value, collect) {
    ownArray(value, "ambitions").forEach((ambition, i) => {
      collect("Organisation", own(ambition, "organisation"), `/ambitions/${i}/organisation`, dateAt(ambition, "since"));
    });
  },
  PurchasePackage(value, collect) {
    ownArray(value, "adoptions").forEach((adoption, i) => {
      const on = dateAt(adoption, "adoptedOn");
      collect("Organisation", own(adoption, "organisation"), `/adoptions/${i}/organisation`, on);
    });
  },
  Track(value, collect) {
    each(value, "purchasePackages", "PurchasePackage", collect);
    each(value, "members", "Organisation", collect);
  },
  Criterion(value, collect) {
    each(value, "supersedes", "Criterion", collect);
    each(value, "purchasePackages", "PurchasePackage", collect);
  },
  MviLink(value, collect) {
    const from = value.from;
    const itemType = ownString(from, "itemType");
    const target =
      itemType !== undefined && Object.hasOwn(itemTypeEntities, itemType) ? itemTypeEntities[itemType] : undefined;
    if (target !== undefined) collect(target, own(from, "id"), "/from/id");
    const to = value.to;
    if (own(to, "kind") === "mvi-plan") {
      const year = yearOrUndefined(own(to, "year"));
      // a plan of a year names the organisation on the first day of that year
      const on = year === undefined ? undefined : `${String(year).padStart(4, "0")}-01-01`;
      collect("Organisation", own(to, "organisation"), "/to/organisation", on);
    }
  },
  IndicatorDefinition() {},
  Observation(value, collect) {
    collect("IndicatorDefinition", value.indicator, "/indicator");
    const subject = value.subject;
    const type = own(subject, "type");
    if (type === "organisation")
      collect("Organisation", own(subject, "id"), "/subject/id", dateAt(value, "period", "start"));
    else if (type === "subregion") collect("Subregion", own(subject, "id"), "/subject/id");
    each(value, "computedFrom", "Procurement", collect);
  },
  Procurement(value, collect) {
    // the buyer must exist when the procurement is published, or when it is awarded if the publication date is absent
    const dates = own(value, "dates");
    const on = dateOrUndefined(own(dates, "publication")) ?? dateOrUndefined(own(dates, "award"));
    collect("Organisation", value.buyer, "/buyer", on);
    collect("PurchasePackage", value.purchasePackage, "/purchasePackage");
    // a loop, not forEach: every procurement passes here
    const applied = ownArray(value, "criteriaApplied");
    for (let i = 0; i < applied.length; i++)
      collect("Criterion", own(applied[i], "criterion"), `/criteriaApplied/${i}/criterion`);
  },
};

// the indicators of the targets nested in a declaration or goal
function targets(value: Readonly<Record<string, unknown>>, collect: Collect): void {
  ownArray(value, "targets").forEach((target, i) => {
    collect("IndicatorDefinition", own(target, "indicator"), `/targets/${i}/indicator`);
  });
}
