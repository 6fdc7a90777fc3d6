// the Percentage form of common.schema.json: 0 to 100 with at most two decimals
const PERCENTAGE = /^([0-9]{1,3})(?:\.([0-9]{1,2}))?$/;

/** A Percentage string ("12.5") as an integer number of hundredths (1250); undefined when it is not one. */
export function parseHundredths(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const match = PERCENTAGE.exec(value);
  if (!match) return undefined;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? "").padEnd(2, "0"));
  return whole * 100 + fraction;
}

/** Hundredths as a decimal string without trailing zeros: 10550 is "105.5", 10000 is "100". */
export function formatHundredths(hundredths: number): string {
  const whole = Math.trunc(hundredths / 100);
  const fraction = String(hundredths % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return fraction === "" ? String(whole) : `${whole}.${fraction}`;
}
