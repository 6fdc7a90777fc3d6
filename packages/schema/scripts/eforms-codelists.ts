// converts the eForms SDK Genericode lists in shared/data into codelist files of this standard

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readGenericode } from "./genericode.ts";
import { formatJson } from "./json-format.ts";

const SDK_VERSION = "1.15.1";
const SDK_CODELISTS = `https://github.com/OP-TED/eForms-SDK/blob/${SDK_VERSION}/codelists`;
const PUBLISHER = "Publications Office of the European Union";

interface Text {
  readonly nl: string;
  readonly en: string;
}

interface EformsList {
  /** The listName in eForms, equal to the Genericode LongName and file name. */
  readonly listName: string;
  readonly title: Text;
  readonly description: Text;
}

// titles and descriptions follow the eForms field names, labels and descriptions quoted in the domain fact sheet (section 5.1);
// where it gives no Dutch label (BT-754, BT-539) the Dutch title is our own translation
export const eformsLists: readonly EformsList[] = [
  {
    listName: "strategic-procurement",
    title: {
      nl: "eForms: doel van strategische aanbestedingen (BT-06)",
      en: "eForms: aim of strategic procurement (BT-06)",
    },
    description: {
      nl: "Codes voor eForms-veld BT-06-Lot (Strategic Procurement): de procedure streeft naar minder milieueffecten, het verwezenlijken van sociale doelstellingen en/of de aankoop van innovatieve werken, leveringen of diensten. Een perceel kan meer codes hebben.",
      en: "Codes for eForms field BT-06-Lot (Strategic Procurement): the procurement procedure aims at reducing the environmental impacts of the procurement, fulfilling social objectives and/or buying an innovative work, supply or service. A lot can carry several codes.",
    },
  },
  {
    listName: "environmental-impact",
    title: {
      nl: "eForms: aanpak voor het beperken van milieueffecten (BT-774)",
      en: "eForms: approach to reducing environmental impacts (BT-774)",
    },
    description: {
      nl: "Codes voor eForms-veld BT-774-Lot (Green Procurement): een proces om goederen, diensten en werken in te kopen met minder milieueffecten gedurende hun levenscyclus. De code voor de circulaire economie is circ-econ. Een perceel kan meer codes hebben.",
      en: "Codes for eForms field BT-774-Lot (Green Procurement): a process to procure goods, services and works with reduced environmental impact throughout their life cycle. The circular-economy code is circ-econ. A lot can carry several codes.",
    },
  },
  {
    listName: "gpp-criteria",
    title: {
      nl: "eForms: criteria groene overheidsopdrachten (BT-805)",
      en: "eForms: green procurement criteria (BT-805)",
    },
    description: {
      nl: "Codes voor eForms-veld BT-805-Lot (Green Procurement Criteria): het gebruik van vastgestelde criteria voor groene overheidsopdrachten op nationaal niveau, EU-niveau of ander niveau. Een lijst van eForms zelf, geen EU-authoritytabel. Of criteria uit de MVI-criteriatool als national of eu gelden, is een modelkeuze zonder bevestigde richtlijn.",
      en: "Codes for eForms field BT-805-Lot (Green Procurement Criteria): the use of established green public procurement criteria at national, Union or other level. An eForms-specific list, not an EU authority table. Whether MVI-criteriatool criteria count as national or eu is a modelling choice without confirmed guidance.",
    },
  },
  {
    listName: "social-objective",
    title: { nl: "eForms: bevorderde sociale doelstelling (BT-775)", en: "eForms: social objective promoted (BT-775)" },
    description: {
      nl: "Codes voor eForms-veld BT-775-Lot (Social Procurement): de sociale doelstelling die de aanbesteding bevordert. Een perceel kan meer codes hebben.",
      en: "Codes for eForms field BT-775-Lot (Social Procurement): the social objective the procurement promotes. A lot can carry several codes.",
    },
  },
  {
    listName: "innovative-acquisition",
    title: { nl: "eForms: innovatiegericht aanbesteden (BT-776)", en: "eForms: procurement of innovation (BT-776)" },
    description: {
      nl: "Codes voor eForms-veld BT-776-Lot (Procurement of Innovation): op welke manier de aanbesteding innovatie inkoopt. Een perceel kan meer codes hebben.",
      en: "Codes for eForms field BT-776-Lot (Procurement of Innovation): in which way the procurement buys innovation. A lot can carry several codes.",
    },
  },
  {
    listName: "accessibility",
    title: { nl: "eForms: toegankelijkheid (BT-754)", en: "eForms: accessibility (BT-754)" },
    description: {
      nl: "Codes voor eForms-veld BT-754-Lot (Accessibility): of criteria voor toegankelijkheid voor personen met een handicap zijn opgenomen. Een rechtvaardiging staat in BT-755-Lot.",
      en: "Codes for eForms field BT-754-Lot (Accessibility): whether accessibility criteria for persons with disabilities are included. A justification goes in BT-755-Lot.",
    },
  },
  {
    listName: "award-criterion-type",
    title: { nl: "eForms: soort gunningscriterium (BT-539)", en: "eForms: award criterion type (BT-539)" },
    description: {
      nl: "Codes voor eForms-veld BT-539-Lot (Award Criterion Type): de soort van een gunningscriterium.",
      en: "Codes for eForms field BT-539-Lot (Award Criterion Type): the type of an award criterion.",
    },
  },
];

