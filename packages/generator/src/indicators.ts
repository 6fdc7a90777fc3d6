import type { IndicatorDefinition } from "@mra-circulair/types";

/** The indicator of the declaration's targets; its definition comes from the reference data. */
export const SHARE_INDICATOR = "circular-procurement-share";
export const MATERIAL_INDICATOR = "material-saved";
export const CO2E_INDICATOR = "co2e-avoided";

const EFFECT_METHOD_SOURCE = "https://ce.nl/publicaties/effect-meten-van-circulair-inkopen/";

/** The indicator definitions the generator adds to the reference data's, worded as in the example dataset. */
export function extraIndicatorDefinitions(): IndicatorDefinition[] {
  return [
    {
      id: MATERIAL_INDICATOR,
      name: { nl: "Bespaard materiaal", en: "Material saved" },
      description: {
        nl: "Materiaal dat door circulair inkopen niet nieuw hoeft te worden gewonnen.",
        en: "Material that circular procurement keeps from being newly extracted.",
      },
      unit: "tonne",
      aggregation: "sum",
      direction: "higher-is-better",
      method: {
        nl: "Som van de opgegeven bespaarde tonnen per aanbesteding (methode RIVM, TNO en CE Delft).",
        en: "Sum of the tonnes saved reported per procurement (RIVM, TNO and CE Delft method).",
      },
      version: "1.0.0",
      sources: [EFFECT_METHOD_SOURCE],
    },
    {
      id: CO2E_INDICATOR,
      name: { nl: "Vermeden broeikasgassen", en: "Greenhouse gas avoided" },
      description: {
        nl: "Broeikasgasemissies die door circulair inkopen niet optreden.",
        en: "Greenhouse gas emissions that circular procurement avoids.",
      },
      unit: "tonne-co2e",
      aggregation: "sum",
      direction: "higher-is-better",
      method: {
        nl: "Som van de opgegeven vermeden ton CO2-equivalent per aanbesteding.",
        en: "Sum of the tonnes of CO2 equivalent avoided reported per procurement.",
      },
      version: "1.0.0",
      sources: [EFFECT_METHOD_SOURCE],
    },
  ];
}
