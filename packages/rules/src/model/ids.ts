import { appendPointer } from "@mra-circulair/report";
import { isObject, ownArray, ownString } from "../json.ts";
import { type IdentifiedEntity, identifiedEntities } from "./entities.ts";

/** An identifier a record declares: its own, or that of a record nested in it (a Target in a Goal). */
export interface DeclaredId {
  readonly entity: IdentifiedEntity;
  readonly id: string;
  /** JSON Pointer of the identifier inside the record. */
  readonly pointer: string;
}

const identified: ReadonlySet<string> = new Set(identifiedEntities);

/** The identifiers a record declares, for the dataset-wide index. Non-string identifiers are skipped: the schema reports them. */
export function declaredIds(entity: string, value: unknown): DeclaredId[] {
  if (!identified.has(entity) || !isObject(value)) return [];
  const found: DeclaredId[] = [];
  const id = ownString(value, "id");
  if (id !== undefined) found.push({ entity: entity as IdentifiedEntity, id, pointer: "/id" });
  // targets live inside declarations and goals, but MVI links refer to them by an identifier unique in the dataset
  if (entity === "Declaration" || entity === "Goal") {
    ownArray(value, "targets").forEach((target, i) => {
      const targetId = ownString(target, "id");
      if (targetId !== undefined)
        found.push({ entity: "Target", id: targetId, pointer: appendPointer(`/targets/${i}`, "id") });
    });
  }
  return found;
}