/** The codelist id in this standard for an eForms listName. */
export function eformsCodelistId(listName: string): string {
  return `eforms-${listName}`;
}

/** Converts one Genericode file of the eForms SDK into a codelist file of this standard. */
export function convertEformsList(list: EformsList, genericode: string): Record<string, unknown> {
  const source = readGenericode(genericode);
  if (source.longName !== list.listName) {
    throw new Error(`expected the eForms list ${list.listName}, the file holds ${source.longName}`);
  }
  if (source.agency !== PUBLISHER) throw new Error(`unexpected agency ${source.agency} in ${list.listName}`);
  for (const column of ["code", "eng_label", "nld_label"]) {
    if (!source.columns.includes(column)) throw new Error(`${list.listName} has no column ${column}`);
  }
  const url = source.listUri ?? `${SDK_CODELISTS}/${list.listName}.gc`;
  const codes = source.rows.map((row, index) => {
    const code = row.get("code");
    const en = row.get("eng_label");
    const nl = row.get("nld_label");
    if (code === undefined || en === undefined || nl === undefined) {
      throw new Error(`row ${index + 1} of ${list.listName} lacks a code, English label or Dutch label`);
    }
    return { code, label: { nl, en }, deprecated: false, status: "confirmed", sources: [url] };
  });
  return {
    $schema: "../codelist.schema.json",
    id: eformsCodelistId(list.listName),
    version: "1.0",
    open: false,
    title: list.title,
    description: list.description,
    source: {
      name: `eForms SDK ${SDK_VERSION}, codelist ${list.listName}`,
      url,
      version: source.version,
      licence: "CC BY 4.0",
      attribution: `${PUBLISHER}, eForms SDK ${SDK_VERSION}, CC BY 4.0; codelist ${list.listName} version ${source.version}`,
    },
    codes,
  };
}

/** The text of the codelist file for one eForms list, read from dataDir/eforms-<listName>.gc. */
export function eformsCodelistText(list: EformsList, dataDir: string): string {
  const genericode = readFileSync(join(dataDir, `eforms-${list.listName}.gc`), "utf8");
  return formatJson(convertEformsList(list, genericode));
}

/** Writes every eForms codelist file into outDir and returns the paths written. */
export function importEforms(dataDir: string, outDir: string): string[] {
  return eformsLists.map((list) => {
    const path = join(outDir, `${eformsCodelistId(list.listName)}.json`);
    writeFileSync(path, eformsCodelistText(list, dataDir));
    return path;
  });
}
