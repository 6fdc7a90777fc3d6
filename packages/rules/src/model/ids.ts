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

/** Hands each identifier a record declares to `collect`, without building a list; see {@link declaredIds}. */
export function eachDeclaredId(
  entity: string,
  value: unknown,
  collect: (entity: IdentifiedEntity, id: string, pointer: string) => void,
): void {
  if (!identified.has(entity) || !isObject(value)) return;
  const id = ownString(value, "id");
  if (id !== undefined) collect(entity as IdentifiedEntity, id, "/id");
  // targets live inside declarations and goals, but MVI links refer to them by an identifier unique in the dataset
  if (entity === "Declaration" || entity === "Goal") {
    ownArray(value, "targets").forEach((target, i) => {
      const targetId = ownString(target, "id");
      if (targetId !== undefined) collect("Target", targetId, appendPointer(`/targets/${i}`, "id"));
    });
  }
}

/** The identifiers a record declares, for the dataset-wide index. Non-string identifiers are skipped: the schema reports them. */
export function declaredIds(entity: string, value: unknown): DeclaredId[] {
  const found: DeclaredId[] = [];
  eachDeclaredId(entity, value, (declared, id, pointer) => {
    found.push({ entity: declared, id, pointer });
  });
  return found;
}
