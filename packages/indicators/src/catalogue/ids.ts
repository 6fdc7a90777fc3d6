/** The identifiers of the headline indicators: one value per subject and year. */
export const INDICATORS = {
  /** Share of procurement value that counts as circular under the rule, in percent: the declaration's target metric. */
  circularShare: "circular-procurement-share",
  /** Procurement value that counts as circular under the rule, in euros. */
  circularValue: "circular-procurement-value",
  /** Total procurement value, in euros. */
  procurementValue: "procurement-value",
  /** Number of procurements. */
  procurementCount: "procurement-count",
  /** Number of procurements applying at least one criterion with MVOI theme circulair. */
  circularCriteriaCount: "procurements-with-circular-criteria",
  /** Share of procurements applying at least one criterion with MVOI theme circulair, in percent. */
  circularCriteriaShare: "procurements-with-circular-criteria-share",
  /** Material saved as reported in procurement outcomes, in tonnes. */
  materialSaved: "material-saved",
  /** Greenhouse gas avoided as reported in procurement outcomes, in tonnes CO2-equivalent. */
  co2eAvoided: "co2e-avoided",
  /** Number of purchase packages adopted, summed over the organisations of the subject. */
  packagesAdopted: "purchase-packages-adopted",
} as const;

/** The identifier of a headline indicator. */
export type HeadlineIndicator = (typeof INDICATORS)[keyof typeof INDICATORS];

// breakdown identifiers put the member after a colon, which identifiers allow; accessors spare users parsing them

/** The count and share indicators of one MVOI theme. */
export function themeIndicators(theme: string): { count: string; share: string } {
  return { count: `mvoi-theme-procurements:${theme}`, share: `mvoi-theme-share:${theme}` };
}

/** The count and share indicators of one MVI ambition level, as the highest level a procurement applied. */
export function ambitionIndicators(level: string): { count: string; share: string } {
  return { count: `mvi-ambition-procurements:${level}`, share: `mvi-ambition-share:${level}` };
}

/** The count and share indicators of one R-strategy on one ladder. */
export function rStrategyIndicators(ladder: string, code: string): { count: string; share: string } {
  return { count: `r-strategy-criteria:${ladder}:${code}`, share: `r-strategy-share:${ladder}:${code}` };
}

/** The adoption indicator of one purchase package. */
export function packageIndicator(packageId: string): string {
  return `purchase-package-adopted:${packageId}`;
}
