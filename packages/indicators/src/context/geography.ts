import type { Organisation } from "@mra-circulair/types";
import type { Geography } from "../results.ts";
import type { OrganisationRegister } from "./organisations.ts";

/**
 * Decides which organisation a procurement counts for. `as-is`: the organisation that continues the buyer today.
 * `as-was`: the organisation that existed on the procurement's counting day, the buyer itself unless it had
 * already merged (a late record of a dissolved municipality counts for its successor).
 */
export class GeographyResolver {
  readonly mode: Geography;
  readonly #register: OrganisationRegister;
  readonly #asIs = new Map<string, Organisation>();

  constructor(register: OrganisationRegister, mode: Geography) {
    this.#register = register;
    this.mode = mode;
  }

  /** The organisation that `buyer`'s procurement on `date` counts for; undefined when the buyer is unknown. */
  resolve(buyer: string, date: string): Organisation | undefined {
    const organisation = this.#register.get(buyer);
    if (!organisation) return undefined;
    if (this.mode === "as-is") {
      let continuing = this.#asIs.get(organisation.id);
      if (!continuing) {
        continuing = this.#register.continuing(organisation);
        this.#asIs.set(organisation.id, continuing);
      }
      return continuing;
    }
    let current = organisation;
    // validTo is exclusive, as CBS end dates: on that day the successor has taken over
    for (let steps = 0; current.validTo !== undefined && date >= current.validTo && current.succession; steps++) {
      const next = this.#register.get(current.succession.successor);
      if (!next || steps > 100) break;
      current = next;
    }
    return current;
  }

  /** Whether the organisation is a subject of its own under this geography: under `as-is` only if it did not merge away. */
  isSubject(organisation: Organisation): boolean {
    return this.mode === "as-was" || this.#register.continuing(organisation) === organisation;
  }
}
