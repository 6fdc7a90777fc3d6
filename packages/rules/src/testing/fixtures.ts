/** Minimal valid records for tests, each with overrides merged in. */

export function organisation(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, name: id, kind: "gemeente", identifiers: [{ scheme: "cbs-gemeente", value: id }], ...extra };
}

export function procurement(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    buyer: "GM0363",
    title: { nl: "Opdracht" },
    cpvCodes: ["39130000-2"],
    procedure: "openbaar",
    contractValue: { amount: "1000.00", currency: "EUR" },
    dates: { publication: "2023-02-01" },
    criteriaApplied: [],
    mvoiThemes: [],
    eforms: { strategicProcurement: ["none"], environmentalImpact: [], gppCriteria: ["none"] },
    ...extra,
  };
}

export function indicator(id: string, unit: string): Record<string, unknown> {
  return {
    id,
    name: { nl: id },
    description: { nl: id },
    unit,
    aggregation: "sum",
    direction: "higher-is-better",
    method: { nl: "methode" },
    version: "1.0.0",
  };
}

export function target(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, year: 2025, value: "50", unit: "percent", kind: "intermediate", status: "adopted", ...extra };
}

export function criterion(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    title: { nl: id },
    text: { nl: id },
    type: "eis",
    mviAmbitionLevel: "basis",
    mvoiThemes: ["circulair"],
    source: "own",
    version: "1.0.0",
    status: "active",
    ...extra,
  };
}

export function observation(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    indicator: "material-saved",
    subject: { type: "organisation", id: "GM0363" },
    period: { start: "2023-01-01", end: "2023-12-31" },
    value: "1",
    unit: "tonne",
    quality: "measured",
    ...extra,
  };
}
