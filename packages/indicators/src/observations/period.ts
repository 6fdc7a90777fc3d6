import type { ObservationPeriod } from "@mra-circulair/types";
import type { SubjectPlan } from "../context/subjects.ts";
import type { Geography } from "../results.ts";

function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * The period of a subject's values in a year: the calendar year, and under `as-was` for an organisation only the
 * days it existed (Weesp's 2022 ends on 23 March). Undefined when the organisation did not exist in the year.
 * Under `as-is` an organisation stands for its territory today, so its years are never cut.
 */
export function periodOf(plan: SubjectPlan, year: number, geography: Geography): ObservationPeriod | undefined {
  let start = `${String(year).padStart(4, "0")}-01-01`;
  let end = `${String(year).padStart(4, "0")}-12-31`;
  const organisation = plan.organisation;
  if (organisation && geography === "as-was") {
    if (organisation.validFrom !== undefined && organisation.validFrom > start) start = organisation.validFrom;
    // validTo is exclusive, as CBS end dates
    if (organisation.validTo !== undefined && organisation.validTo <= end) end = dayBefore(organisation.validTo);
  }
  return start <= end ? { start, end } : undefined;
}
