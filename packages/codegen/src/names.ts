const entityFile = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\.schema\.json$/;

/** "purchase-package.schema.json" -> "PurchasePackage"; undefined when the name is not kebab-case. */
export function entityName(file: string): string | undefined {
  const match = entityFile.exec(file);
  return match?.[1] === undefined ? undefined : pascalCase(match[1]);
}

/** "evidence-status" -> "EvidenceStatusCode". */
export function codelistTypeName(id: string): string {
  return `${pascalCase(id)}Code`;
}

export function pascalCase(kebab: string): string {
  return kebab
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}

export function isPascalCase(name: string): boolean {
  return /^[A-Z][A-Za-z0-9]*$/.test(name);
}
