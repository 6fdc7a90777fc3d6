import { dateOrUndefined } from "../calendar.ts";
import { isObject, own, ownString } from "../json.ts";

/** What the rules keep of an organisation: its name and, when it ended, the end date and its successor. */
export interface OrganisationFacts {
  readonly id: string;
  readonly name: string;
  /** The first day it no longer exists (exclusive end); the succession date when validTo is absent. */
  readonly endsOn?: string;
  /** The organisation that continued it after a merger. */
  readonly successor?: string;
}

/** The facts of an Organisation record; undefined when it has no string id. */
export function organisationFacts(value: unknown): OrganisationFacts | undefined {
  if (!isObject(value)) return undefined;
  const id = ownString(value, "id");
  if (id === undefined) return undefined;
  const name = ownString(value, "name") ?? id;
  const succession = own(value, "succession");
  const endsOn = dateOrUndefined(own(value, "validTo")) ?? dateOrUndefined(own(succession, "date"));
  const successor = ownString(succession, "successor");
  return {
    id,
    name,
    ...(endsOn === undefined ? {} : { endsOn }),
    ...(successor === undefined ? {} : { successor }),
  };
}

/** A merged organisation named on a date on or after its end, with the organisation that continues it on that date. */
export interface MergedUse {
  readonly organisation: OrganisationFacts;
  readonly endsOn: string;
  readonly successor: OrganisationFacts;
}

/**
 * Whether naming `id` on `date` names a merged organisation: it ended on or before `date` and has a
 * successor. The successor is followed while it, too, had ended by `date` (a chain of mergers), stopping
 * on a cycle or an unknown organisation. Undefined when the organisation existed on `date`, never merged or is unknown.
 * A successor that is not known is named by its identifier.
 */
export function mergedUse(
  id: string,
  date: string,
  lookup: (id: string) => OrganisationFacts | undefined,
): MergedUse | undefined {
  const organisation = lookup(id);
  if (organisation?.endsOn === undefined || organisation.successor === undefined || date < organisation.endsOn)
    return undefined;
  // an unknown successor is still named, by its identifier
  let successor = lookup(organisation.successor) ?? { id: organisation.successor, name: organisation.successor };
  const seen = new Set([organisation.id]);
  while (successor.endsOn !== undefined && date >= successor.endsOn && successor.successor !== undefined) {
    seen.add(successor.id);
    const next = lookup(successor.successor);
    if (next === undefined || seen.has(next.id)) break;
    successor = next;
  }
  return { organisation, endsOn: organisation.endsOn, successor };
}
