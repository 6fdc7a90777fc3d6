import { referenceDataset } from "@mra-circulair/reference";
import { describe, expect, it } from "vitest";
import { GeographyResolver } from "./geography.ts";
import { OrganisationRegister } from "./organisations.ts";

const empty = { meta: referenceDataset.meta };

describe("GeographyResolver", () => {
  it("as-is: every record of a merged municipality counts for the one that continues it", () => {
    const resolver = new GeographyResolver(new OrganisationRegister(empty, true), "as-is");
    expect(resolver.resolve("GM0457", "2019-05-01")?.id).toBe("GM0363");
    expect(resolver.resolve("GM0393", "2018-12-31")?.id).toBe("GM0394");
    expect(resolver.resolve("GM0370", "2021-06-30")?.id).toBe("GM0439");
    expect(resolver.resolve("GM0358", "2021-06-30")?.id).toBe("GM0358");
    expect(resolver.resolve("GM9999", "2021-06-30")).toBeUndefined();
  });

  it("as-was: a municipality counts for itself up to the day before its CBS end date", () => {
    const resolver = new GeographyResolver(new OrganisationRegister(empty, true), "as-was");
    expect(resolver.resolve("GM0457", "2022-03-23")?.id).toBe("GM0457");
    expect(resolver.resolve("GM0457", "2022-03-24")?.id).toBe("GM0363");
    expect(resolver.resolve("GM0393", "2018-12-31")?.id).toBe("GM0393");
    expect(resolver.resolve("GM0393", "2019-01-01")?.id).toBe("GM0394");
    expect(resolver.resolve("GM0370", "2022-01-01")?.id).toBe("GM0439");
  });

  it("pulls a missing buyer and its successor from the reference data, unless told not to", () => {
    const own = {
      meta: referenceDataset.meta,
      organisations: [referenceDataset.organisations?.[0]].flatMap((o) => o ?? []),
    };
    const register = new OrganisationRegister(own, true);
    expect(register.all().map((o) => o.id)).toEqual(["GM0358"]);
    expect(new GeographyResolver(register, "as-is").resolve("GM0457", "2020-01-01")?.id).toBe("GM0363");
    expect(register.all().map((o) => o.id)).toEqual(["GM0358", "GM0363", "GM0457"]);
    expect(register.usedReference).toBe(true);
    const closed = new OrganisationRegister(own, false);
    expect(new GeographyResolver(closed, "as-is").resolve("GM0457", "2020-01-01")).toBeUndefined();
    expect(closed.usedReference).toBe(false);
  });
});
