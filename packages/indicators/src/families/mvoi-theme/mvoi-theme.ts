import { themeIndicators } from "../../catalogue/ids.ts";
import { MVOI_THEMES } from "../../catalogue/labels.ts";
import { ALL, THEME_SHIFT } from "../../counting/flags.ts";
import { Exact, percentOf } from "../../decimal/round.ts";
import type { CatalogueEntry } from "../../results.ts";
import type { TallyFamily } from "../family.ts";

/**
 * Per MVOI theme: the number and share of procurements whose own list of themes holds it. A procurement can have
 * several themes, so the shares need not add up to 100.
 */
export const mvoiTheme: TallyFamily = {
  entries: MVOI_THEMES.flatMap(([code, label]): CatalogueEntry[] => {
    const ids = themeIndicators(code);
    const member = { code, label };
    return [
      { indicator: ids.count, family: "mvoi-theme", measure: "count", member },
      { indicator: ids.share, family: "mvoi-theme", measure: "share", member },
    ];
  }),
  values: (tally) =>
    MVOI_THEMES.flatMap(([code], index) => {
      const ids = themeIndicators(code);
      const count = tally.themes[index] ?? 0;
      return [
        { indicator: ids.count, value: new Exact(count), flag: 1 << (THEME_SHIFT + index), counted: count },
        { indicator: ids.share, value: percentOf(count, tally.count), flag: ALL, counted: tally.count },
      ];
    }),
};
